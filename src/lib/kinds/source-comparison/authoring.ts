import type { Authoring, FormValues } from '../kind';
import { FormReader, anchorFields, readForm } from '../authoring';
import { keySchema } from './schema';
import { editorText } from './editor-text';
import type { SourceComparisonKey } from './types';

type Key = SourceComparisonKey<string, string>;

/** A statement's id: kept from the key in a hidden field; a new statement is named by its place. */
const idOf = (read: FormReader, row: string, n: number) => read.text(`${row}.id`) || `statement-${n + 1}`;

/** How a teacher writes a source-comparison item in the editor (Editor.svelte draws these fields). */
export const authoring: Authoring<Key> = {
	title: () => editorText().kindTitle,

	blank: (id) => ({
		kind: 'source-comparison',
		id,
		prompt: '',
		statements: [{ id: 'statement-1', text: '', in: [], evidence: [], explanation: '' }],
		explanation: ''
	}),

	toForm(key) {
		const values: FormValues = { prompt: key.prompt, explanation: key.explanation };
		key.statements.forEach((statement, n) => {
			const row = `statements.${n}`;
			Object.assign(values, {
				[`${row}.id`]: statement.id,
				[`${row}.text`]: statement.text,
				[`${row}.explanation`]: statement.explanation
			});
			for (const source of statement.in) values[`${row}.in.${source}`] = 'on';
			statement.evidence.forEach((anchor, m) => Object.assign(values, anchorFields(anchor, `${row}.evidence.${m}`)));
		});
		return values;
	},

	fromForm(form, id) {
		const fields = readForm(form);
		if (!fields.ok) return fields;
		const read = new FormReader(fields.key);
		const statements = read.rows('statements', 'text').map((row, n) => ({
			id: idOf(read, row, n),
			text: read.text(`${row}.text`),
			in: Object.keys(read.values)
				.filter((name) => name.startsWith(`${row}.in.`) && read.values[name] === 'on')
				.map((name) => name.slice(`${row}.in.`.length)),
			evidence: read.rows(`${row}.evidence`, 'quote').map((anchor) => read.anchor(anchor)),
			explanation: read.text(`${row}.explanation`)
		}));
		return read.checked(keySchema, {
			kind: 'source-comparison',
			id,
			prompt: read.text('prompt'),
			statements,
			explanation: read.text('explanation')
		});
	}
};
