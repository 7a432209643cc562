import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';
import type { Voice } from './types';

type PerVoice = Record<Voice, string>;
const quoted = (text: string) => `“${text}”`;
const zitiert = (text: string) => `„${text}“`;
/** German: "Du hast …" for the reader, "Ana hat …" for a learner on the teacher's page. */
const hast = (by: Answerer) => (by.self ? 'Du hast' : `${by.They} hat`);

/** English: also what the kind's tests and the teacher's pages read (voices.ts). */
export const en = {
	voiceShort: {
		quoted: 'quoted',
		paraphrased: 'reported in the reporter’s words',
		outlet: 'the outlet’s own'
	} as PerVoice,
	possessive: (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`),
	whoseQuoted: (owner: string) => `${owner} word, quoted`,
	whoseParaphrased: (owner: string) => `${owner} point, in the reporter’s words`,
	whoseOutlet: 'the outlet’s own word',
	plainReason: 'says what it means here without praising or blaming anyone, so it is not loaded.',
	cost: (n: number) => `It cost ${n} ${n === 1 ? 'point' : 'points'}.`,
	// The feedback
	stateHit: 'marked, loaded',
	stateWrong: 'marked, not loaded',
	stateFair: 'marked, a fair mark that costs nothing',
	stateFound: (by: Answerer) => `part of a loaded phrase ${by.they} found`,
	stateMissed: 'missed, loaded',
	nothing: 'nothing',
	and: ' and ',
	keyLabel: 'Key to the marks',
	word: 'word',
	keyHit: (by: Answerer) => `${by.they} marked, loaded`,
	keyWrong: (by: Answerer) => `${by.they} marked, not loaded`,
	keyFair: (by: Answerer) => `${by.they} marked, a fair mark that costs nothing`,
	keyMissed: 'loaded, missed',
	targetsHeading: 'The loaded words, and whose words they are',
	found: 'Found:',
	missed: 'Missed:',
	is: 'is',
	saidSo: (by: Answerer) => `${by.They} said so:`,
	said: (by: Answerer) => `${by.They} said:`,
	didNotSay: (by: Answerer) => `${by.They} did not say whose words they are.`,
	suggests: 'It suggests',
	moreNeutral: 'More neutral:',
	otherMarked: (by: Answerer) => `Other words ${by.they} marked`,
	fairMark: 'Fair mark, no cost:',
	notLoaded: 'Not loaded:',
	alsoFair: 'Also fair to mark, and not counted',
	oftenMarked: 'Not loaded, though often marked',
	// The opening sentence
	noneFoundOne: (by: Answerer) =>
		`${by.They} did not find the loaded phrase: it is shown below, with whose words it is.`,
	noneFound: (by: Answerer, n: number) =>
		`${by.They} found none of the ${n} loaded phrases: they are shown below, with whose words they are.`,
	someFound: (by: Answerer, found: number, n: number, missed: number) =>
		`${by.They} found ${found} of ${n} loaded phrases; look below for the ${missed === 1 ? 'one' : missed} ${by.they} missed.`,
	voicesWrongOne: (by: Answerer) => `${by.They} found the loaded phrase, but look again at whose words it is.`,
	voicesWrong: (by: Answerer, all: string, voices: number, n: number) =>
		`${by.They} found ${all}, but look again at whose words they are: ${by.they} had ${voices} of ${n} right.`,
	allOf: (n: number) => (n === 1 ? 'the loaded phrase' : n === 2 ? 'both loaded phrases' : `all ${n} loaded phrases`),
	costlyOne: quoted,
	costlyMany: (by: Answerer, words: number) => `${words} of the words ${by.they} marked`,
	withWrong: (by: Answerer, all: string, n: number, wrong: string, one: boolean) =>
		`${by.They} found ${all} and whose words ${n === 1 ? 'it is' : 'they are'}, but ${wrong} ${one ? 'is' : 'are'} not loaded: see why below.`,
	withFair: (by: Answerer, all: string, n: number, fair: string[]) =>
		`${by.They} found ${all} and whose words ${n === 1 ? 'it is' : 'they are'}; ${fair.length === 1 ? quoted(fair[0]) : `${by.their} other marks`} ${fair.length === 1 ? 'was a fair mark' : 'were fair marks'} too, and cost nothing.`,
	allRight: (by: Answerer, all: string, n: number) =>
		`${by.They} found ${all} and said rightly whose words ${n === 1 ? 'it is' : 'they are'}.`,
	marksOfPassage: 'Marks must be words of the passage.',
	voicesOfPassage: 'Whose words: each answer must be about words of the passage.',
	chooseVoice: 'Choose whose words each phrase is: quoted, in the reporter’s words, or the outlet’s own.',
	hlPassage: 'The passage',
	hlLoaded: 'Loaded'
};

/** Every word this kind's feedback and teacher's views show, in each language; the question's are in question-words.ts (README: "Adding a kind"). */
export const text = localized({
	en,
	de: {
		voiceShort: {
			quoted: 'zitiert',
			paraphrased: 'mit den Worten des Berichts wiedergegeben',
			outlet: 'eigene Worte des Mediums'
		} as PerVoice,
		possessive: (name: string) => `von ${name}`,
		whoseQuoted: (owner: string) => `ein Wort ${owner}, zitiert`,
		whoseParaphrased: (owner: string) => `eine Aussage ${owner}, mit den Worten des Berichts`,
		whoseOutlet: 'ein eigenes Wort des Mediums',
		plainReason: 'sagt hier nur, was es bedeutet, ohne jemanden zu loben oder zu tadeln. Darum ist es nicht wertend.',
		cost: (n: number) => `Das hat ${n} ${n === 1 ? 'Punkt' : 'Punkte'} gekostet.`,
		stateHit: 'markiert, wertend',
		stateWrong: 'markiert, nicht wertend',
		stateFair: 'markiert, eine vertretbare Markierung ohne Abzug',
		stateFound: (by: Answerer) =>
			by.self
				? 'Teil einer wertenden Wortgruppe, die du gefunden hast'
				: `Teil einer wertenden Wortgruppe, die ${by.They} gefunden hat`,
		stateMissed: 'verpasst, wertend',
		nothing: 'nichts',
		and: ' und ',
		keyLabel: 'Zeichenerklärung',
		word: 'Wort',
		keyHit: (by: Answerer) => (by.self ? 'von dir markiert, wertend' : `von ${by.They} markiert, wertend`),
		keyWrong: (by: Answerer) =>
			by.self ? 'von dir markiert, nicht wertend' : `von ${by.They} markiert, nicht wertend`,
		keyFair: (by: Answerer) =>
			by.self ? 'von dir markiert, vertretbar, ohne Abzug' : `von ${by.They} markiert, vertretbar, ohne Abzug`,
		keyMissed: 'wertend, verpasst',
		targetsHeading: 'Die wertenden Wörter, und wessen Worte sie sind',
		found: 'Gefunden:',
		missed: 'Verpasst:',
		is: 'ist',
		saidSo: (by: Answerer) => (by.self ? 'Das hast du richtig gesagt:' : `Das hat ${by.They} richtig gesagt:`),
		said: (by: Answerer) => (by.self ? 'Du hast gesagt:' : `${by.They} hat gesagt:`),
		didNotSay: (by: Answerer) =>
			by.self ? 'Du hast nicht gesagt, wessen Worte es sind.' : `${by.They} hat nicht gesagt, wessen Worte es sind.`,
		suggests: 'Es deutet an:',
		moreNeutral: 'Neutraler:',
		otherMarked: (by: Answerer) =>
			by.self ? 'Andere Wörter, die du markiert hast' : `Andere Wörter, die ${by.They} markiert hat`,
		fairMark: 'Vertretbar, ohne Abzug:',
		notLoaded: 'Nicht wertend:',
		alsoFair: 'Auch vertretbar, und nicht gezählt',
		oftenMarked: 'Nicht wertend, obwohl oft markiert',
		noneFoundOne: (by: Answerer) =>
			`${hast(by)} die wertende Wortgruppe nicht gefunden. Unten siehst du sie, und wessen Worte es sind.`,
		noneFound: (by: Answerer, n: number) =>
			`${hast(by)} keine der ${n} wertenden Wortgruppen gefunden. Unten siehst du sie, und wessen Worte es sind.`,
		someFound: (by: Answerer, found: number, n: number, missed: number) =>
			`${hast(by)} ${found} von ${n} wertenden Wortgruppen gefunden. Unten stehen ${missed === 1 ? 'die eine, die fehlt' : `die ${missed}, die fehlen`}.`,
		voicesWrongOne: (by: Answerer) =>
			`${hast(by)} die wertende Wortgruppe gefunden. Schau aber noch einmal, wessen Worte es sind.`,
		voicesWrong: (by: Answerer, all: string, voices: number, n: number) =>
			`${hast(by)} ${all} gefunden. Schau aber noch einmal, wessen Worte es sind: ${voices} von ${n} waren richtig.`,
		allOf: (n: number) =>
			n === 1 ? 'die wertende Wortgruppe' : n === 2 ? 'beide wertenden Wortgruppen' : `alle ${n} wertenden Wortgruppen`,
		costlyOne: zitiert,
		costlyMany: (by: Answerer, words: number) =>
			by.self ? `${words} der Wörter, die du markiert hast,` : `${words} der Wörter, die ${by.They} markiert hat,`,
		withWrong: (by: Answerer, all: string, _n: number, wrong: string, one: boolean) =>
			`${hast(by)} ${all} gefunden und auch, wessen Worte es sind. Aber ${wrong} ${one ? 'ist' : 'sind'} nicht wertend: Unten steht, warum.`,
		withFair: (by: Answerer, all: string, _n: number, fair: string[]) =>
			`${hast(by)} ${all} gefunden und auch, wessen Worte es sind. ${
				fair.length === 1
					? `Auch ${zitiert(fair[0])} war vertretbar und hat nichts gekostet.`
					: `${by.self ? 'Deine anderen Markierungen' : `Die anderen Markierungen von ${by.They}`} waren auch vertretbar und haben nichts gekostet.`
			}`,
		allRight: (by: Answerer, all: string) => `${hast(by)} ${all} gefunden und richtig gesagt, wessen Worte es sind.`,
		marksOfPassage: 'Markiere nur Wörter der Textstelle.',
		voicesOfPassage: 'Wessen Worte: Jede Antwort muss zu Wörtern der Textstelle gehören.',
		chooseVoice:
			'Wähle für jede Wortgruppe, wessen Worte es sind: zitiert, mit den Worten des Berichts oder eigene Worte des Mediums.',
		hlPassage: 'Die Textstelle',
		hlLoaded: 'Wertend'
	}
});
