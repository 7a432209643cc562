import { m } from '$lib/paraglide/messages';

/*
 * Password hashing (scrypt, for every sign-in, sign-up and password change)
 * runs on libuv's thread pool: four threads that also do the SHA-256 with
 * which every learner's request finds its learner, and the file system work.
 * A burst of sign-ups or sign-ins would fill the pool, and learners' answers
 * would wait behind the hashes. So hashes take turns here: `HASHES_AT_ONCE`
 * at a time (one full CPU core each), the rest wait in line, and when the line
 * is long the request is turned away at once rather than left waiting.
 */

/** Hashes that may run at once: one leaves the other threads, and on a small server the other core, to learners. */
export const HASHES_AT_ONCE = 1;
/** Hashes that may wait: at about 50 to 100 ms each, a few seconds' worth. */
export const MAX_WAITING = 32;

/** Thrown when the line is full: the request should be answered "busy, try again", not queued. */
export class PasswordQueueFull extends Error {
	constructor() {
		super('Too many password checks are waiting.');
		this.name = 'PasswordQueueFull';
	}
}

export interface Queue {
	/** Runs the work when its turn comes; rejects at once with PasswordQueueFull if too many are waiting. */
	run<T>(work: () => Promise<T>): Promise<T>;
	/** Running and waiting now, for tests and diagnostics. */
	readonly running: number;
	readonly waiting: number;
}

export function createQueue(atOnce = HASHES_AT_ONCE, maxWaiting = MAX_WAITING): Queue {
	let running = 0;
	const line: Array<() => void> = [];
	return {
		get running() {
			return running;
		},
		get waiting() {
			return line.length;
		},
		async run(work) {
			if (running >= atOnce) {
				if (line.length >= maxWaiting) throw new PasswordQueueFull();
				// The finishing job hands its place over: `running` stays as it is.
				await new Promise<void>((resolve) => line.push(resolve));
			} else {
				running++;
			}
			try {
				return await work();
			} finally {
				if (line.length) line.shift()!();
				else running--;
			}
		}
	};
}

/** The server's one queue: every password hash and check of better-auth goes through it (auth.ts). */
export const passwordQueue = createQueue();

/** What a person is told when the line is full. */
export const busy = (): string => m.t_busy();
