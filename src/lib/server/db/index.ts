import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from './schema';
import { migrationProvider, type MigrationContext } from './migrations';
import { keepingStatements, runsDirectly } from './statements';
import { checkpointInWorker } from './checkpoints';

export type DB = Kysely<Database>;

export type Store =
	{ kind: 'sqlite'; db: DB; client: BetterSqlite3.Database } | { kind: 'postgres'; db: DB; client: pg.Pool };

export interface DatabaseConfig {
	/** A postgres:// URL selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
	url?: string;
	sqlitePath: string;
	/** PostgreSQL only: how long to wait for a connection, and for a statement, in ms (defaults: POSTGRES_TIMEOUTS). */
	timeouts?: Partial<PostgresTimeouts>;
	/** Module titles, for names a migration writes (assignments made before they had one); ids without it. */
	moduleTitle?: MigrationContext['moduleTitle'];
}

export interface PostgresTimeouts {
	/** For a new connection, or for a free one from the pool when all are busy. */
	connectMs: number;
	/** For one statement: the server cancels it (statement_timeout), and the client gives up a little later. */
	statementMs: number;
}

/**
 * A database that stops answering (hung, overloaded, cut off) must not hold
 * requests forever: they fail after these times, and /health says so, so that
 * a load balancer can take the server out. Each is far above what any of the
 * app's queries takes.
 */
export const POSTGRES_TIMEOUTS: PostgresTimeouts = { connectMs: 5_000, statementMs: 15_000 };

export const isPostgresUrl = (url?: string) => !!url && /^postgres(ql)?:\/\//.test(url);

/** Opens the database named by the config and brings its schema up to date. */
export async function openStore(config: DatabaseConfig): Promise<Store> {
	let store: Store;
	if (isPostgresUrl(config.url)) {
		const { default: pg } = await import('pg');
		const timeouts = { ...POSTGRES_TIMEOUTS, ...config.timeouts };
		const client = new pg.Pool({
			connectionString: config.url,
			max: 10,
			connectionTimeoutMillis: timeouts.connectMs,
			statement_timeout: timeouts.statementMs,
			// The client's own limit, for a server too stuck to cancel anything itself.
			query_timeout: timeouts.statementMs + 1_000
		});
		// An idle connection that the server drops (a restart, a DBA's kill) is an
		// 'error' event on the pool; unheard, it would take the whole process down.
		// The pool replaces the connection on the next query.
		client.on('error', (error) => console.error('PostgreSQL connection lost while idle:', error.message));
		store = { kind: 'postgres', client, db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: client }) }) };
	} else {
		const { default: SQLite } = await import('better-sqlite3');
		if (config.sqlitePath !== ':memory:') mkdirSync(dirname(config.sqlitePath), { recursive: true });
		const client = new SQLite(config.sqlitePath);
		// WAL lets readers go on while an answer is written; foreign keys make deletes cascade.
		client.pragma('journal_mode = WAL');
		// What better-sqlite3's own build of SQLite does in WAL mode anyway (SQLITE_DEFAULT_WAL_SYNCHRONOUS=1),
		// written out so that it does not change with the driver. A commit is written to the WAL, and so to the
		// operating system, before the answer is acknowledged: it survives the server's process being killed
		// (tests/crash/run.js). The WAL is flushed to the disk at checkpoints (every 100 ms, checkpoints.ts), not
		// at each commit: a power cut or a crash of the machine itself may lose the answers of the last moments (the
		// database stays whole).
		// FULL would flush at each commit: 2.5 ms a save on the benchmark's disk, with every request waiting,
		// as better-sqlite3 runs on the one thread (bench/RESULTS.md, 2 December 2026).
		client.pragma('synchronous = NORMAL');
		client.pragma('foreign_keys = ON');
		client.pragma('busy_timeout = 5000');
		// A file's checkpoints run in a worker (checkpoints.ts); an in-memory or temporary database has no WAL.
		const checkpoints = client.memory || !client.name ? undefined : checkpointInWorker(client, client.name);
		const statements = keepingStatements(client);
		const database: SqliteDatabase = {
			prepare: (sql) => statements.prepare(sql),
			close() {
				checkpoints?.stop();
				statements.close();
			}
		};
		store = { kind: 'sqlite', client, db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }) };
		runsDirectly(store.db, client, database);
	}
	await migrate(store.db, {
		moduleTitle: config.moduleTitle ?? (() => undefined),
		timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
	});
	return store;
}

export async function migrate(db: DB, context: MigrationContext) {
	const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider: migrationProvider(context) });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
	}
}
