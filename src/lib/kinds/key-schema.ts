import * as v from 'valibot';

/*
 * Pieces of the kinds' key schemas (each kind's schema.ts): a key written as data, by the editor or
 * an archive, is checked against these before the compile step trusts its shape. They check shape
 * only; which ids exist and where quotes are is the compile step's (resolve), so that a key.ts and
 * a key held as data meet the same rules with the same messages.
 */

/**
 * A key object whose fields are all its schema's: a field left out gets the compile step's message for
 * a missing prompt or explanation, and a field it does not know (a typo: "explaination") is refused.
 */
export const strict = <T extends v.ObjectEntries>(entries: T) =>
	v.strictObject(entries, (issue) =>
		issue.received === 'undefined'
			? `${issue.expected} is missing or empty`
			: issue.expected === 'never'
				? `${issue.received} is not a field here`
				: `must be an object, not ${issue.received}`
	);

/** A text field the compile step requires: missing or not text gets the compile step's own message. */
export const text = (field: string) => v.string(`"${field}" is missing or empty`);

/** Any string, for ids whose meaning the compile step checks. */
export const id = (field: string) => v.string(`"${field}" must be text`);

/** An author's pointer into a document (`Anchor` in $lib/quiz/types). */
export const anchor = strict({
	source: id('source'),
	quote: v.string('"quote" must be text'),
	occurrence: v.optional(
		v.pipe(v.number('"occurrence" must be a number'), v.integer('"occurrence" must be a whole number'), v.minValue(1))
	)
});

/** A non-empty list: TypeScript's `[T, ...T[]]` (its length checked first, for a message that says so). */
export const nonEmpty = <T extends v.GenericSchema>(item: T, field: string) => {
	const message = `"${field}" must be a list with at least one entry`;
	return v.pipe(v.array(v.unknown(), message), v.minLength(1, message), v.tupleWithRest([item], item, message));
};

/** A list: TypeScript's `T[]`. */
export const list = <T extends v.GenericSchema>(item: T, field: string) => v.array(item, `"${field}" must be a list`);

/** What every item's key starts with, after its `kind`. */
export const itemBase = <K extends string>(kind: K) => ({
	kind: v.literal(kind),
	id: id('id'),
	prompt: text('prompt')
});
