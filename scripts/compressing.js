/*
 * Compresses the app's own responses (pages, their data, form actions' answers, the CSV exports) for
 * scripts/serve.js, which serves the app directly with no proxy in front.
 * adapter-node compresses only the built files, ahead of time (build/client/*.br, *.gz), and sends those as they
 * are; everything the app renders went out uncompressed (bench/RESULTS.md, "Moves, second pass").
 *
 * The work is the `compression` package's (expressjs). What it already does and the app relies on:
 * - a response whose Cache-Control says `no-transform` is sent as it is. The app says it on every response that
 *   shows a learner's resume code (src/lib/server/secret-pages.ts), so that no such response is compressed (BREACH:
 *   the length of a compressed, encrypted response can give away a secret shown beside text an attacker chose);
 * - only compressible types (mime-db's list), never a body already encoded (adapter-node's precompressed files),
 *   nor a HEAD; back-pressure kept.
 * Added here: no compression of a response that has no body (1xx, 204, 304), and a flush after each burst of
 * writes, since the package holds output in the compressor until the end unless told to flush: a response written
 * in pieces over time (SvelteKit streams data a load returns as a promise) would otherwise arrive all at the end.
 */
import zlib from 'node:zlib';
import compression from 'compression';

/** Shorter bodies gain little or nothing (applies where the length is known before the headers go). */
export const MIN_BYTES = 256;

/**
 * Brotli's quality 5 (the package's default is 4): for these small bodies about as fast as gzip's level 6 and a
 * fifth smaller (a question's feedback data: 8,594 B → gzip 2,321 B, brotli 1,842 B at its default 11, far slower).
 */
const compress = compression({
	threshold: MIN_BYTES,
	level: 6,
	brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
	filter: (
		/** @type {import('node:http').IncomingMessage} */ req,
		/** @type {import('node:http').ServerResponse} */ res
	) => res.statusCode >= 200 && res.statusCode !== 204 && res.statusCode !== 304 && compression.filter(req, res)
});

/**
 * Wraps a request handler (adapter-node's) so that its responses are compressed where worthwhile.
 * @template {unknown[]} Rest
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, ...rest: Rest) => void} handler
 */
export function compressing(handler) {
	return (
		/** @type {import('node:http').IncomingMessage} */ req,
		/** @type {import('node:http').ServerResponse} */ res,
		/** @type {Rest} */ ...rest
	) => {
		compress(req, res, () => {
			flushAfterBursts(res);
			handler(req, res, ...rest);
		});
	};
}

/**
 * After a burst of writes, what the compressor holds goes out (`res.flush()`, which the package adds). A body
 * written at once and ended in the same turn, as nearly every response of the app is, is never flushed mid-way.
 * @param {import('node:http').ServerResponse} res
 */
function flushAfterBursts(res) {
	/** @type {any} */
	const patched = res;
	const write = patched.write;
	let queued = false;
	patched.write = function (/** @type {any[]} */ ...args) {
		if (!queued) {
			queued = true;
			setImmediate(() => {
				queued = false;
				if (!res.writableEnded && !res.destroyed) patched.flush();
			});
		}
		return write.apply(this, args);
	};
}
