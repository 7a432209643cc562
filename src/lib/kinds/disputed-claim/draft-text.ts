import { localized } from '$lib/i18n/localized';

/*
 * The words "Draft items" writes into this kind's drafted items, in the teacher's language: the question as
 * learners read it ("du" in German), and an explanation that tells the teacher what to check ("Sie").
 */
export const draftText = localized({
	en: {
		prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
		explanation: 'Drafted: put the claim in neutral words, check who asserts and who disputes it, then write why.'
	},
	de: {
		prompt: 'Wer behauptet das, wer bestreitet es, und welcher Bericht sagt dir, dass es umstritten ist?',
		explanation:
			'Entwurf: Fassen Sie die Behauptung in neutrale Worte, prüfen Sie, wer sie aufstellt und wer sie bestreitet, und schreiben Sie dann die Begründung.'
	}
});
