import { localized } from '$lib/i18n/localized';
import type { Voice } from './types';

type PerVoice = Record<Voice, string>;

/** The words of the teacher's editor (Editor.svelte), apart from text.ts so that no learner's page carries them. */
export const editorText = localized({
	en: {
		/** The kind's name in the editor's "add an item" control and item pages. */
		kindTitle: 'Loaded wording: words that judge',
		prompt: 'Question',
		passage: 'The passage',
		passageHint: 'The words the learner marks in, quoted from a report.',
		targets: 'Loaded words (the answer)',
		targetsHint: 'Each quoted from inside the passage. Rows left empty are dropped.',
		target: (n: number) => `Loaded word ${n}`,
		connotes: 'What it suggests',
		neutral: 'A more neutral word',
		voice: 'Whose voice',
		voices: {
			quoted: 'A speaker’s word, quoted',
			paraphrased: 'A speaker’s point, in the reporter’s words',
			outlet: 'The outlet’s own word'
		} as PerVoice,
		whose: 'Whose word (not for the outlet’s own)',
		nobody: '(the outlet)',
		defensible: 'Fair marks that cost nothing',
		defensibleHint: 'Words a careful reader may fairly call loaded that the answer does not count.',
		notLoaded: 'Words often taken for loaded that are not',
		notLoadedHint: 'Marking them costs a point; the feedback gives this reason.',
		word: (n: number) => `Word ${n}`,
		why: 'Why',
		explanation: 'Explanation'
	},
	de: {
		kindTitle: 'Wertende Wörter: Wörter, die urteilen',
		prompt: 'Frage',
		passage: 'Der Abschnitt',
		passageHint: 'Die Worte, in denen die Lernenden markieren, zitiert aus einem Bericht.',
		targets: 'Wertende Wörter (die Lösung)',
		targetsHint: 'Jedes aus dem Abschnitt zitiert. Leere Zeilen entfallen.',
		target: (n: number) => `Wertendes Wort ${n}`,
		connotes: 'Was es nahelegt',
		neutral: 'Ein neutraleres Wort',
		voice: 'Wessen Stimme',
		voices: {
			quoted: 'Wort einer Person, zitiert',
			paraphrased: 'Aussage einer Person, in Worten des Berichts',
			outlet: 'Eigenes Wort des Mediums'
		} as PerVoice,
		whose: 'Wessen Wort (nicht beim eigenen Wort des Mediums)',
		nobody: '(das Medium)',
		defensible: 'Vertretbare Markierungen ohne Abzug',
		defensibleHint: 'Wörter, die man vertretbar wertend nennen kann, die die Lösung aber nicht zählt.',
		notLoaded: 'Wörter, die oft für wertend gehalten werden, es aber nicht sind',
		notLoadedHint: 'Ihre Markierung kostet einen Punkt; die Rückmeldung nennt diesen Grund.',
		word: (n: number) => `Wort ${n}`,
		why: 'Warum',
		explanation: 'Erklärung'
	}
});
