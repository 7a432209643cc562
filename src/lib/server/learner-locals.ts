import type { Cookies } from '@sveltejs/kit';
import type { DB } from './db/index';
import { assignmentOr404, learnerIn, type LearnerSession } from './classroom';
import type { Assignment } from '$lib/teaching/types';

/** Who is asking on an assignment's pages: the assignment, and the learner on this device if they joined. */
export interface LearnerLookup {
	assignment: Assignment;
	session: LearnerSession | null;
}

/**
 * The lookup for one request, made on first use and shared by every load and
 * action of that request (a page's data runs the layout's load and the page's
 * side by side). It is never stale for a load: every action that changes the
 * learner's place answers with a redirect, so no load of the same request
 * follows it; a refused one changed nothing.
 */
export function learnerLocals(db: DB, cookies: Cookies, code: string): () => Promise<LearnerLookup> {
	let found: Promise<LearnerLookup> | undefined;
	return () =>
		(found ??= (async () => {
			const assignment = await assignmentOr404(db, code);
			return { assignment, session: await learnerIn(db, cookies, assignment) };
		})());
}
