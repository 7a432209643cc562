import type { Voice } from './types';

/*
 * The words of the question alone, in each language, as plain text (a {name} is filled in by format()): they reach
 * the browser in the page's language only, in the page's messages block (src/lib/i18n/page/kind-words.ts), and not
 * in the question's script, which carried both languages: a move to this kind's first question came to 5.9 KB, over
 * the 5 KB of issue #8 §5. The question reads them through question-text.ts; nothing in the browser imports this
 * file but the kind's tests.
 */

type PerVoice = Record<Voice, string>;

export const en = {
	voiceChoice: {
		quoted: 'Quoted: a speaker’s own words, in quotation marks',
		paraphrased: 'Reported: a speaker’s point, in the reporter’s words',
		outlet: 'The outlet’s own: the news outlet’s words, passing on nobody'
	} as PerVoice,
	step1Before: 'Step 1: mark each word you think is ',
	step1Loaded: 'loaded',
	step1After: '.',
	onTouch: 'Tap a word to mark it; tap it again to unmark it.',
	onPointer:
		'Click a word to mark it. On a keyboard, Tab or the arrow keys move between words; Space marks or unmarks one.',
	wordsOfPassage: 'Words of the passage',
	fromBefore: 'From ',
	fromAfter: '.',
	// "3 words marked, in 2 phrases.": put together by question-text.ts; {n} is the number.
	markedWord: '{n} word marked',
	markedWords: '{n} words marked',
	inPhrase: ', in {n} phrase',
	inPhrases: ', in {n} phrases',
	markedEnd: '.',
	step2: 'Step 2: whose words are they?',
	step2Hint:
		'For each phrase you marked, choose whose words they are. Quotation marks, and who is said to speak, tell you.',
	whoseWords: 'Whose words are',
	whoseWordsAfter: '?',
	markFirst: 'Mark a word above, and you choose here whose words it is.',
	pressButton: 'Once you have marked the words, press the button to choose whose words each phrase is.',
	update: 'Update the phrases to choose for',
	next: 'Next: whose words are they?'
};

export const de: typeof en = {
	voiceChoice: {
		quoted: 'Zitiert: die eigenen Worte einer Person, in Anführungszeichen',
		paraphrased: 'Wiedergegeben: die Aussage einer Person, mit den Worten des Berichts',
		outlet: 'Eigene Worte des Mediums: Worte des Mediums selbst, von niemandem übernommen'
	} as PerVoice,
	step1Before: 'Schritt 1: Markiere jedes Wort, das du für ',
	step1Loaded: 'wertend',
	step1After: ' hältst.',
	onTouch: 'Tippe auf ein Wort, um es zu markieren; tippe noch einmal, um die Markierung zu entfernen.',
	onPointer:
		'Klicke auf ein Wort, um es zu markieren. Mit der Tastatur kommst du mit Tab oder den Pfeiltasten von Wort zu Wort; die Leertaste markiert ein Wort oder entfernt die Markierung.',
	wordsOfPassage: 'Wörter der Textstelle',
	fromBefore: 'Aus ',
	fromAfter: '.',
	markedWord: '{n} Wort markiert',
	markedWords: '{n} Wörter markiert',
	inPhrase: ', in {n} Wortgruppe',
	inPhrases: ', in {n} Wortgruppen',
	markedEnd: '.',
	step2: 'Schritt 2: Wessen Worte sind das?',
	step2Hint:
		'Wähle für jede markierte Wortgruppe, wessen Worte es sind. Anführungszeichen zeigen es dir, und wer laut Bericht spricht.',
	whoseWords: 'Wessen Worte sind',
	whoseWordsAfter: '?',
	markFirst: 'Markiere oben ein Wort, dann wählst du hier, wessen Worte es sind.',
	pressButton:
		'Wenn du die Wörter markiert hast, drück den Knopf, um für jede Wortgruppe zu wählen, wessen Worte es sind.',
	update: 'Wortgruppen zum Auswählen aktualisieren',
	next: 'Weiter: Wessen Worte sind das?'
};
