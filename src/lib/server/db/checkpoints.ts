import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/*
 * Checkpoints of the SQLite file, off the server's one thread.
 *
 * In WAL mode a commit is appended to the WAL; a checkpoint copies the WAL's
 * pages back into the database file and flushes both to the disk (with
 * synchronous=NORMAL it is the only time the WAL is flushed). SQLite makes it
 * in the connection whose commit takes the WAL past 1,000 pages, on the spot:
 * the server's one thread then waits for the copy and the flushes, and every
 * request with it. That cost a saved answer 75 to 90 µs of the server's time
 * on average (bench/RESULTS.md, "Saving an answer, sixth pass"). Here a worker
 * thread with its own connection checkpoints every CHECKPOINT_EVERY_MS instead,
 * which also bounds how old an answer not yet flushed to the disk can be.
 */

/** How often the worker checkpoints: so the most a power cut could take is about this much of the latest answers. */
export const CHECKPOINT_EVERY_MS = 100;

/**
 * Pages the WAL may hold before the server's own connection checkpoints after all. The worker copies pages while
 * answers keep coming, so under a steady stream the WAL can end with some not copied yet; SQLite starts it again
 * from the top only when it has none. This backstop does that, with most pages copied already, and takes over if
 * the worker stops. SQLite's own default is 1,000 pages (4 MiB).
 */
export const BACKSTOP_PAGES = 10_000;

/**
 * The largest WAL file kept after it starts again from the top: above what the backstop lets it reach (10,000
 * pages of 4 KiB, about 40 MiB), so that it is not cut and grown again at every restart. Cut back to 4 MiB, it was
 * cut and regrown every 1.7 s under a flood of answers, which cost 5 to 7 % of the saves (bench/RESULTS.md).
 */
export const WAL_BYTES_KEPT = 48 * 1024 * 1024;

/** SQLite's own default, restored if the worker cannot go on. */
const SQLITE_DEFAULT_PAGES = 1_000;

/* A worker from source rather than a file, so that the server's build needs no file of its own for it. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const stop = () => { clearInterval(timer); db.close(); parentPort.close(); };
const timer = setInterval(() => {
	try {
		db.pragma('wal_checkpoint(PASSIVE)');
	} catch (error) {
		parentPort.postMessage({ failed: String(error && error.message) });
		stop();
	}
}, workerData.everyMs);
parentPort.on('message', stop);
`;

export interface Checkpoints {
	/** Stops the worker, which closes its connection. */
	stop(): void;
}

/** Moves the checkpoints of the SQLite file that `client` has open (in WAL mode) to a worker thread. */
export function checkpointInWorker(client: BetterSqlite3.Database, path: string): Checkpoints {
	client.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
	client.pragma(`journal_size_limit = ${WAL_BYTES_KEPT}`);
	const driver = createRequire(import.meta.url).resolve('better-sqlite3');
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, everyMs: CHECKPOINT_EVERY_MS } });
	let stopped = false;
	const fallBack = (reason: string) => {
		if (stopped) return;
		stopped = true;
		if (!client.open) return;
		console.error(`SQLite's checkpoints are back on the server's own thread: ${reason}`);
		client.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`);
	};
	worker.on('message', (message: { failed?: string }) => fallBack(message.failed ?? 'the worker stopped'));
	worker.on('error', (error) => fallBack(error.message));
	worker.on('exit', (code) => fallBack(`its thread ended (exit code ${code})`));
	// The timer must not keep a server that is shutting down (or a test) alive. After the listeners: adding a
	// 'message' listener refs the worker again.
	worker.unref();
	return {
		stop() {
			stopped = true;
			worker.postMessage('stop');
		}
	};
}
