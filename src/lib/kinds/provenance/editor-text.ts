import { localized } from '$lib/i18n/localized';

/** The words of the teacher's editor (Editor.svelte), apart from text.ts so that no learner's page carries them. */
export const editorText = localized({
	en: {
		/** The kind's name in the editor's "add an item" control and item pages. */
		kindTitle: 'Provenance: signs of translation and re-publication',
		prompt: 'Question',
		observations: 'Observations',
		observationsHint:
			'Three to six passages, of at least two categories, one of them ordinary text. Rows left empty are dropped.',
		observation: (n: number) => `Observation ${n}`,
		category: 'What it shows (the answer)',
		why: 'Why',
		explanation: 'Explanation'
	},
	de: {
		kindTitle: 'Herkunft: Zeichen von Übersetzung und Weiterveröffentlichung',
		prompt: 'Frage',
		observations: 'Beobachtungen',
		observationsHint:
			'Drei bis sechs Stellen aus mindestens zwei Kategorien, darunter gewöhnlicher Text. Leere Zeilen entfallen.',
		observation: (n: number) => `Beobachtung ${n}`,
		category: 'Was sie zeigt (die Lösung)',
		why: 'Warum',
		explanation: 'Erklärung'
	}
});
