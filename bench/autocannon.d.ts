// autocannon ships no types (and @types/autocannon is not a dependency): the
// part of its programmatic API that bench/load.js uses, from its README.
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		/** Called before each request is sent; returns the request to send. */
		setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null | undefined;
	}

	export interface Options {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		/** Total requests; overrides duration. */
		amount?: number;
		timeout?: number;
		method?: string;
		headers?: Record<string, string>;
		body?: string;
		requests?: Request[];
		/** A response whose body fails this counts as a mismatch. */
		verifyBody?: (body: string) => boolean;
	}

	export interface Histogram {
		average: number;
		mean: number;
		min: number;
		max: number;
		p50: number;
		p99: number;
	}

	export interface Result {
		duration: number;
		requests: Histogram & { total: number; sent: number };
		latency: Histogram;
		errors: number;
		timeouts: number;
		mismatches: number;
		non2xx: number;
		statusCodeStats: Record<string, { count: number }>;
	}

	export interface Instance extends EventEmitter, PromiseLike<Result> {
		stop(): void;
		on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): this;
		on(event: string, listener: (...args: unknown[]) => void): this;
	}

	export default function autocannon(options: Options): Instance;
}
