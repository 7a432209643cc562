import * as v from 'valibot';
import { kindOf, type Item } from './registry';

export type Checked = { ok: true; answer: unknown } | { ok: false; message: string };

/** Parses a posted form against the item's kind: a malformed or forged answer is refused, with the reason. */
export function checkResponse(item: Item, form: FormData): Checked {
	const kind = kindOf(item);
	const parsed = v.safeParse(kind.response, kind.fromForm(form));
	if (!parsed.success) return { ok: false, message: parsed.issues[0].message };
	const misfit = kind.fits(kind.publicView(item), parsed.output);
	return misfit ? { ok: false, message: misfit } : { ok: true, answer: parsed.output };
}
