/*
 * Compresses the app's own responses (pages, their data, form actions' answers, the routes the browser asks the
 * server to resolve, the CSV exports) for scripts/serve.js, which serves the app directly with no proxy in front.
 * adapter-node compresses only the built files, ahead of time (build/client/*.br, *.gz), and sends those as they
 * are; everything the app renders went out uncompressed, so a move from question to question sent its data at full
 * size (bench/RESULTS.md, "Moves, second pass").
 *
 * Written on Node's zlib rather than with the `compression` package, which the project does not have; it follows
 * that package's rules where they matter here:
 * - a response whose Cache-Control says `no-transform` is sent as it is. The app says it on every response that
 *   shows a learner's resume code (src/lib/server/secret-pages.ts), so that no such response is compressed: with
 *   compression, the length of an encrypted response tells an eavesdropper how much of it repeats, and a page that
 *   shows a secret beside text an attacker chose can give the secret away a character at a time (BREACH);
 * - only text-like types, never a response already encoded (adapter-node's precompressed files), a partial one, or
 *   one too short to gain from it;
 * - the stream's back-pressure is kept: a write returns false while the compressor is full, and `drain` follows.
 * A response written in several pieces over time (SvelteKit streams data a load returns as a promise) is flushed
 * after each burst of writes, so that no piece waits in the compressor for the next.
 */
import zlib from 'node:zlib';

/** Shorter bodies gain little or nothing: gzip adds 18 bytes of its own, and a header line. */
export const MIN_BYTES = 256;

/** Types whose bodies are text: HTML, JSON, SvelteKit's streamed data, JavaScript, CSS, CSV, SVG, XML. */
const TEXTUAL = /^\s*(text\/|application\/(json|javascript|xml|[\w.+-]*\+(json|xml))\b|image\/svg\+xml\b)/i;

/**
 * Brotli's quality 5: for these small bodies about as fast as gzip's level 6 and a fifth smaller (measured on a
 * question's feedback data: 8,594 B → gzip 2,321 B, brotli 1,842 B at its default 11, which is far slower).
 */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };
const GZIP = { level: 6 };

/**
 * The encoding to answer with: brotli if the client takes it, else gzip, else none. A coding with q=0 is refused.
 * @param {string | string[] | undefined} header Accept-Encoding
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
	if (!header) return null;
	/** @type {Map<string, number>} */
	const accepted = new Map();
	for (const part of String(header).split(',')) {
		const [name, ...parameters] = part.split(';').map((s) => s.trim().toLowerCase());
		if (!name) continue;
		const q = parameters.find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		accepted.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const takes = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
	if (takes('br')) return 'br';
	if (takes('gzip')) return 'gzip';
	return null;
}

/**
 * Whether a response about to be sent should be compressed, from its status and headers.
 * @param {import('node:http').ServerResponse} res
 * @param {number | undefined} length the body's length when known before it is written (a single `end(body)`)
 */
export function worthCompressing(res, length) {
	const status = res.statusCode;
	if (status < 200 || status === 204 || status === 206 || status === 304) return false;
	if (res.hasHeader('content-encoding') || res.hasHeader('content-range')) return false;
	if (!TEXTUAL.test(String(res.getHeader('content-type') ?? ''))) return false;
	if (/(^|,)\s*no-transform\s*(,|$)/i.test(String(res.getHeader('cache-control') ?? ''))) return false;
	const declared = res.getHeader('content-length');
	const size = declared === undefined ? length : Number(declared);
	return size === undefined || size >= MIN_BYTES;
}

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
		const encoding = req.method === 'HEAD' ? null : chooseEncoding(req.headers['accept-encoding']);
		if (encoding) compressResponse(res, encoding);
		handler(req, res, ...rest);
	};
}

/**
 * From its first header or byte on, the response goes through a compressor if worthCompressing() says so. Its
 * headers wait for the compressor's first output: a body that ends within one burst of writes (as nearly every
 * response of the app does) then goes out whole, with its Content-Length, rather than in chunks.
 * @param {import('node:http').ServerResponse} res @param {'br' | 'gzip'} encoding
 */
function compressResponse(res, encoding) {
	/** Node's own methods, called with arguments as they came (typed loosely: they are overloaded). */
	/** @type {{ writeHead: (...args: any[]) => unknown, write: (...args: any[]) => boolean, end: (...args: any[]) => unknown }} */
	const original = { writeHead: res.writeHead, write: res.write, end: res.end };
	/** @type {zlib.Gzip | zlib.BrotliCompress | null} */
	let stream = null;
	let decided = false;
	/** The status line's own message, if writeHead() was given one. */
	/** @type {string | undefined} */
	let message;
	/** Compressed output held until the headers go: the body so far, while it may still end in this burst. */
	/** @type {Buffer[] | null} */
	let held = [];
	let flushQueued = false;
	/** writeHead() was called, and its headers not sent yet. */
	let headWaiting = false;

	/** The status line and headers as they stand, with writeHead()'s message if it had one. */
	const writeHeadNow = () =>
		message === undefined
			? original.writeHead.call(res, res.statusCode)
			: original.writeHead.call(res, res.statusCode, message);

	/** Sends the headers, chunked, and what was held: the body goes on in pieces. */
	const open = () => {
		if (!held) return;
		const pieces = held;
		held = null;
		writeHeadNow();
		for (const piece of pieces) original.write.call(res, piece);
	};

	/** @param {number | undefined} length */
	const decide = (length) => {
		if (decided) return;
		decided = true;
		if (!worthCompressing(res, length)) return;
		const compressor = encoding === 'br' ? zlib.createBrotliCompress(BROTLI) : zlib.createGzip(GZIP);
		stream = compressor;
		res.setHeader('content-encoding', encoding);
		res.removeHeader('content-length');
		const vary = res.getHeader('vary');
		res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
		// The compressed body is another representation: a strong validator of the plain one would be wrong for it.
		const etag = res.getHeader('etag');
		if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
		compressor.on('data', (/** @type {Buffer} */ chunk) => {
			if (held) held.push(chunk);
			else if (!original.write.call(res, chunk)) compressor.pause();
		});
		compressor.on('end', () => {
			if (held) {
				// The whole body in one burst: sent at once, with its length.
				const body = Buffer.concat(held);
				held = null;
				res.setHeader('content-length', body.length);
				writeHeadNow();
				original.end.call(res, body);
			} else original.end.call(res);
		});
		compressor.on('error', (error) => res.destroy(error));
		res.on('drain', () => compressor.resume());
		res.on('close', () => compressor.destroy());
	};

	/** After a burst of writes, what the compressor holds goes out: a streamed response is not held back. */
	const queueFlush = () => {
		if (flushQueued) return;
		flushQueued = true;
		setImmediate(() => {
			flushQueued = false;
			const compressor = stream;
			if (!compressor || compressor.writableEnded || compressor.destroyed) return;
			compressor.flush(encoding === 'br' ? zlib.constants.BROTLI_OPERATION_FLUSH : zlib.constants.Z_SYNC_FLUSH, () => {
				if (!compressor.writableEnded) open();
			});
		});
	};

	/** @type {any} */
	const patched = res;
	patched.writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...args) {
		// Node's own call, for the implicit headers of a write or end once the choice is made: passed on.
		if (decided) return original.writeHead.call(res, status, ...args);
		// writeHead(status[, message][, headers]): the headers are set first, so that decide() sees them.
		message = typeof args[0] === 'string' ? args.shift() : undefined;
		const headers = args[0];
		if (Array.isArray(headers)) {
			/** @type {Map<string, string[]>} */
			const named = new Map();
			for (let i = 0; i + 1 < headers.length; i += 2)
				named.set(String(headers[i]), [...(named.get(String(headers[i])) ?? []), String(headers[i + 1])]);
			for (const [name, values] of named) res.setHeader(name, values.length === 1 ? values[0] : values);
		} else if (headers) {
			for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
		}
		res.statusCode = status;
		// Whether to compress is decided at the first byte, or at the end, which tells a short body's length.
		headWaiting = true;
		return res;
	};
	/** Not compressed after all: the headers go out as writeHead() was asked. */
	const sendHead = () => {
		if (!headWaiting || res.headersSent) return;
		headWaiting = false;
		writeHeadNow();
	};
	patched.write = function (/** @type {any} */ chunk, /** @type {any} */ chunkEncoding, /** @type {any} */ callback) {
		decide(undefined);
		if (!stream) {
			sendHead();
			return original.write.call(res, chunk, chunkEncoding, callback);
		}
		const compressor = stream;
		const more =
			typeof chunkEncoding === 'string'
				? compressor.write(chunk, /** @type {BufferEncoding} */ (chunkEncoding), callback)
				: compressor.write(chunk, chunkEncoding ?? callback);
		queueFlush();
		if (!more) compressor.once('drain', () => res.emit('drain'));
		return more;
	};
	patched.end = function (/** @type {any} */ chunk, /** @type {any} */ chunkEncoding, /** @type {any} */ callback) {
		if (typeof chunk === 'function') [chunk, chunkEncoding, callback] = [undefined, undefined, chunk];
		if (typeof chunkEncoding === 'function') [chunkEncoding, callback] = [undefined, chunkEncoding];
		if (!decided) {
			const length =
				chunk === undefined || chunk === null
					? 0
					: typeof chunk === 'string'
						? Buffer.byteLength(chunk, chunkEncoding)
						: chunk.length;
			decide(length);
		}
		if (!stream) {
			sendHead();
			return original.end.call(res, chunk, chunkEncoding, callback);
		}
		if (callback) res.once('finish', callback);
		if (chunk === undefined || chunk === null) stream.end();
		else if (typeof chunkEncoding === 'string') stream.end(chunk, /** @type {BufferEncoding} */ (chunkEncoding));
		else stream.end(chunk);
		return res;
	};
}
