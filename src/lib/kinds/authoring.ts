import * as v from 'valibot';
import type { Anchor } from '$lib/quiz/types';
import type { Authored, FormValues } from './kind';

/*
 * Pieces every kind's authoring.ts uses: a posted editor form read as text fields (anything else is
 * refused), quotes read as anchors, and the key the kind builds checked by its keySchema. Lists are
 * numbered fields (`evidence.0.quote`), so that a form without JavaScript posts a fixed number of rows
 * and blank rows are dropped.
 */

/** More rows than any kind's list allows: a form asking for more is not the editor's. */
export const MAX_ROWS = 12;
const MAX_FIELDS = 400;
const MAX_CHARS = 10_000;

const formSchema = v.pipe(
	v.array(
		v.tuple([
			v.string(),
			v.pipe(
				v.string('every field must be text, not a file'),
				v.maxLength(MAX_CHARS, `a field may hold at most ${MAX_CHARS} characters`)
			)
		])
	),
	v.maxLength(MAX_FIELDS, 'the form has too many fields')
);

/** The form's fields as text, or why it is not an editor's form. */
export function readForm(form: FormData): Authored<FormValues> {
	const parsed = v.safeParse(formSchema, [...form.entries()]);
	if (!parsed.success) return { ok: false, problems: parsed.issues.map((issue) => issue.message) };
	const values: FormValues = {};
	// A field posted twice is not this editor's form either (each field has one input).
	for (const [name, value] of parsed.output) {
		if (name in values) return { ok: false, problems: [`the field "${name}" is sent twice`] };
		values[name] = value;
	}
	return { ok: true, key: values };
}

const occurrenceSchema = v.union(
	[v.literal(''), v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,3}$/), v.transform(Number))],
	'"occurrence" must be a whole number from 1, or empty'
);

/** Collects problems while a kind reads its fields, so that a form reports all of them at once. */
export class FormReader {
	readonly problems: string[] = [];
	constructor(readonly values: FormValues) {}

	/** A text field, trimmed; '' when absent. */
	text(name: string): string {
		return (this.values[name] ?? '').trim();
	}

	/** A quote: the document's words, with the white space a selection brings at its ends dropped. */
	anchor(prefix: string): Anchor {
		const source = this.text(`${prefix}.source`);
		const quote = this.text(`${prefix}.quote`);
		const occurrence = v.safeParse(occurrenceSchema, this.text(`${prefix}.occurrence`));
		if (!occurrence.success) {
			this.problems.push(`${prefix}: ${occurrence.issues[0].message}`);
			return { source, quote };
		}
		return occurrence.output === '' ? { source, quote } : { source, quote, occurrence: occurrence.output };
	}

	/** The numbered rows `prefix.0…` with something in `field`; blank rows are dropped. */
	rows(prefix: string, field: string): string[] {
		return Array.from({ length: MAX_ROWS }, (_, n) => `${prefix}.${n}`).filter((row) => this.text(`${row}.${field}`));
	}

	/** The key, checked by the kind's keySchema, or every problem met. */
	checked<Key>(schema: v.GenericSchema<unknown, Key>, key: unknown): Authored<Key> {
		if (this.problems.length) return { ok: false, problems: this.problems };
		const parsed = v.safeParse(schema, key);
		if (!parsed.success) {
			return {
				ok: false,
				problems: parsed.issues.map((issue) => {
					const path = (issue.path ?? []).map((step) => String(step.key)).join('.');
					return path && !issue.message.startsWith(`"${path}"`) ? `${path}: ${issue.message}` : issue.message;
				})
			};
		}
		return { ok: true, key: parsed.output };
	}
}

/** An anchor's fields under `prefix`. */
export function anchorFields(anchor: Anchor | undefined, prefix: string): FormValues {
	return {
		[`${prefix}.source`]: anchor?.source ?? '',
		[`${prefix}.quote`]: anchor?.quote ?? '',
		[`${prefix}.occurrence`]: anchor?.occurrence === undefined ? '' : String(anchor.occurrence)
	};
}

/** How many rows of a numbered list the editor shows: those filled, and `spare` blank ones to add more. */
export function rowCount(values: FormValues, prefix: string, spare: number, max = MAX_ROWS): number {
	let filled = 0;
	for (let n = 0; n < max; n++) {
		if (Object.keys(values).some((name) => name.startsWith(`${prefix}.${n}.`) && values[name].trim())) filled = n + 1;
	}
	return Math.min(max, filled + spare);
}
