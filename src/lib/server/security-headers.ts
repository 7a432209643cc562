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
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

/** The headers a response to a request for `url` carries: HSTS only when the app is served over HTTPS. */
export function securityHeadersFor(url: URL): Record<string, string> {
	return url.protocol === 'https:' ? { ...baseHeaders, 'strict-transport-security': HSTS } : { ...baseHeaders };
}

/**
 * Adds the headers to a response, keeping any the route set itself. A response
 * whose headers cannot be changed (one made by `Response.redirect` or `fetch`)
 * is copied first.
 */
export function withSecurityHeaders(response: Response, url: URL): Response {
	const headers = securityHeadersFor(url);
	try {
		for (const [name, value] of Object.entries(headers)) {
			if (!response.headers.has(name)) response.headers.set(name, value);
		}
		return response;
	} catch {
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) {
			if (!copy.headers.has(name)) copy.headers.set(name, value);
		}
		return copy;
	}
}
