import type { Authoring, FormValues } from '../kind';
import { FormReader, anchorFields, readForm } from '../authoring';
import { keySchema } from './schema';
import { editorText } from './editor-text';
import type { LoadedWordingKey } from './types';

type Key = LoadedWordingKey<string, string>;

/** A quote inside the passage (targets, defensible and not-loaded words): no report of its own. */
const words = (quote: { quote: string; occurrence?: number } | undefined, prefix: string): FormValues => {
	const { [`${prefix}.source`]: _, ...rest } = anchorFields(quote && { source: '', ...quote }, prefix);
	return rest;
};

function wordsAt(read: FormReader, prefix: string) {
	const { quote, occurrence } = read.anchor(prefix);
	return occurrence === undefined ? { quote } : { quote, occurrence };
}

/** How a teacher writes a loaded-wording item in the editor (Editor.svelte draws these fields). */
export const authoring: Authoring<Key> = {
	title: () => editorText().kindTitle,

	blank: (id) => ({
		kind: 'loaded-wording',
		id,
		prompt: '',
		passage: { source: '', quote: '' },
		targets: [{ quote: '', connotes: '', neutral: '', voice: 'outlet' }],
		explanation: ''
	}),

	toForm(key) {
		const values: FormValues = {
			prompt: key.prompt,
			...anchorFields(key.passage, 'passage'),
			explanation: key.explanation
		};
		key.targets.forEach((target, n) => {
			Object.assign(values, words(target, `targets.${n}`), {
				[`targets.${n}.connotes`]: target.connotes,
				[`targets.${n}.neutral`]: target.neutral,
				[`targets.${n}.voice`]: target.voice,
				[`targets.${n}.whose`]: target.whose ?? ''
			});
		});
		for (const list of ['defensible', 'notLoaded'] as const) {
			(key[list] ?? []).forEach((word, n) => {
				Object.assign(values, words(word, `${list}.${n}`), { [`${list}.${n}.explanation`]: word.explanation });
			});
		}
		return values;
	},

	fromForm(form, id) {
		const fields = readForm(form);
		if (!fields.ok) return fields;
		const read = new FormReader(fields.key);
		const targets = read.rows('targets', 'quote').map((row) => {
			const voice = read.text(`${row}.voice`);
			// The outlet's own word names no speaker: a speaker left chosen from before is not part of it.
			const whose = voice === 'outlet' ? {} : { whose: read.text(`${row}.whose`) };
			return {
				...wordsAt(read, row),
				connotes: read.text(`${row}.connotes`),
				neutral: read.text(`${row}.neutral`),
				voice,
				...whose
			};
		});
		const explained = (list: string) =>
			read.rows(list, 'quote').map((row) => ({ ...wordsAt(read, row), explanation: read.text(`${row}.explanation`) }));
		const defensible = explained('defensible');
		const notLoaded = explained('notLoaded');
		return read.checked(keySchema, {
			kind: 'loaded-wording',
			id,
			prompt: read.text('prompt'),
			passage: read.anchor('passage'),
			targets,
			...(defensible.length ? { defensible } : {}),
			...(notLoaded.length ? { notLoaded } : {}),
			explanation: read.text('explanation')
		});
	}
};
