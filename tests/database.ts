import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/*
 * Direct, read-only looks into a test server's SQLite file, to check what a
 * request stored (or did not store) without trusting the app's own pages.
 */

/** The file playwright.config.ts gives its web server (and puts in the environment for the workers). */
export function e2eDatabasePath(): string {
	const path = process.env.E2E_DATABASE_PATH;
	if (!path) throw new Error('E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts');
	return path;
}

export function openReadOnly(path: string = e2eDatabasePath()): Database.Database {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	return db;
}

export function withDatabase<T>(use: (db: Database.Database) => T, path?: string): T {
	const db = openReadOnly(path);
	try {
		return use(db);
	} finally {
		db.close();
	}
}

export interface StoredAnswer {
	itemId: string;
	answer: unknown;
	score: number;
	max: number;
	createdAt: string;
	updatedAt: string;
}

export interface LearnerRecord {
	learnerId: string;
	attempts: Array<{ number: number; finishedAt: string | null; answers: StoredAnswer[] }>;
}

/**
 * A learner of an assignment (by join code and display name) with every
 * attempt and answer. Throws if there is no such learner: then the server
 * writes to another file (one started outside this run, say).
 */
export function learnerRecord(code: string, displayName: string, path?: string): LearnerRecord {
	return withDatabase((db) => {
		const learner = db
			.prepare(
				`SELECT learner.id FROM learner JOIN assignment ON assignment.id = learner.assignment_id
				 WHERE assignment.code = ? AND learner.display_name = ?`
			)
			.get(code, displayName) as { id: string } | undefined;
		if (!learner) {
			throw new Error(
				`learner “${displayName}” of ${code} is not in ${path ?? e2eDatabasePath()}: is the server on the test port one started outside this run?`
			);
		}
		const attempts = db
			.prepare('SELECT id, number, finished_at FROM attempt WHERE learner_id = ? ORDER BY number')
			.all(learner.id) as Array<{ id: string; number: number; finished_at: string | null }>;
		const answers = db.prepare(
			'SELECT item_id, answer, score, max_score, created_at, updated_at FROM response WHERE attempt_id = ? ORDER BY item_id'
		);
		return {
			learnerId: learner.id,
			attempts: attempts.map((a) => ({
				number: a.number,
				finishedAt: a.finished_at,
				answers: (
					answers.all(a.id) as Array<{
						item_id: string;
						answer: string;
						score: number;
						max_score: number;
						created_at: string;
						updated_at: string;
					}>
				).map((r) => ({
					itemId: r.item_id,
					answer: JSON.parse(r.answer) as unknown,
					score: r.score,
					max: r.max_score,
					createdAt: r.created_at,
					updatedAt: r.updated_at
				}))
			}))
		};
	}, path);
}

/** Tables left out of the content snapshot, with the reason. */
export const UNSNAPSHOTTED: Record<string, string> = {
	// rate-limiter-flexible's counters: every failed join or sign-in is counted here on purpose
	// (that is the guessing limit working), so bad input is expected to change it.
	rate_limit: 'failed guesses are counted by design'
};

export interface Snapshot {
	/** Row count per table. */
	counts: Record<string, number>;
	/** SHA-256 of every row of every table, in primary-key order. */
	hashes: Record<string, string>;
}

interface Snapshotter {
	db: Database.Database;
	/** Each table's rows as arrays, ordered by every column, as the hash needs them: one statement per table, prepared once. */
	tables: Array<{ name: string; rows: Database.Statement }>;
}

/*
 * One read-only connection per file, kept open with its statements for the worker's life: the fuzz tests take two
 * snapshots around each of hundreds of requests, and opening the file and preparing a statement per table each
 * time was a quarter of their worker's CPU (measured with --cpu-prof). Each snapshot is still one read transaction,
 * so it sees every write committed before it. The tables are listed once: a server migrates before it answers.
 */
const snapshotters = new Map<string, Snapshotter>();

function snapshotter(path: string): Snapshotter {
	let found = snapshotters.get(path);
	if (!found) {
		const db = openReadOnly(path);
		const names = (
			db
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
				.all() as Array<{ name: string }>
		)
			.map((t) => t.name)
			.filter((name) => !Object.hasOwn(UNSNAPSHOTTED, name));
		const tables = names.map((name) => {
			const quoted = `"${name.replace(/"/g, '""')}"`;
			const columns = (db.prepare(`PRAGMA table_info(${quoted})`).all() as Array<{ name: string }>)
				.map((c) => `"${c.name.replace(/"/g, '""')}"`)
				.join(', ');
			return { name, rows: db.prepare(`SELECT ${columns} FROM ${quoted} ORDER BY ${columns}`).raw() };
		});
		found = { db, tables };
		snapshotters.set(path, found);
	}
	return found;
}

/** Row counts and a content hash of every table but the rate limiter's. */
export function snapshot(path: string = e2eDatabasePath()): Snapshot {
	const { db, tables } = snapshotter(path);
	const counts: Record<string, number> = {};
	const hashes: Record<string, string> = {};
	// One read transaction, so the snapshot is of one moment. Rows hold numbers, strings, null and Buffers
	// (better-sqlite3 returns no bigint unless asked to), all of which JSON.stringify takes as they are.
	db.transaction(() => {
		for (const { name, rows } of tables) {
			const all = rows.all();
			counts[name] = all.length;
			hashes[name] = createHash('sha256').update(JSON.stringify(all)).digest('hex');
		}
	})();
	return { counts, hashes };
}

/** The rate limiter's keys, to check that bad input touched nothing but counters of failed guesses. */
export function rateLimitKeys(path?: string): string[] {
	return withDatabase((db) => {
		const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rate_limit'").get();
		if (!exists) return [];
		return (db.prepare('SELECT key FROM rate_limit ORDER BY key').all() as Array<{ key: string }>).map((r) => r.key);
	}, path);
}
