import { localized } from '$lib/i18n/localized';

/** The words of the teacher's editor (Editor.svelte), apart from text.ts so that no learner's page carries them. */
export const editorText = localized({
	en: {
		/** The kind's name in the editor's "add an item" control and item pages. */
		kindTitle: 'Comparing reports: which report tells you this',
		prompt: 'Question',
		statement: (n: number) => `Statement ${n}`,
		text: 'The statement',
		textHint: 'In neutral words of your own, never a quote. Leave it empty to drop the statement.',
		in: 'Reports that tell the reader this (the answer)',
		evidence: (n: number) => `Evidence ${n}`,
		why: 'Why',
		explanation: 'Explanation'
	},
	de: {
		kindTitle: 'Berichte vergleichen: Welcher Bericht sagt das?',
		prompt: 'Frage',
		statement: (n: number) => `Aussage ${n}`,
		text: 'Die Aussage',
		textHint: 'In eigenen, neutralen Worten, nie als Zitat. Leer lassen, um die Aussage zu entfernen.',
		in: 'Berichte, die dies sagen (die Lösung)',
		evidence: (n: number) => `Beleg ${n}`,
		why: 'Warum',
		explanation: 'Erklärung'
	}
});
