import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { migrationProvider } from './migrations';

export type DB = Kysely<Database>;

export interface DatabaseConfig {
	/** A postgres:// URL selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
	url?: string;
	sqlitePath: string;
}

const isPostgres = (url?: string) => !!url && /^postgres(ql)?:\/\//.test(url);

export async function openDatabase(config: DatabaseConfig): Promise<DB> {
	let db: DB;
	if (isPostgres(config.url)) {
		const { default: pg } = await import('pg');
		db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url }) }) });
	} else {
		const { default: SQLite } = await import('better-sqlite3');
		if (config.sqlitePath !== ':memory:') mkdirSync(dirname(config.sqlitePath), { recursive: true });
		const sqlite = new SQLite(config.sqlitePath);
		// WAL lets readers go on while an answer is written, and synchronous=FULL (the default)
		// makes an acknowledged answer survive a crash; foreign keys make deletes cascade.
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('foreign_keys = ON');
		sqlite.pragma('busy_timeout = 5000');
		db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
	}
	await migrate(db);
	return db;
}

export async function migrate(db: Kysely<unknown> | DB) {
	const migrator = new Migrator({ db: db as Kysely<unknown>, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
	}
}
