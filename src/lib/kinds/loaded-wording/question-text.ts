import { localized } from '$lib/i18n/localized';
import type { Voice } from './types';

/*
 * The words of the question alone, apart from the feedback's (text.ts, which takes these in too): a question page
 * loads only these, in both languages, and not the feedback's sentences (PRODUCT.md's 50 KB budget for it).
 */

type PerVoice = Record<Voice, string>;

export const questionEn = {
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
	marked: (words: number, phrases: number) =>
		`${words} ${words === 1 ? 'word' : 'words'} marked${phrases ? `, in ${phrases} ${phrases === 1 ? 'phrase' : 'phrases'}` : ''}.`,
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

export const questionDe: typeof questionEn = {
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
	marked: (words: number, phrases: number) =>
		`${words} ${words === 1 ? 'Wort' : 'Wörter'} markiert${phrases ? `, in ${phrases} ${phrases === 1 ? 'Wortgruppe' : 'Wortgruppen'}` : ''}.`,
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

/** The question's words in the page's language. */
export const questionText = localized({ en: questionEn, de: questionDe });
