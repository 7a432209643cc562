import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Draft } from './draft';
import { DRAFTER_ROLE, type DraftJob, type WorkerReply } from './protocol';

/*
 * Drafting off the event loop (issue #12 §2): a 2,000-word module takes a few
 * hundred milliseconds of CPU, during which a server drafting on its own thread
 * would answer nobody. So the server's drafts run in one worker thread, one at
 * a time (the machine may have two cores, and the learners need one), a few
 * more wait in line, and beyond that, or beyond the size limit, or when the
 * drafter fails or takes too long, the caller gets an error result to show,
 * never an exception that would fail the request. The worker is started on the
 * first draft (loading the model costs about a quarter of a second and 40 MB)
 * and ended after a minute without work, so a server that drafts rarely does
 * not keep the model in memory.
 */

export interface DraftLimits {
	/** Documents in one draft. */
	files: number;
	/** UTF-16 code units over all documents: about 30,000 words, fifteen times the 2,000-word module. */
	characters: number;
	/** Drafts that may wait while one runs; more are turned away as busy. */
	waiting: number;
	/** From asking to answer, the worker's start included; then the worker is ended. */
	timeoutMs: number;
	/** Idle time after which the worker (and the model in it) is let go. */
	idleMs: number;
}

export const DRAFT_LIMITS: DraftLimits = {
	files: 12,
	characters: 200_000,
	waiting: 4,
	timeoutMs: 60_000,
	idleMs: 60_000
};

export type DraftFailure = 'too-large' | 'busy' | 'failed' | 'timed-out';

export type DraftOutcome = { ok: true; draft: Draft } | { ok: false; reason: DraftFailure; message: string };

export interface Drafter {
	/** Drafts a module from its documents in the worker thread; resolves, never rejects. */
	draft(files: DraftJob['files']): Promise<DraftOutcome>;
	/** Ends the worker (the next draft starts another). */
	close(): Promise<void>;
	readonly running: boolean;
	readonly waiting: number;
}

type Heard = WorkerReply | { type: 'crashed'; message: string } | { type: 'timed-out' };

/** The worker's next message, or its crash, or the deadline, whichever comes first. */
function nextFrom(worker: Worker, deadline: number): Promise<Heard> {
	return new Promise((resolve) => {
		const settle = (heard: Heard) => {
			clearTimeout(timer);
			worker.off('message', onMessage).off('error', onError).off('exit', onExit);
			resolve(heard);
		};
		const onMessage = (reply: WorkerReply) => settle(reply);
		const onError = (error: Error) => settle({ type: 'crashed', message: error.message });
		const onExit = (code: number) => settle({ type: 'crashed', message: `the drafter stopped (exit code ${code})` });
		const timer = setTimeout(() => settle({ type: 'timed-out' }), Math.max(0, deadline - Date.now()));
		worker.on('message', onMessage).on('error', onError).on('exit', onExit);
	});
}

/*
 * Built, worker.ts is JavaScript and runs as it is. From source (vite dev, Vitest, the commands), it is
 * TypeScript with `$lib` imports, which Node cannot load: dev-worker.js, beside it, loads it through Vite.
 */
async function startWorker(): Promise<Worker> {
	const { workerUrl } = await import('./worker');
	if (!workerUrl.endsWith('.ts')) {
		return new Worker(new URL(workerUrl), {
			workerData: { role: DRAFTER_ROLE },
			// The drafter needs about 100 MB at most; a runaway document ends the worker, not the server.
			resourceLimits: { maxOldGenerationSizeMb: 256 }
		});
	}
	return new Worker(new URL('./dev-worker.js', workerUrl), {
		workerData: { role: DRAFTER_ROLE, entry: fileURLToPath(workerUrl) }
	});
}

function tooLarge(files: DraftJob['files'], limits: DraftLimits): string | null {
	if (!files.length) return 'no documents to draft from';
	if (files.length > limits.files) return `${files.length} documents: at most ${limits.files} are drafted at once`;
	const characters = files.reduce((n, f) => n + f.raw.length, 0);
	if (characters > limits.characters) {
		return `the documents are ${characters.toLocaleString('en')} characters long: at most ${limits.characters.toLocaleString('en')} are drafted at once`;
	}
	return null;
}

export function createDrafter(overrides: Partial<DraftLimits> = {}): Drafter {
	const limits = { ...DRAFT_LIMITS, ...overrides };
	let worker: Worker | null = null;
	let idle: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	const line: Array<() => void> = [];

	const stop = async () => {
		clearTimeout(idle);
		const ending = worker;
		worker = null;
		await ending?.terminate();
	};

	async function run(files: DraftJob['files']): Promise<DraftOutcome> {
		clearTimeout(idle);
		const deadline = Date.now() + limits.timeoutMs;
		if (!worker) {
			try {
				worker = await startWorker();
			} catch (error) {
				return { ok: false, reason: 'failed', message: (error as Error).message };
			}
			// Waiting for a draft keeps the process alive (the deadline's timer); an idle worker must not.
			worker.unref();
			const first = await nextFrom(worker, deadline);
			if (first.type !== 'ready') return settle(first);
		}
		worker.postMessage({ files } satisfies DraftJob);
		return settle(await nextFrom(worker, deadline));
	}

	async function settle(heard: Heard): Promise<DraftOutcome> {
		if (heard.type === 'done') {
			idle = setTimeout(() => void stop(), limits.idleMs);
			idle.unref();
			return { ok: true, draft: heard.draft };
		}
		// After a crash or a deadline the worker's state is unknown: the next draft gets a new one.
		await stop();
		if (heard.type === 'timed-out') {
			return { ok: false, reason: 'timed-out', message: `drafting took longer than ${limits.timeoutMs / 1000} s` };
		}
		if (heard.type === 'ready') return { ok: false, reason: 'failed', message: 'the drafter answered out of turn' };
		return { ok: false, reason: 'failed', message: heard.message };
	}

	return {
		get running() {
			return running;
		},
		get waiting() {
			return line.length;
		},
		async draft(files) {
			const problem = tooLarge(files, limits);
			if (problem) return { ok: false, reason: 'too-large', message: problem };
			if (running) {
				if (line.length >= limits.waiting) {
					return { ok: false, reason: 'busy', message: 'other drafts are under way: try again in a minute' };
				}
				// The finishing draft hands its turn over: `running` stays true.
				await new Promise<void>((resolve) => line.push(resolve));
			}
			running = true;
			try {
				return await run(files);
			} finally {
				if (line.length) line.shift()!();
				else running = false;
			}
		},
		close: stop
	};
}

/** The server's one drafter: every "Draft items" and the command go through it. */
export const drafter = createDrafter();

/** Drafts a module from its documents (`{ id, raw }`, raw with or without front matter) off the event loop. */
export const draftInWorker = (files: DraftJob['files']) => drafter.draft(files);
