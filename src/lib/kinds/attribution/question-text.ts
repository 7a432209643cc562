import { localized } from '$lib/i18n/localized';
import type { Mode } from './types';

type PerMode = Record<Mode, string>;

/*
 * The words of the question alone, apart from the feedback's (text.ts, which takes these in too): a question page
 * loads only these, in both languages, and not the feedback's sentences (PRODUCT.md's 50 KB budget for it).
 */

export const questionEn = {
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
	reporterDescription: 'The report says it in its own voice.',
	unnamedDescription: 'A group or a person the report does not name.',
	findIt: (report: string) => `Find it in ${report}`,
	whoIsSource: 'Who is the source of this statement?',
	howAttributed: 'How is it attributed?',
	glossaryLink: 'What “attribution” and these ways of giving a source mean'
};

export const questionDe: typeof questionEn = {
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
	reporterDescription: 'Der Bericht sagt es mit eigener Stimme.',
	unnamedDescription: 'Eine Gruppe oder Person, die der Bericht nicht nennt.',
	findIt: (report: string) => `In ${report} finden`,
	whoIsSource: 'Wer ist die Quelle dieser Aussage?',
	howAttributed: 'Wie wird sie zugeschrieben?',
	glossaryLink: 'Was „Zuschreibung“ und diese Arten, eine Quelle anzugeben, bedeuten'
};

/** The question's words in the page's language. */
export const questionText = localized({ en: questionEn, de: questionDe });
