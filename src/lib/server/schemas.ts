import { m } from '$lib/paraglide/messages';
import * as v from 'valibot';
import { reviewModes, type ReviewMode } from '$lib/teaching/types';
import { defaultGrading, gradingMethods, type GradingMethod } from '$lib/teaching/policy';
import { cleanName, showable } from '$lib/teaching/names';
import { normalizeCode } from '$lib/teaching/codes';
import { dateTimeProblem, FIRST_YEAR, LAST_YEAR } from '$lib/teaching/time';
import { ASSIGNMENT_NAME_MAX, isTimeZone } from '$lib/teaching/assignment-name';
import { questions } from '$lib/quiz/format';
import { passwordProblem } from './password-policy';

/*
 * Every form a person can post is parsed here, with messages meant for them.
 * Parse form data with `parseForm`, which turns FormData into a plain object.
 */

/** `what` names the field in the request's language ("Your name"); messages are functions, read when a form fails. */
const text = (max: number, what: () => string) =>
	v.pipe(
		v.string(() => m.srv_missing({ what: what() })),
		v.transform((s) => cleanName(s)),
		v.nonEmpty(() => m.srv_missing({ what: what() })),
		v.maxLength(max, () => m.srv_too_long({ what: what(), max })),
		// Control and invisible format characters have no place in a name (names.ts says which joiners do).
		v.check(showable, () => m.srv_unshowable({ what: what() }))
	);

export const email = v.pipe(
	v.string(m.t_email_missing),
	v.trim(),
	v.toLowerCase(),
	v.maxLength(254, m.t_email_too_long),
	v.email(m.t_email_invalid)
);

/** A new password: long enough and none of the commonest (password-policy.ts); the name and e-mail are checked with the form. */
const newPassword = (missing: () => string = m.t_password_missing) =>
	v.pipe(
		v.string(missing),
		v.rawCheck(({ dataset, addIssue }) => {
			const problem = dataset.typed ? passwordProblem(dataset.value) : null;
			if (problem) addIssue({ message: problem });
		})
	);

export const signUpForm = v.pipe(
	v.object({ name: text(80, m.t_your_name), email, password: newPassword() }),
	// Not the teacher's own name or e-mail address, which a guesser tries first.
	v.rawCheck(({ dataset, addIssue }) => {
		const problem = dataset.typed ? passwordProblem(dataset.value.password, dataset.value) : null;
		if (problem) addIssue({ message: problem });
	})
);

/** Changing one's password: the current one (checked by better-auth), and the new one twice. */
export const changePasswordForm = (account: { name: string; email: string }) =>
	v.pipe(
		v.object({
			currentPassword: v.pipe(
				v.string(m.t_current_password_missing),
				v.nonEmpty(m.t_current_password_missing),
				v.maxLength(128)
			),
			newPassword: newPassword(m.t_new_password_missing),
			repeatPassword: v.string(m.t_repeat_password)
		}),
		v.check((f) => f.newPassword === f.repeatPassword, m.t_passwords_differ),
		v.check((f) => f.newPassword !== f.currentPassword, m.t_password_unchanged),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const problem = passwordProblem(dataset.value.newPassword, account);
			if (problem) addIssue({ message: problem });
		})
	);

export const signInForm = v.object({ email, password: v.pipe(v.string(m.t_password_missing), v.maxLength(128)) });

export const classForm = v.object({ name: text(80, m.t_the_class_name) });

/** A time typed in a datetime-local field or sent as an ISO instant (time.ts); empty for none. */
const optionalTime = v.pipe(
	v.optional(v.string(), ''),
	v.transform((s) => s.trim()),
	v.check((s) => s === '' || dateTimeProblem(s) !== 'not-a-time', m.t_not_a_time),
	v.check((s) => s === '' || dateTimeProblem(s) !== 'no-such-time', m.t_no_such_time),
	v.check(
		(s) => s === '' || dateTimeProblem(s) !== 'out-of-range',
		() => m.t_year_range({ first: FIRST_YEAR, last: LAST_YEAR })
	),
	v.transform((s) => (s === '' ? null : new Date(s).toISOString()))
);

const attemptsAllowed = v.pipe(
	v.string(m.t_say_attempts),
	v.nonEmpty(m.t_say_attempts),
	// Digits only: Number() would read "1e1" as 10, "0x2" as 2 and " 2 " as 2.
	v.regex(/^\d+$/, m.t_attempts_whole),
	v.regex(/^\d{1,2}$/, m.t_attempts_max),
	v.transform(Number),
	v.minValue(1, m.t_attempts_min),
	v.maxValue(20, m.t_attempts_max)
);

const closesAfterOpening = (a: { opensAt: string | null; closesAt: string | null }) =>
	!a.opensAt || !a.closesAt || a.opensAt < a.closesAt;
const CLOSES_AFTER_OPENING = m.t_closes_after_opening;

const ASSIGNMENT_NAME = m.t_assignment_name;

/** Renaming an assignment: a name is needed (an empty one would leave two rows alike again). */
export const assignmentNameForm = v.object({ name: text(ASSIGNMENT_NAME_MAX, ASSIGNMENT_NAME) });

/**
 * The time zone the browser sends with a form (JavaScript adds it), in which
 * dates the server writes are read; null when none was sent, for the
 * server's own zone, which is what the pages show without JavaScript.
 */
export const timeZone = v.pipe(
	v.optional(v.string(), ''),
	v.check((zone) => zone === '' || isTimeZone(zone), m.t_unknown_zone),
	v.transform((zone) => zone || null)
);

export const assignmentForm = v.pipe(
	v.object({
		moduleId: v.pipe(v.string(m.t_choose_module), v.maxLength(100)),
		// Optional: left empty, the name is the module's title and today's date (assignment-name.ts).
		name: v.pipe(
			v.optional(v.string(), ''),
			v.transform((s) => cleanName(s)),
			v.maxLength(ASSIGNMENT_NAME_MAX, () => m.srv_too_long({ what: ASSIGNMENT_NAME(), max: ASSIGNMENT_NAME_MAX })),
			v.check(showable, () => m.srv_unshowable({ what: ASSIGNMENT_NAME() })),
			v.transform((s) => s || null)
		),
		zone: timeZone,
		opensAt: optionalTime,
		closesAt: optionalTime,
		attemptsAllowed,
		review: v.picklist(Object.keys(reviewModes) as ReviewMode[], m.t_choose_review),
		// Left out (a form from before the choice existed, a script): the default. Anything else must be one offered.
		grading: v.pipe(
			v.optional(v.string(), ''),
			v.transform((s) => s || defaultGrading),
			v.picklist(Object.keys(gradingMethods) as GradingMethod[], m.t_choose_grading)
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
	code: v.pipe(v.string(m.srv_enter_code), v.maxLength(20, m.srv_code_too_long), v.transform(normalizeCode)),
	// A learner's name is plain text: markup ("<script>…") is refused, not just escaped.
	name: v.pipe(text(40, m.srv_your_name), v.regex(/^[^<>]*$/, m.srv_name_markup)),
	resume: v.pipe(v.optional(v.string(), ''), v.maxLength(20, m.srv_resume_too_long), v.transform(normalizeCode))
});

/** FormData to a plain object: one value per field, or all values for fields listed in `many`. */
export function formObject(form: FormData, many: string[] = []): Record<string, unknown> {
	// Own properties only: a field named "__proto__" (with a file in it) must not become the object's prototype.
	return Object.fromEntries(
		[...new Set(form.keys())].map((key) => [key, many.includes(key) ? form.getAll(key) : form.get(key)])
	);
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
export function parseForm<S extends v.GenericSchema>(
	schema: S,
	form: FormData,
	many: string[] = []
): Parsed<v.InferOutput<S>> {
	const input = formObject(form, many);
	for (const field of fieldsOf(schema)) input[field] ??= '';
	const result = v.safeParse(schema, input);
	return result.success ? { ok: true, value: result.output } : { ok: false, message: result.issues[0].message };
}

/** A destructive action is taken only with its box ticked, so a stray click or a resent form deletes nothing. */
export const confirmForm = v.object({
	confirm: v.literal('yes', m.t_confirm_delete)
});

/** Learners ticked for removal: their ids (a list the page made), with the box ticked that says so. */
export const removeSelectedForm = v.object({
	learner: v.pipe(
		v.array(v.pipe(v.string(m.t_not_a_learner), v.uuid(m.t_not_a_learner)), m.t_tick_learners),
		v.minLength(1, m.t_tick_learners),
		v.maxLength(10_000, m.t_too_many_learners)
	),
	confirm: v.literal('yes', m.t_confirm_remove)
});

/**
 * Submitting an attempt makes it final. With questions unanswered (each then
 * counts 0 points) it takes a ticked “Submit with N questions unanswered”, so
 * that one click on the overview cannot end an attempt half-way; with every
 * question answered it takes nothing more.
 */
export function submitForm(unanswered: number) {
	if (unanswered === 0) return v.object({});
	const what = questions(unanswered);
	return v.object({
		confirm: v.literal('yes', () =>
			unanswered === 1 ? m.srv_submit_confirm_one({ what }) : m.srv_submit_confirm_many({ what })
		)
	});
}

/** Starting practice over throws the answers on this device away, so it is done only with its box ticked. */
export const restartForm = v.object({
	confirm: v.literal('yes', m.srv_restart_confirm)
});
