import type { Authoring, FormValues } from '../kind';
import { FormReader, anchorFields, readForm } from '../authoring';
import { keySchema } from './schema';
import { editorText } from './editor-text';
import type { DisputedClaimKey } from './types';

type Key = DisputedClaimKey<string, string>;

/*
 * Parties (speakers and `outlet:<report>`) and reports are ticked, one checkbox field each
 * (`choice.holt`, `asserter.holt`, `reportedIn.gazette`), so that a form without JavaScript posts
 * them and each field is posted once. Lists keep the order of the form's fields.
 */
const ON = 'on';
const ticked = (read: FormReader, prefix: string) =>
	Object.keys(read.values)
		.filter((name) => name.startsWith(`${prefix}.`) && read.values[name] === ON)
		.map((name) => name.slice(prefix.length + 1));
const ticks = (ids: readonly string[], prefix: string): FormValues =>
	Object.fromEntries(ids.map((id) => [`${prefix}.${id}`, ON]));

/** How a teacher writes a disputed-claim item in the editor (Editor.svelte draws these fields). */
export const authoring: Authoring<Key> = {
	title: () => editorText().kindTitle,

	blank: (id) => ({
		kind: 'disputed-claim',
		id,
		prompt: '',
		claim: '',
		choices: [''],
		asserters: [''],
		disputers: [],
		reportedIn: [],
		evidence: [{ source: '', quote: '' }],
		explanation: ''
	}),

	toForm(key) {
		const values: FormValues = {
			prompt: key.prompt,
			claim: key.claim,
			...ticks(key.choices.filter(Boolean), 'choice'),
			...ticks(key.asserters.filter(Boolean), 'asserter'),
			...ticks(key.disputers, 'disputer'),
			...ticks(key.reportedIn, 'reportedIn'),
			explanation: key.explanation
		};
		key.evidence.forEach((anchor, n) => Object.assign(values, anchorFields(anchor, `evidence.${n}`)));
		return values;
	},

	fromForm(form, id) {
		const fields = readForm(form);
		if (!fields.ok) return fields;
		const read = new FormReader(fields.key);
		return read.checked(keySchema, {
			kind: 'disputed-claim',
			id,
			prompt: read.text('prompt'),
			claim: read.text('claim'),
			choices: ticked(read, 'choice'),
			asserters: ticked(read, 'asserter'),
			disputers: ticked(read, 'disputer'),
			reportedIn: ticked(read, 'reportedIn'),
			evidence: read.rows('evidence', 'quote').map((row) => read.anchor(row)),
			explanation: read.text('explanation')
		});
	}
};
