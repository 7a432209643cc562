import { localized } from '$lib/i18n/localized';

/*
 * The words of this kind's teacher views (Solution, Distribution) and of its answers in words (summarise, classify),
 * in each language, typed alike. Apart from text.ts, which a learner's question page loads with the feedback: these
 * would only add to that page's 50 KB of JavaScript (PRODUCT.md), and no learner's page shows them.
 */
export const teacherText = localized({
	en: {
		sourcesOffered: 'Sources offered',
		bothCount: (both: number, answered: number) => `${both} of ${answered}`,
		bothCountAfter: (answered: number) =>
			`${answered === 1 ? 'learner' : 'learners'} chose both the right source and the right attribution.`,
		whoSpeaks: 'Who is speaking',
		howAttributedTally: 'How the statement is attributed',
		noSource: 'no source',
		noAttribution: 'no attribution'
	},
	de: {
		sourcesOffered: 'Angebotene Quellen',
		bothCount: (both: number, answered: number) => `${both} von ${answered}`,
		bothCountAfter: (answered: number) =>
			`Lernenden ${answered === 1 ? 'hat' : 'haben'} sowohl die richtige Quelle als auch die richtige Zuschreibung gewählt.`,
		whoSpeaks: 'Wer spricht',
		howAttributedTally: 'Wie die Aussage zugeschrieben wird',
		noSource: 'keine Quelle',
		noAttribution: 'keine Zuschreibung'
	}
});
