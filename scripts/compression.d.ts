// The compression package ships no types (and @types/compression is not a dependency): the part of its API that
// scripts/compressing.js uses, from its README (1.8).
declare module 'compression' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	import type { BrotliOptions, ZlibOptions } from 'node:zlib';

	type Filter = (req: IncomingMessage, res: ServerResponse) => boolean;

	interface Options extends ZlibOptions {
		/** Bytes (or a string such as '1kb'): a body known to be shorter is not compressed. Default 1 kB. */
		threshold?: number | string;
		/** Whether to compress a response; the default is `compression.filter`, by its Content-Type. */
		filter?: Filter;
		brotli?: BrotliOptions;
		/** The coding used when a request has no Accept-Encoding; default 'identity'. */
		enforceEncoding?: string;
	}

	type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

	interface Compression {
		(options?: Options): Middleware;
		/** The default filter: compressible types, from mime-db. */
		filter: Filter;
	}

	const compression: Compression;
	export default compression;
}
