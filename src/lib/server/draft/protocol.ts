import type { Draft } from './draft';

/*
 * What the main thread and the drafter's worker say to each other (in-worker.ts,
 * worker.ts). A file of its own: the main thread must not import worker.ts
 * statically, or the bundler would put the worker's code in the main thread's
 * chunk and the worker would have no file of its own to start from.
 */

/** Set in the worker's workerData: only a thread started with it listens for drafts. */
export const DRAFTER_ROLE = 'quiz-drafter';

export interface DraftJob {
	files: Array<{ id: string; raw: string }>;
}

export type WorkerReply = { type: 'ready' } | { type: 'done'; draft: Draft } | { type: 'failed'; message: string };
