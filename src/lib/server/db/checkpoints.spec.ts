import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from './index';
import { BACKSTOP_PAGES, checkpointInWorker } from './checkpoints';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'quiz-checkpoints-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** How long to poll for what the worker does (generous: it checkpoints every 100 ms). */
const POLL = { timeout: 10_000, interval: 25 };

/** What the database file alone holds, without its WAL: only what a checkpoint has copied into it. */
function inFileAlone(file: string, sql: string): unknown[] {
	const copy = join(dir, `copy-${Math.random().toString(36).slice(2)}.sqlite`);
	copyFileSync(file, copy);
	const reader = new SQLite(copy);
	try {
		return reader.prepare(sql).all();
	} catch {
		// Not there yet (no such table), or a copy taken in the middle of a checkpoint's write.
		return [];
	} finally {
		reader.close();
	}
}

describe("the SQLite file's checkpoints", () => {
	it('copy a commit into the database file without the server’s connection checkpointing', async () => {
		const file = join(dir, 'quiz.sqlite');
		const store = await openStore({ sqlitePath: file });
		if (store.kind !== 'sqlite') throw new Error('expected SQLite');
		try {
			// The server's connection would checkpoint only at the backstop, far above what is written here.
			expect(store.client.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
			store.client.exec("create table note (text text); insert into note values ('saved')");
			await expect.poll(() => inFileAlone(file, 'select text from note').length, POLL).toBe(1);
		} finally {
			await store.db.destroy();
		}
	});

	it('keep nothing alive that would stop the process from ending (a server told to stop, a test run)', async () => {
		const holding = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker');
		const before = holding().length;
		const store = await openStore({ sqlitePath: join(dir, 'quiz.sqlite') });
		try {
			expect(holding().length).toBe(before);
		} finally {
			await store.db.destroy();
		}
	});

	it('go back to the server’s own connection, as SQLite makes them, when the worker cannot go on', async () => {
		const client = new SQLite(join(dir, 'quiz.sqlite'));
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			client.pragma('journal_mode = WAL');
			// A file the worker cannot open: it stops at once.
			const checkpoints = checkpointInWorker(client, join(dir, 'missing', 'quiz.sqlite'));
			await expect.poll(() => client.pragma('wal_autocheckpoint', { simple: true }), POLL).toBe(1_000);
			expect(String(logged.mock.calls[0]?.[0])).toMatch(/back on the server's own thread/);
			checkpoints.stop();
		} finally {
			logged.mockRestore();
			client.close();
		}
	});
});
