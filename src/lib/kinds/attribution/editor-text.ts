import { localized } from '$lib/i18n/localized';

/** The words of the teacher's editor (Editor.svelte), apart from text.ts so that no learner's page carries them. */
export const editorText = localized({
	en: {
		/** The kind's name in the editor's "add an item" control and item pages. */
		kindTitle: 'Attribution: who is speaking',
		prompt: 'Question',
		promptHint: 'What the learner is asked, e.g. “Who is speaking, and how does the report give the source?”',
		statement: 'The statement',
		statementHint: 'The words the learner attributes, quoted from a report.',
		choices: 'Speakers offered',
		choicesHint:
			'One to three of the module’s speakers a reader could take for the source. “The reporter” and “someone unnamed” are always offered.',
		choice: (n: number) => `Speaker ${n}`,
		none: '(none)',
		speaker: 'Who is speaking (the answer)',
		mode: 'How the statement is attributed (the answer)',
		evidence: 'Evidence',
		evidenceHint: 'The words that tell the reader who speaks, e.g. “he said”. Rows left empty are dropped.',
		evidenceRow: (n: number) => `Evidence ${n}`,
		explanation: 'Explanation',
		explanationHint: 'Why this is the answer, as the learner reads it after answering.'
	},
	de: {
		kindTitle: 'Zuschreibung: Wer spricht?',
		prompt: 'Frage',
		promptHint: 'Was die Lernenden gefragt werden, z. B. „Wer spricht, und wie nennt der Bericht die Quelle?“',
		statement: 'Die Aussage',
		statementHint: 'Die Worte, die die Lernenden zuordnen, zitiert aus einem Bericht.',
		choices: 'Angebotene Personen',
		choicesHint:
			'Eine bis drei Personen des Moduls, die man für die Quelle halten könnte. „Der Bericht selbst“ und „jemand Ungenanntes“ werden immer angeboten.',
		choice: (n: number) => `Person ${n}`,
		none: '(keine)',
		speaker: 'Wer spricht (die Lösung)',
		mode: 'Wie die Aussage zugeschrieben wird (die Lösung)',
		evidence: 'Belege',
		evidenceHint: 'Die Worte, die zeigen, wer spricht, z. B. „sagte er“. Leere Zeilen entfallen.',
		evidenceRow: (n: number) => `Beleg ${n}`,
		explanation: 'Erklärung',
		explanationHint: 'Warum dies die Lösung ist; die Lernenden lesen es nach dem Antworten.'
	}
});
