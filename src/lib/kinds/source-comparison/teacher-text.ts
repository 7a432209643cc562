import { localized } from '$lib/i18n/localized';

/*
 * The words of this kind's teacher views (Solution, Distribution) and of its answers in words (summarise, classify),
 * in each language, typed alike. Apart from text.ts, which a learner's question page loads with the feedback: these
 * would only add to that page's 50 KB of JavaScript (PRODUCT.md), and no learner's page shows them.
 */
export const teacherText = localized({
	en: {
		whichReports: 'Which reports tell you',
		noneSays: 'None: no report says it.',
		tallyCaption: (n: number, statement: string) => `Statement ${n}: ${statement}`,
		answer: 'Answer',
		keyChosen: (right: number, answered: number, n: number) =>
			`${right} of ${answered} ${answered === 1 ? 'learner' : 'learners'} chose the answer key for statement ${n}.`,
		noAnswer: 'no answer'
	},
	de: {
		whichReports: 'Welche Berichte es zeigen',
		noneSays: 'Keine: Kein Bericht sagt es.',
		tallyCaption: (n: number, statement: string) => `Aussage ${n}: ${statement}`,
		answer: 'Antwort',
		keyChosen: (right: number, answered: number, n: number) =>
			`${right} von ${answered} Lernenden ${right === 1 ? 'hat' : 'haben'} bei Aussage ${n} die Lösung gewählt.`,
		noAnswer: 'keine Antwort'
	}
});
