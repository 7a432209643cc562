import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';
import type { Mode } from './types';
import { questionDe, questionEn } from './question-text';

type PerMode = Record<Mode, string>;

/** English: also what the kind's tests read (wording.ts, the browser tests). */
export const en = {
	...questionEn,
	/** A mode as part of a sentence: "it is a paraphrase". */
	modePhrase: {
		'direct-quote': 'a direct quote',
		'partial-quote': 'a partial quote',
		paraphrase: 'a paraphrase',
		'vague-source': 'a vague attribution',
		'reporter-claim': 'the reporter’s own claim'
	} as PerMode,
	/** The one thing to notice about each mode: the sign on the page that decides it. */
	modeCue: {
		'direct-quote': 'the speaker’s words stand in quotation marks',
		'partial-quote': 'only some words are in quotation marks',
		paraphrase: 'a source is named but not quoted',
		'vague-source': 'the report never says exactly who',
		'reporter-claim': 'nobody is named as the source'
	} as PerMode,
	theReporter: 'the reporter',
	someoneUnnamed: 'someone unnamed',
	namedCue: 'the evidence below shows where the report names them',
	bothRight: (cue: string) => `Both parts are right; the sign to notice is that ${cue}.`,
	sourceRight: (by: Answerer, source: string, how: string, cue: string) =>
		`${by.They} found the source, ${source}, but it is ${how}: notice that ${cue}.`,
	modeRight: (by: Answerer, source: string, how: string, cue: string) =>
		`${by.They} saw that it is ${how}, but the source is ${source}: ${cue}.`,
	neitherRight: (source: string, how: string, cue: string) =>
		`The source is ${source}, and it is ${how}: notice that ${cue}.`,
	source: 'Source',
	attribution: 'Attribution',
	chose: (by: Answerer, what: string) => `${by.They} chose ${what}.`,
	choseMode: (by: Answerer, mode: string) => `${by.They} chose “${mode}”.`,
	choseNothing: (by: Answerer) => `${by.They} chose nothing.`,
	nothing: 'nothing',
	sourceIs: 'The source is',
	itIs: 'It is',
	quoteOpen: '“',
	quoteClose: '”',
	chooseSpeaker: 'Choose who is speaking.',
	chooseMode: 'Choose how the statement is attributed.',
	chooseOffered: 'Choose one of the speakers offered.',
	hlStatement: 'The statement',
	hlEvidence: 'Evidence'
};

/** Every word this kind's question and feedback show, in each language (README: "Adding a kind"). */
export const text = localized({
	en,
	de: {
		...questionDe,
		modePhrase: {
			'direct-quote': 'ein wörtliches Zitat',
			'partial-quote': 'ein Teilzitat',
			paraphrase: 'eine Wiedergabe',
			'vague-source': 'eine vage Zuschreibung',
			'reporter-claim': 'eine eigene Aussage des Berichts'
		} as PerMode,
		modeCue: {
			'direct-quote': 'Die Worte der Person stehen in Anführungszeichen',
			'partial-quote': 'Nur einige Wörter stehen in Anführungszeichen',
			paraphrase: 'Eine Quelle wird genannt, aber nicht zitiert',
			'vague-source': 'Der Bericht sagt nie genau, wer',
			'reporter-claim': 'Niemand wird als Quelle genannt'
		} as PerMode,
		theReporter: 'der Bericht selbst',
		someoneUnnamed: 'jemand Ungenanntes',
		namedCue: 'Die Belege unten zeigen, wo der Bericht die Quelle nennt',
		bothRight: (cue: string) => `Beide Teile sind richtig. Das Zeichen dafür: ${cue}.`,
		sourceRight: (by: Answerer, source: string, how: string, cue: string) =>
			`${by.self ? 'Du hast' : `${by.They} hat`} die Quelle erkannt (${source}), aber es ist ${how}. Achte darauf: ${cue}.`,
		modeRight: (by: Answerer, source: string, how: string, cue: string) =>
			`${by.self ? 'Du hast' : `${by.They} hat`} erkannt, dass es ${how} ist, aber die Quelle ist ${source}. ${cue}.`,
		neitherRight: (source: string, how: string, cue: string) =>
			`Die Quelle ist ${source}, und es ist ${how}. Achte darauf: ${cue}.`,
		source: 'Quelle',
		attribution: 'Zuschreibung',
		chose: (by: Answerer, what: string) => (by.self ? `Du hast ${what} gewählt.` : `${by.They} hat ${what} gewählt.`),
		choseMode: (by: Answerer, mode: string) =>
			by.self ? `Du hast „${mode}“ gewählt.` : `${by.They} hat „${mode}“ gewählt.`,
		choseNothing: (by: Answerer) => (by.self ? 'Du hast nichts gewählt.' : `${by.They} hat nichts gewählt.`),
		nothing: 'nichts',
		sourceIs: 'Die Quelle ist',
		itIs: 'Richtig ist',
		quoteOpen: '„',
		quoteClose: '“',
		chooseSpeaker: 'Wähle, wer spricht.',
		chooseMode: 'Wähle, wie die Aussage zugeschrieben wird.',
		chooseOffered: 'Wähle eine der angebotenen Personen.',
		hlStatement: 'Die Aussage',
		hlEvidence: 'Beleg'
	}
});
