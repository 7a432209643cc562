import { localized } from '$lib/i18n/localized';

/*
 * The words "Draft items" writes into this kind's drafted items, in the teacher's language: the question as
 * learners read it ("du" in German), and an explanation that tells the teacher what to check ("Sie").
 */
export const draftText = localized({
	en: {
		prompt: 'Who says this, and how is it attributed?',
		explanation: (confidence: number, cue: string | null) =>
			`Drafted (confidence ${confidence}): ${cue ? `the cue is “${cue}”.` : 'no cue in the sentence.'} Check the speaker and the mode, then write why.`
	},
	de: {
		prompt: 'Wer sagt das, und wie wird es zugeschrieben?',
		explanation: (confidence: number, cue: string | null) =>
			`Entwurf (Sicherheit ${confidence.toLocaleString('de-DE')}): ${cue ? `Der Hinweis im Text ist „${cue}“.` : 'Der Satz enthält keinen Hinweis.'} Prüfen Sie, wer spricht und wie es zugeschrieben wird, und schreiben Sie dann die Begründung.`
	}
});
