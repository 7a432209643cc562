import { parentPort, workerData } from 'node:worker_threads';
import { draftModule } from './draft';
import { DRAFTER_ROLE, type DraftJob, type WorkerReply } from './protocol';

/*
 * The drafter's worker thread (started by in-worker.ts). The main thread imports
 * this module only for `workerUrl`: the URL of the file it was bundled into,
 * whatever the bundler called it. Vite's SSR build makes a dynamically imported
 * module a chunk of its own, adapter-node's second bundling keeps Vite's chunks
 * as they are, and neither rewrites `import.meta.url`; so the built server can
 * start a worker on exactly this code without knowing any file name. In the main
 * thread nothing else happens here: only a thread started with `DRAFTER_ROLE`
 * listens.
 */

export const workerUrl = import.meta.url;

const port = parentPort;
const role = (workerData as { role?: unknown } | null)?.role;
if (port && role === DRAFTER_ROLE) {
	port.on('message', ({ files }: DraftJob) => {
		let reply: WorkerReply;
		try {
			reply = { type: 'done', draft: draftModule(files) };
		} catch (error) {
			reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(reply);
	});
	port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
