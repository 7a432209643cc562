/*
 * One rule for every cookie the app sets: HttpOnly (no script reads it),
 * SameSite=Lax (not sent with another site's form posts), and Secure whenever
 * the app is served over HTTPS, so that a school server on plain HTTP still works.
 */

/** Whether the request reached the app over HTTPS, as SvelteKit sees it (ORIGIN, or adapter-node's PROTOCOL_HEADER). */
export const servedOverHttps = (url: URL) => url.protocol === 'https:';

export interface PrivateCookieOptions {
	path: '/';
	httpOnly: true;
	sameSite: 'lax';
	secure: boolean;
	maxAge: number;
}

/** Options for the practice-* and learner-* cookies, which hold a secret token each. */
export function privateCookie(url: URL, maxAge: number): PrivateCookieOptions {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: servedOverHttps(url), maxAge };
}

/**
 * Whether better-auth marks the teacher's session cookie Secure (and names it
 * `__Secure-…`). better-auth decides once, at start, so it follows the public
 * ORIGIN: https:// there means Secure; unset or http:// means a plain cookie.
 * Left to itself it would look at NODE_ENV when ORIGIN is unset, and a
 * `__Secure-` cookie sent over plain HTTP is dropped by the browser.
 */
export function authUsesSecureCookies(origin: string | undefined): boolean {
	if (!origin) return false;
	try {
		return new URL(origin).protocol === 'https:';
	} catch {
		return false;
	}
}

/** The start of the name of every cookie better-auth sets (after `__Secure-`): set in auth.ts, read in hooks.server.ts. */
export const AUTH_COOKIE_PREFIX = 'better-auth';

/**
 * Whether a request may carry a teacher's session: it has a cookie of
 * better-auth's. Learners and visitors send none, and for them the session
 * look-up (better-auth builds a whole request context to find no cookie) is
 * skipped: it was 4 % of the server's time while learners saved answers.
 */
export function mayHaveSession(cookies: ReadonlyArray<{ name: string }>): boolean {
	return cookies.some(({ name }) => name.replace(/^__Secure-/, '').startsWith(`${AUTH_COOKIE_PREFIX}.`));
}
