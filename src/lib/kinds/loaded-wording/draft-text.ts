import { localized } from '$lib/i18n/localized';

/*
 * The words "Draft items" writes into this kind's drafted items, in the teacher's language: the question as
 * learners read it ("du" in German), and notes that tell the teacher what to write ("Sie").
 */
export const draftText = localized({
	en: {
		prompt: 'Which words in this passage judge rather than describe, and whose words are they?',
		connotes: 'Drafted: say what the words suggest.',
		neutral: 'Drafted: give a plainer word.',
		explanation: (score: number) => `Drafted (score ${score}): check the word, whose it is, and what it suggests.`
	},
	de: {
		prompt: 'Welche Wörter in dieser Passage werten, statt zu beschreiben, und wessen Wörter sind es?',
		connotes: 'Entwurf: Schreiben Sie, was die Wörter nahelegen.',
		neutral: 'Entwurf: Nennen Sie ein schlichteres Wort.',
		explanation: (score: number) =>
			`Entwurf (Wert ${score.toLocaleString('de-DE')}): Prüfen Sie das Wort, wessen Wort es ist und was es nahelegt.`
	}
});
