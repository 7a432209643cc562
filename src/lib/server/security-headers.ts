/*
 * Security headers for every response the app itself renders (pages, form
 * actions, data requests, the CSV export, errors and redirects), and
 * Cache-Control: private, no-store on each of them. The Content
 * Security Policy is not here: SvelteKit writes it (kit.csp in
 * svelte.config.js), because only SvelteKit knows each page's nonce.
 *
 * Files under static/ and build/client are served by adapter-node before any
 * hook runs, so they do not get these headers; see "Security headers" in
 * README.md for a proxy that adds them.
 */

import { SECRET_CACHE_CONTROL } from './secret-pages';

/** One year, without includeSubDomains: other hosts of a school's domain may still be plain HTTP. */
export const HSTS = 'max-age=31536000';

export const baseHeaders: Readonly<Record<string, string>> = {
	/*
	 * Pages carry names, answers, feedback and resume codes, and every learner
	 * of a class uses the same URLs (/a/<code>/items/3): no shared cache may
	 * keep them, and no browser may show a teacher's results again from its
	 * cache after signing out. A route that sets its own Cache-Control keeps it.
	 */
	'cache-control': 'private, no-store',
	'x-content-type-options': 'nosniff',
	'cross-origin-resource-policy': 'same-origin'
};

/*
 * These apply to a document the browser shows (an HTML page, or an error page), and the referrer policy also to a
 * redirect, whose target it governs. A page's data, an action's JSON answer or the CSV export is read by a script
 * or saved as a file: it is never framed, opens no window and has no referrer of its own. Sent with each of those
 * too, they cost about 180 bytes a response, each move from question to question (bench/RESULTS.md, "Moves, second
 * pass"); nosniff and the resource policy stay on every response, as they keep another site from reading it.
 */
export const documentHeaders: Readonly<Record<string, string>> = {
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Whether a response is a document or a redirect (which the document headers apply to), from its status and type. */
function isDocument(response: Response): boolean {
	if (response.status >= 300 && response.status < 400) return true;
	return /^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '');
}

/**
 * The headers a response to a request for `url` carries: HSTS only when the app is served over HTTPS, the
 * document headers only on a document or a redirect.
 */
export function securityHeadersFor(url: URL, document = true): Record<string, string> {
	return {
		...baseHeaders,
		...(document ? documentHeaders : {}),
		...(url.protocol === 'https:' ? { 'strict-transport-security': HSTS } : {})
	};
}

/**
 * Adds the headers to a response, keeping any the route set itself. A response
 * whose headers cannot be changed (one made by `Response.redirect` or `fetch`)
 * is copied first. `secret`: the response shows a secret (secret-pages.ts), so its
 * Cache-Control forbids compressing it too, whatever SvelteKit or the route set.
 */
export function withSecurityHeaders(response: Response, url: URL, secret = false): Response {
	const headers = securityHeadersFor(url, isDocument(response));
	const add = (target: Response) => {
		for (const [name, value] of Object.entries(headers)) {
			if (!target.headers.has(name)) target.headers.set(name, value);
		}
		if (secret) target.headers.set('cache-control', SECRET_CACHE_CONTROL);
		return target;
	};
	try {
		return add(response);
	} catch {
		return add(new Response(response.body, response));
	}
}
