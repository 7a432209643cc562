import { localized } from '$lib/i18n/localized';
import type { Answerer } from '../answerer';

const count = (n: number) => ['none', 'one', 'two', 'three'][n] ?? String(n);
const zahl = (n: number) => ['keine', 'eine', 'zwei', 'drei'][n] ?? String(n);

/** Every word this kind's question and feedback show, in each language (README: "Adding a kind"). */
export const text = localized({
	en: {
		hint: 'For each statement, choose which reports tell you this. A report counts when it says so, in its own words or by quoting someone.',
		statement: 'Statement ',
		neither: 'neither report',
		noneOf: 'none of the reports',
		both: 'both reports',
		all: (n: number) => `all ${count(n)} reports`,
		only: (names: string[]) =>
			names.length === 1 ? `only ${names[0]}` : `only ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
		nothing: 'nothing',
		notOffered: 'an answer that was not offered',
		chose: (by: Answerer, what: string) => `${by.They} chose ${what}.`,
		answerIs: 'The answer is',
		wordsThatTell: 'The words that tell you:',
		noWords: (label: string) => `${label} tells you this, so there are no words to point to.`,
		aboutStatement: (n: number) => `statement ${n}`,
		aboutAll: 'all statements',
		allRight: (by: Answerer) => `All right: ${by.they} saw what each report carries and what it leaves out.`,
		someRight: (by: Answerer, right: number, of: number) =>
			`${by.They} placed ${right} of ${of} right: look for the point itself in each report, and notice what a report leaves out.`,
		chooseOne: 'Choose one answer for each statement.',
		statementsShown: 'Answer only the statements shown.',
		everyStatement: 'Answer every statement.',
		hlEvidence: (n: number) => `Evidence for statement ${n}`
	},
	de: {
		hint: 'Wähle bei jeder Aussage, welche Berichte dir das sagen. Ein Bericht zählt, wenn er es sagt, mit eigenen Worten oder mit einem Zitat.',
		statement: 'Aussage ',
		neither: 'kein Bericht',
		noneOf: 'keiner der Berichte',
		both: 'beide Berichte',
		all: (n: number) => `alle ${zahl(n)} Berichte`,
		only: (names: string[]) =>
			names.length === 1 ? `nur ${names[0]}` : `nur ${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`,
		nothing: 'nichts',
		notOffered: 'eine Antwort, die es nicht zur Wahl gab',
		chose: (by: Answerer, what: string) =>
			by.self ? `Du hast „${what}“ gewählt.` : `${by.They} hat „${what}“ gewählt.`,
		answerIs: 'Richtig ist',
		wordsThatTell: 'Die Wörter, die es zeigen:',
		noWords: (label: string) => `Richtig ist: ${label}. Darum gibt es keine Wörter, auf die man zeigen kann.`,
		aboutStatement: (n: number) => `Aussage ${n}`,
		aboutAll: 'alle Aussagen',
		allRight: (by: Answerer) =>
			by.self
				? 'Alles richtig: Du hast gesehen, was jeder Bericht bringt und was er weglässt.'
				: `Alles richtig: ${by.They} hat gesehen, was jeder Bericht bringt und was er weglässt.`,
		someRight: (by: Answerer, right: number, of: number) =>
			`${by.self ? 'Du hast' : `${by.They} hat`} ${right} von ${of} richtig zugeordnet: Such in jedem Bericht die Aussage selbst, und achte darauf, was ein Bericht weglässt.`,
		chooseOne: 'Wähle für jede Aussage eine Antwort.',
		statementsShown: 'Beantworte nur die gezeigten Aussagen.',
		everyStatement: 'Beantworte jede Aussage.',
		hlEvidence: (n: number) => `Beleg für Aussage ${n}`
	}
});
