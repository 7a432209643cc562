import { localized } from '$lib/i18n/localized';

/*
 * The words "Draft items" writes into this kind's drafted items, in the teacher's language: the question as
 * learners read it ("du" in German), and notes that tell the teacher what to rewrite and check ("Sie").
 */
export const draftText = localized({
	en: {
		prompt: 'Which report tells you each of these things?',
		statement: (quoted: string) => `Drafted, rewrite in your own words: ${quoted}`,
		statementExplanation: (reports: string[]) =>
			`Drafted: carried by ${reports.join(' and ')}. Check it and write why.`,
		explanation: 'Drafted: check which reports carry each statement.'
	},
	de: {
		prompt: 'Welcher Bericht sagt dir jeweils, was hier steht?',
		statement: (quoted: string) => `Entwurf, bitte in eigenen Worten neu schreiben: ${quoted}`,
		statementExplanation: (reports: string[]) =>
			`Entwurf: steht in ${reports.join(' und ')}. Prüfen Sie es und schreiben Sie die Begründung.`,
		explanation: 'Entwurf: Prüfen Sie, welche Berichte jede Aussage enthalten.'
	}
});
