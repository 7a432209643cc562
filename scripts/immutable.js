/*
 * The built scripts and stylesheets (/_app/immutable/…) are sent with `Cache-Control: …, immutable` and a year's
 * max-age (adapter-node): their names change with their content, so a browser never asks whether one changed. The
 * ETag and Last-Modified that adapter-node's file server (sirv) adds to each are never used, and cost about 75 B
 * on every such response: on a move to a question of a new kind, one of a few hundred bytes that put it over 5 KB
 * (issue #8 §5, bench/RESULTS.md). They are left out of any response marked immutable; every other response
 * (pages, their data, the files that can change) keeps its validators.
 */

/** The headers that only serve to ask again whether a response changed. */
const VALIDATORS = ['etag', 'last-modified'];

/** @param {import('node:http').ServerResponse} res */
const immutable = (res) => /\bimmutable\b/i.test(String(res.getHeader('cache-control') ?? ''));

/**
 * Wraps a request handler (adapter-node's) so that a response marked immutable goes out without validators.
 * @template {unknown[]} Rest
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, ...rest: Rest) => void} handler
 */
export function withoutValidatorsWhenImmutable(handler) {
	return (
		/** @type {import('node:http').IncomingMessage} */ req,
		/** @type {import('node:http').ServerResponse} */ res,
		/** @type {Rest} */ ...rest
	) => {
		const writeHead = res.writeHead;
		/** @type {(...args: unknown[]) => import('node:http').ServerResponse} */
		const leaner = (...args) => {
			if (immutable(res)) {
				for (const name of VALIDATORS) res.removeHeader(name);
				// sirv passes its headers to writeHead as an object (status, [message], headers).
				const last = args.length - 1;
				const headers = args[last];
				if (last > 0 && headers && typeof headers === 'object' && !Array.isArray(headers))
					args[last] = Object.fromEntries(
						Object.entries(headers).filter(([name]) => !VALIDATORS.includes(name.toLowerCase()))
					);
			}
			return Reflect.apply(writeHead, res, args);
		};
		res.writeHead = /** @type {typeof res.writeHead} */ (leaner);
		handler(req, res, ...rest);
	};
}
