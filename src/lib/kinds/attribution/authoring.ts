import type { Authoring, FormValues } from '../kind';
import { FormReader, anchorFields, readForm } from '../authoring';
import { keySchema } from './schema';
import { editorText } from './editor-text';
import type { AttributionKey } from './types';

type Key = AttributionKey<string, string>;

/** Three choice fields: the key offers one to three of the module's speakers. */
export const CHOICES = 3;

/** How a teacher writes an attribution item in the editor (Editor.svelte draws these fields). */
export const authoring: Authoring<Key> = {
	title: () => editorText().kindTitle,

	blank: (id) => ({
		kind: 'attribution',
		id,
		prompt: '',
		statement: { source: '', quote: '' },
		choices: [''],
		speaker: '',
		mode: 'direct-quote',
		evidence: [{ source: '', quote: '' }],
		explanation: ''
	}),

	toForm(key) {
		const values: FormValues = {
			prompt: key.prompt,
			...anchorFields(key.statement, 'statement'),
			speaker: key.speaker,
			mode: key.mode,
			explanation: key.explanation
		};
		for (let n = 0; n < CHOICES; n++) values[`choice.${n}`] = key.choices[n] ?? '';
		key.evidence.forEach((anchor, n) => Object.assign(values, anchorFields(anchor, `evidence.${n}`)));
		return values;
	},

	fromForm(form, id) {
		const fields = readForm(form);
		if (!fields.ok) return fields;
		const read = new FormReader(fields.key);
		const choices = Array.from({ length: CHOICES }, (_, n) => read.text(`choice.${n}`)).filter(Boolean);
		return read.checked(keySchema, {
			kind: 'attribution',
			id,
			prompt: read.text('prompt'),
			statement: read.anchor('statement'),
			choices,
			speaker: read.text('speaker'),
			mode: read.text('mode'),
			evidence: read.rows('evidence', 'quote').map((row) => read.anchor(row)),
			explanation: read.text('explanation')
		});
	}
};
