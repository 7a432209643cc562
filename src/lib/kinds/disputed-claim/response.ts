import * as v from 'valibot';

/*
 * The shape of a response: apart from the definition so that grading and the
 * teacher's report (report.ts) share it without importing each other.
 */

const ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50));
export const response = v.object({ asserters: ids, disputers: ids, reportedIn: ids });

export type DisputedClaimResponse = v.InferOutput<typeof response>;
