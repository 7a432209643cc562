import { localized } from '$lib/i18n/localized';
import type { Part } from './types';

/*
 * The words of this kind's teacher views (Solution, Distribution) and of its answers in words (summarise, classify),
 * in each language, typed alike. Apart from text.ts, which a learner's question page loads with the feedback: these
 * would only add to that page's 50 KB of JavaScript (PRODUCT.md), and no learner's page shows them.
 */
export const teacherText = localized({
	en: {
		nobodyNamed: 'nobody named',
		choice: 'Choice',
		tallyQuestions: {
			asserters: 'Who asserts the claim',
			disputers: 'Who disputes it',
			reportedIn: 'Which report tells you it is disputed'
		} as Record<Part, string>,
		partTally: (question: string, max: number, right: number, answered: number, mean: string) =>
			`${question} (${max} ${max === 1 ? 'point' : 'points'}): ${right} of ${answered} got full marks, ${mean} points on average`,
		asserts: 'Asserts',
		disputes: 'Disputes',
		reportedIn: 'Reported in',
		none: 'none'
	},
	de: {
		nobodyNamed: 'niemand genannt',
		choice: 'Auswahl',
		tallyQuestions: {
			asserters: 'Wer die Aussage behauptet',
			disputers: 'Wer sie bestreitet',
			reportedIn: 'Welcher Bericht zeigt, dass sie umstritten ist'
		} as Record<Part, string>,
		partTally: (question: string, max: number, right: number, answered: number, mean: string) =>
			`${question} (${max} ${max === 1 ? 'Punkt' : 'Punkte'}): ${right} von ${answered} mit voller Punktzahl, im Durchschnitt ${mean} Punkte`,
		asserts: 'Behauptet',
		disputes: 'Bestreitet',
		reportedIn: 'Gezeigt in',
		none: 'keine'
	}
});
