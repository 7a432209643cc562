import type { Authoring, FormValues } from '../kind';
import { FormReader, anchorFields, readForm } from '../authoring';
import { keySchema } from './schema';
import { editorText } from './editor-text';
import type { ProvenanceKey } from './types';

type Key = ProvenanceKey<string, string>;

/** How a teacher writes a provenance item in the editor (Editor.svelte draws these fields). */
export const authoring: Authoring<Key> = {
	title: () => editorText().kindTitle,

	blank: (id) => ({
		kind: 'provenance',
		id,
		prompt: '',
		observations: [{ id: 'sign-1', at: { source: '', quote: '' }, category: 'ordinary', explanation: '' }],
		explanation: ''
	}),

	toForm(key) {
		const values: FormValues = { prompt: key.prompt, explanation: key.explanation };
		key.observations.forEach((observation, n) => {
			const row = `observations.${n}`;
			Object.assign(values, anchorFields(observation.at, `${row}.at`), {
				[`${row}.id`]: observation.id,
				[`${row}.category`]: observation.category,
				[`${row}.explanation`]: observation.explanation
			});
		});
		return values;
	},

	fromForm(form, id) {
		const fields = readForm(form);
		if (!fields.ok) return fields;
		const read = new FormReader(fields.key);
		const observations = read.rows('observations', 'at.quote').map((row, n) => ({
			// Kept from the key in a hidden field; a new observation is named by its place.
			id: read.text(`${row}.id`) || `sign-${n + 1}`,
			at: read.anchor(`${row}.at`),
			category: read.text(`${row}.category`),
			explanation: read.text(`${row}.explanation`)
		}));
		return read.checked(keySchema, {
			kind: 'provenance',
			id,
			prompt: read.text('prompt'),
			observations,
			explanation: read.text('explanation')
		});
	}
};
