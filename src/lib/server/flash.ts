import type { Cookies } from '@sveltejs/kit';
import { privateCookie } from './cookies';

/*
 * The name in "Ben was deleted", for the assignment's page after a learner is
 * deleted. It travels in a short-lived cookie of the teacher's, not in the URL:
 * a `?done=` notice is chosen by a fixed key so that no link can put words on
 * a teacher's page, and a name would be such words. Read, not taken: the page
 * reloads itself every few seconds, and the notice stays while `?done=deleted` does.
 */
const cookieName = (assignmentId: string) => `deleted-${assignmentId}`;

export function setDeletedName(cookies: Cookies, url: URL, assignmentId: string, name: string) {
	cookies.set(cookieName(assignmentId), name, privateCookie(url, 10 * 60));
}

/** The name of the learner last deleted from the assignment, within the last ten minutes. */
export const deletedName = (cookies: Cookies, assignmentId: string): string | undefined =>
	cookies.get(cookieName(assignmentId));
