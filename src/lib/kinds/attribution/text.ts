import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';
import type { Mode } from './types';

type PerMode = Record<Mode, string>;

/** English: also what the kind's tests read (wording.ts, the browser tests). */
export const en = {
	modes: {
		'direct-quote': 'Direct quote',
		'partial-quote': 'Partial quote',
		paraphrase: 'Paraphrase of a named source',
		'vague-source': 'Given to an unnamed or vague source',
		'reporter-claim': 'The reporter’s own claim'
	} as PerMode,
	/** Under each mode in the question: what it looks like on the page. */
	modeHints: {
		'direct-quote': 'The speaker’s own words, all inside quotation marks.',
		'partial-quote': 'The reporter’s sentence, with a few of the speaker’s own words in quotation marks.',
		paraphrase: 'A named person’s point, told in the reporter’s own words.',
		'vague-source': 'Someone said or thinks it, but the report does not say who: “critics”, “the West”, “one”.',
		'reporter-claim': 'The report says it itself, and gives no one as its source.'
	} as PerMode,
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
	reporterDescription: 'The report says it in its own voice.',
	unnamedDescription: 'A group or a person the report does not name.',
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
	findIt: (report: string) => `Find it in ${report}`,
	whoIsSource: 'Who is the source of this statement?',
	howAttributed: 'How is it attributed?',
	glossaryLink: 'What “attribution” and these ways of giving a source mean',
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
		modes: {
			'direct-quote': 'Wörtliches Zitat',
			'partial-quote': 'Teilzitat',
			paraphrase: 'Wiedergabe einer genannten Quelle',
			'vague-source': 'Einer ungenannten oder vagen Quelle zugeschrieben',
			'reporter-claim': 'Eigene Aussage des Berichts'
		} as PerMode,
		modeHints: {
			'direct-quote': 'Die eigenen Worte der Person, ganz in Anführungszeichen.',
			'partial-quote': 'Ein Satz des Berichts, mit wenigen eigenen Worten der Person in Anführungszeichen.',
			paraphrase: 'Die Aussage einer genannten Person, mit den eigenen Worten des Berichts erzählt.',
			'vague-source':
				'Jemand hat es gesagt oder denkt es, aber der Bericht sagt nicht, wer: „critics“ (Kritiker), „the West“ (der Westen), „one“ (man).',
			'reporter-claim': 'Der Bericht sagt es selbst und nennt niemanden als Quelle.'
		} as PerMode,
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
		reporterDescription: 'Der Bericht sagt es mit eigener Stimme.',
		unnamedDescription: 'Eine Gruppe oder Person, die der Bericht nicht nennt.',
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
		findIt: (report: string) => `In ${report} finden`,
		whoIsSource: 'Wer ist die Quelle dieser Aussage?',
		howAttributed: 'Wie wird sie zugeschrieben?',
		glossaryLink: 'Was „Zuschreibung“ und diese Arten, eine Quelle anzugeben, bedeuten',
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
