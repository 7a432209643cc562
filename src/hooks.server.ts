import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { modules } from '$lib/server/content';
import { services } from '$lib/server/services';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { showsSecret } from '$lib/server/secret-pages';
import { isTeacherRoute } from '$lib/server/teacher';
import { db } from '$lib/server/db/app';
import { learnerLocals } from '$lib/server/learner-locals';
import { mayHaveSession } from '$lib/server/cookies';
import { inRequestLocale } from '$lib/server/request-locale';
import { messagesBlock } from '$lib/server/page-messages';
import { teacherArea } from '$lib/i18n/page/areas';

/* Fail at start, not in front of a learner: a broken module or database stops the server here. */
export const init: ServerInit = async () => {
	modules();
	await services();
};

/**
 * SvelteKit looks a named action up on the page's actions object as it is, so a
 * forged name reaches Object's own methods: `?/__proto__`, `?/constructor` or
 * `?/valueOf` ended in a 500, `?/toString` in a 200, and `?/default` throws.
 * No action of this app has such a name; those requests are not found.
 */
function forgedActionName(url: URL): boolean {
	for (const [key] of url.searchParams) {
		if (key.startsWith('/')) return key === '/default' || key.slice(1) in Object.prototype;
	}
	return false;
}

/** A forged action name is a 404 before SvelteKit looks it up. */
const refuseForgedActions: Handle = ({ event, resolve }) =>
	event.request.method === 'POST' && forgedActionName(event.url)
		? new Response('There is no such action.', { status: 404 })
		: resolve(event);

/**
 * nosniff, referrer policy, no framing, no camera, HSTS over HTTPS… on every response the app renders (the ones for
 * documents on documents); no compression of a page that shows a resume code (secret-pages.ts).
 */
const securityHeaders: Handle = async ({ event, resolve }) =>
	withSecurityHeaders(await resolve(event), event.url, showsSecret(event.route.id));

/**
 * The teacher is read once here; pages and actions take it from `locals`. A request without any of
 * better-auth's cookies (a learner's, a visitor's) has no session to read, and is not looked up.
 *
 * better-auth's own HTTP endpoints (/api/auth/*) are deliberately not served:
 * every sign-in, sign-up and sign-out goes through the app's forms, which
 * validate the input and count failures against the rate limits
 * (rate-limit.ts). Served, those endpoints would let anyone guess passwords
 * or create accounts with no limit and no validation.
 */
const teacher: Handle = async ({ event, resolve }) => {
	const session = mayHaveSession(event.cookies.getAll())
		? await (await services()).auth.api.getSession({ headers: event.request.headers })
		: null;
	event.locals.teacher = session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;

	// Everything under /teach, loads and form actions alike, needs a signed-in teacher. Decided by the
	// route SvelteKit matched, not the raw path: it matches on the decoded path, so "/%74each/…" is a
	// teacher page too. (Every /teach load and action checks for itself as well: teacherId() in
	// src/lib/server/teacher.ts, and the layout in src/routes/teach.)
	if (isTeacherRoute(event.route.id) && !event.locals.teacher) {
		if (event.request.method === 'GET') {
			// A response rather than a thrown redirect, so that the security headers are added to it too.
			const next = encodeURIComponent(event.url.pathname + event.url.search);
			return new Response(null, { status: 303, headers: { location: `/login?next=${next}` } });
		}
		return new Response('Sign in first.', { status: 401 });
	}
	return resolve(event);
};

/**
 * The learner is looked up once per request, on first use, however many loads and actions ask: a page's
 * data runs its layout's load and its own, and each used to find the assignment, the learner and their
 * attempts again. Lazily, so that a 404 or a redirect to the join page is thrown where +error.svelte shows it.
 */
const learner: Handle = async ({ event, resolve }) => {
	const code = event.params.code;
	const store = code !== undefined && event.route.id?.startsWith('/a/[code]') ? await db() : null;
	event.locals.learner =
		store && code !== undefined
			? learnerLocals(store, event.cookies, code)
			: () => Promise.reject(new Error(`No learner is looked up on ${event.route.id}.`));
	return resolve(event);
};

/**
 * The interface's language for this request (the cookie, else Accept-Language, else English: src/lib/i18n/options.js):
 * Paraglide keeps it for the request's messages, the page's <html lang> says it (app.html's %lang%), and the page
 * carries the messages its scripts need in it (%messages%: src/lib/server/page-messages.ts). A signed-in teacher's
 * pages carry the teacher's messages wherever they are, as the header links to the teacher's pages.
 * (Paraglide's paraglideMiddleware would copy every request first, a posted form's body too: request-locale.ts.)
 */
const language: Handle = ({ event, resolve }) =>
	inRequestLocale(event.request, event.url, (locale) =>
		resolve(event, {
			transformPageChunk: ({ html }) => {
				const messages = messagesBlock(locale, teacherArea(event.route.id) || Boolean(event.locals.teacher));
				return html
					.replace('%lang%', locale)
					.replace('%messages.attributes%', messages.attributes)
					.replace('%messages%', () => messages.json);
			}
		})
	);

export const handle: Handle = sequence(securityHeaders, language, refuseForgedActions, teacher, learner);

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
