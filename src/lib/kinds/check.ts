import * as v from 'valibot';
import type { Grade } from './kind';
import { kindOf, type Item, type ItemResponse } from './registry';

export type Checked = { ok: true; answer: ItemResponse } | { ok: false; message: string };

/** Parses a posted form against the item's kind: a malformed or forged answer is refused, with the reason. */
export function checkResponse(item: Item, form: FormData): Checked {
	const kind = kindOf(item);
	const parsed = v.safeParse(kind.response, kind.fromForm(form));
	if (!parsed.success) return { ok: false, message: parsed.issues[0].message };
	const misfit = kind.fits(kind.publicView(item), parsed.output);
	return misfit ? { ok: false, message: misfit } : { ok: true, answer: parsed.output as ItemResponse };
}

export type CheckedAndGraded =
	{ ok: true; answer: ItemResponse; grade: Grade<unknown> } | { ok: false; message: string };

/**
 * A posted answer parsed once and graded once: the checked value goes straight to the kind's
 * `gradeChecked`, never through `grade`, which would parse it again.
 */
export function checkAndGrade(item: Item, form: FormData): CheckedAndGraded {
	const checked = checkResponse(item, form);
	if (!checked.ok) return checked;
	return { ok: true, answer: checked.answer, grade: kindOf(item).gradeChecked(item, checked.answer) };
}
