import { localized } from '$lib/i18n/localized';

/*
 * The words of this kind's teacher views (Solution, Distribution) and of its answers in words (summarise, classify),
 * in each language, typed alike. Apart from text.ts, which a learner's question page loads with the feedback: these
 * would only add to that page's 50 KB of JavaScript (PRODUCT.md), and no learner's page shows them.
 */
export const teacherText = localized({
	en: {
		tallyCaption: (n: number, report: string, quote: string) => `Passage ${n} (${report}): ${quote}`,
		whatItShows: 'What it shows',
		keyChosen: (right: number, answered: number) => `${right} of ${answered} chose the answer key’s category.`,
		noAnswer: 'no answer'
	},
	de: {
		tallyCaption: (n: number, report: string, quote: string) => `Textstelle ${n} (${report}): ${quote}`,
		whatItShows: 'Was sie zeigt',
		keyChosen: (right: number, answered: number) => `${right} von ${answered} haben die Kategorie der Lösung gewählt.`,
		noAnswer: 'keine Antwort'
	}
});
