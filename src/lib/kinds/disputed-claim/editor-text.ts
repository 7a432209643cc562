import { localized } from '$lib/i18n/localized';

/** The words of the teacher's editor (Editor.svelte), apart from text.ts so that no learner's page carries them. */
export const editorText = localized({
	en: {
		/** The kind's name in the editor's "add an item" control and item pages. */
		kindTitle: 'Disputed claim: who asserts it, who disputes it',
		prompt: 'Question',
		claim: 'The claim',
		claimHint: 'In neutral words of your own, not quoted from a report.',
		parties: 'Who is offered, who asserts, who disputes (the answer)',
		partiesHint: 'Offer the parties the learner chooses from; tick who asserts and who disputes the claim.',
		outletOf: (report: string) => `${report}: the report’s own voice`,
		roles: { choice: 'Offered', asserter: 'Asserts it', disputer: 'Disputes it' },
		reportedIn: 'Reports that tell the reader the claim is disputed (the answer)',
		evidence: 'Evidence',
		evidenceHint: 'The words in each report that show who asserts and who disputes. Rows left empty are dropped.',
		evidenceRow: (n: number) => `Evidence ${n}`,
		explanation: 'Explanation'
	},
	de: {
		kindTitle: 'Umstrittene Aussage: Wer behauptet sie, wer bestreitet sie?',
		prompt: 'Frage',
		claim: 'Die Behauptung',
		claimHint: 'In eigenen, neutralen Worten, nicht aus einem Bericht zitiert.',
		parties: 'Wer angeboten wird, wer behauptet, wer bestreitet (die Lösung)',
		partiesHint:
			'Bieten Sie die Beteiligten zur Auswahl an; kreuzen Sie an, wer die Behauptung aufstellt und wer sie bestreitet.',
		outletOf: (report: string) => `${report}: die eigene Stimme des Berichts`,
		roles: { choice: 'Angeboten', asserter: 'Behauptet es', disputer: 'Bestreitet es' },
		reportedIn: 'Berichte, die zeigen, dass die Behauptung umstritten ist (die Lösung)',
		evidence: 'Belege',
		evidenceHint: 'Die Worte in jedem Bericht, die zeigen, wer behauptet und wer bestreitet. Leere Zeilen entfallen.',
		evidenceRow: (n: number) => `Beleg ${n}`,
		explanation: 'Erklärung'
	}
});
