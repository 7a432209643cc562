import { error, type Cookies } from '@sveltejs/kit';
import { findModule } from './content';
import { privateCookie } from './cookies';
import { db } from './db';
import { createAttempt, findAttempt, type Attempt } from './data/attempts';
import type { Scope } from './flow';

/*
 * Practice needs no login: the attempt's id sits in an HttpOnly cookie, one
 * per module, and the answers sit in the database, so a reload loses nothing.
 */
const cookieName = (moduleId: string) => `practice-${moduleId}`;

export function moduleOr404(id: string) {
	const module = findModule(id);
	if (!module) error(404, 'There is no module with that name.');
	return module;
}

export async function currentAttempt(cookies: Cookies, moduleId: string): Promise<Attempt | undefined> {
	const id = cookies.get(cookieName(moduleId));
	if (!id) return undefined;
	const attempt = await findAttempt(await db(), id);
	return attempt?.moduleId === moduleId && attempt.learnerId === null ? attempt : undefined;
}

export async function startAttempt(cookies: Cookies, url: URL, moduleId: string): Promise<Attempt> {
	const attempt = await createAttempt(await db(), moduleId);
	// HttpOnly, SameSite=Lax, and Secure wherever the app is served over HTTPS (cookies.ts).
	cookies.set(cookieName(moduleId), attempt.id, privateCookie(url, 60 * 60 * 24 * 60));
	return attempt;
}

/** Practice shows feedback after each item and is always open. */
export async function practiceScope(cookies: Cookies, moduleId: string): Promise<Scope | undefined> {
	const module = moduleOr404(moduleId);
	const attempt = await currentAttempt(cookies, module.id);
	return attempt && { module, attempt, review: 'after-item', accepting: true, closed: false };
}
