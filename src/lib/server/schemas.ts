import * as v from 'valibot';
import { reviewModes, type ReviewMode } from '$lib/teaching/types';
import { defaultGrading, gradingMethods, type GradingMethod } from '$lib/teaching/policy';
import { cleanName } from '$lib/teaching/names';
import { normalizeCode } from '$lib/teaching/codes';

/*
 * Every form a person can post is parsed here, with messages meant for them.
 * Parse form data with `parseForm`, which turns FormData into a plain object.
 */

const text = (max: number, what: string) =>
	v.pipe(
		v.string(`${what} is missing.`),
		v.transform((s) => cleanName(s)),
		v.nonEmpty(`${what} is missing.`),
		v.maxLength(max, `${what} is too long (at most ${max} characters).`),
		// Control characters have no place in a name and only confuse displays and exports.
		v.regex(/^[^\p{Cc}\p{Cf}]*$/u, `${what} has characters that cannot be shown.`)
	);

export const email = v.pipe(
	v.string('E-mail is missing.'),
	v.trim(),
	v.toLowerCase(),
	v.maxLength(254, 'That e-mail address is too long.'),
	v.email('That does not look like an e-mail address.')
);

const password = v.pipe(
	v.string('Password is missing.'),
	v.minLength(10, 'The password needs at least 10 characters.'),
	v.maxLength(128, 'The password is too long (at most 128 characters).')
);

export const signUpForm = v.object({ name: text(80, 'Your name'), email, password });
export const signInForm = v.object({ email, password: v.pipe(v.string('Password is missing.'), v.maxLength(128)) });

export const classForm = v.object({ name: text(80, 'The class name') });

/**
 * A time as a datetime-local field sends it (without JavaScript) or as toISOString() writes it (with it).
 * Nothing looser: Date.parse reads "1", "0" or "%00" as a year and would open or close an assignment in 2001.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

const optionalTime = v.pipe(
	v.optional(v.string(), ''),
	v.transform((s) => s.trim()),
	v.check((s) => s === '' || (DATE_TIME.test(s) && !Number.isNaN(Date.parse(s))), 'That is not a date and time.'),
	v.transform((s) => (s === '' ? null : new Date(s).toISOString()))
);

const attemptsAllowed = v.pipe(
	v.string('Say how many attempts are allowed.'),
	v.transform(Number),
	v.integer('Attempts must be a whole number.'),
	v.minValue(1, 'Allow at least one attempt.'),
	v.maxValue(20, 'At most 20 attempts.')
);

const closesAfterOpening = (a: { opensAt: string | null; closesAt: string | null }) =>
	!a.opensAt || !a.closesAt || a.opensAt < a.closesAt;
const CLOSES_AFTER_OPENING = 'The assignment must close after it opens.';

export const assignmentForm = v.pipe(
	v.object({
		moduleId: v.pipe(v.string('Choose a module.'), v.maxLength(100)),
		opensAt: optionalTime,
		closesAt: optionalTime,
		attemptsAllowed,
		review: v.picklist(Object.keys(reviewModes) as ReviewMode[], 'Choose when learners see feedback.'),
		// Left out (a form from before the choice existed, a script): the default. Anything else must be one offered.
		grading: v.pipe(
			v.optional(v.string(), ''),
			v.transform((s) => s || defaultGrading),
			v.picklist(Object.keys(gradingMethods) as GradingMethod[], 'Choose which attempt counts.')
		)
	}),
	v.check((a) => closesAfterOpening(a), CLOSES_AFTER_OPENING)
);

/**
 * What may change once learners have started: when they can answer, and how
 * many attempts they get. The module and the review mode stay, because the
 * answers already given were taken (final or as drafts) under them.
 */
export const scheduleForm = v.pipe(
	v.object({ opensAt: optionalTime, closesAt: optionalTime, attemptsAllowed }),
	v.check((a) => closesAfterOpening(a), CLOSES_AFTER_OPENING)
);

export const joinForm = v.object({
	code: v.pipe(v.string('Enter the code.'), v.maxLength(20, 'That code is too long.'), v.transform(normalizeCode)),
	// A learner's name is plain text: markup ("<script>…") is refused, not just escaped.
	name: v.pipe(text(40, 'Your name'), v.regex(/^[^<>]*$/, 'Your name cannot contain < or >.')),
	resume: v.pipe(
		v.optional(v.string(), ''),
		v.maxLength(20, 'That resume code is too long.'),
		v.transform(normalizeCode)
	)
});

/** FormData to a plain object: one value per field, or all values for fields listed in `many`. */
export function formObject(form: FormData, many: string[] = []): Record<string, unknown> {
	// Own properties only: a field named "__proto__" (with a file in it) must not become the object's prototype.
	return Object.fromEntries([...new Set(form.keys())].map((key) => [key, many.includes(key) ? form.getAll(key) : form.get(key)]));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The fields an object schema names, looking inside a pipe. */
function fieldsOf(schema: v.GenericSchema): string[] {
	const root = 'pipe' in schema ? (schema.pipe as v.GenericSchema[])[0] : schema;
	return 'entries' in root ? Object.keys(root.entries as object) : [];
}

/**
 * Parses a form against a schema. A field left out counts as empty, so a
 * forged or truncated form gets the field's own message ("The class name is
 * missing.") rather than valibot's "Invalid key".
 */
export function parseForm<S extends v.GenericSchema>(schema: S, form: FormData): Parsed<v.InferOutput<S>> {
	const input = formObject(form);
	for (const field of fieldsOf(schema)) input[field] ??= '';
	const result = v.safeParse(schema, input);
	return result.success ? { ok: true, value: result.output } : { ok: false, message: result.issues[0].message };
}

/** A destructive action is taken only with its box ticked, so a stray click or a resent form deletes nothing. */
export const confirmForm = v.object({
	confirm: v.literal('yes', 'Tick the box to confirm that you want to delete it.')
});

/** Starting practice over throws the answers on this device away, so it is done only with its box ticked. */
export const restartForm = v.object({
	confirm: v.literal('yes', 'Tick the box to confirm that you want to start again.')
});
