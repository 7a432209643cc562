import * as v from 'valibot';

/*
 * The shape of a response and when a part of it is right: apart from the
 * definition so that grading and the teacher's report (report.ts) share them
 * without importing each other.
 */

const ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50));
export const response = v.object({ asserters: ids, disputers: ids, reportedIn: ids });

export type DisputedClaimResponse = v.InferOutput<typeof response>;

/** A part is right when the learner chose exactly the key's set, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => {
	const left = new Set(a);
	const right = new Set(b);
	return left.size === right.size && [...left].every((x) => right.has(x));
};
