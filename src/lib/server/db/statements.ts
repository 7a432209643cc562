import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct statements kept: far more than the app's queries (an `in (…)` list of another length is another). */
export const STATEMENTS_KEPT = 500;

/**
 * The SQLite database as Kysely sees it, keeping each statement it prepares.
 * Kysely asks for a new prepared statement on every query, and preparing
 * (parsing and planning the SQL) cost more than running the statement did:
 * a tenth of the server's time while learners save answers (bench/RESULTS.md).
 * A statement is reused by its SQL text. That is safe because Kysely runs one
 * query at a time on SQLite (its connection mutex), a streamed query included,
 * and SQLite prepares a kept statement again by itself after a schema change.
 */
export function keepingStatements(client: BetterSqlite3.Database, kept = STATEMENTS_KEPT): SqliteDatabase {
	const statements = new Map<string, BetterSqlite3.Statement>();
	return {
		close: () => client.close(),
		prepare(sql) {
			let statement = statements.get(sql);
			if (statement) {
				// The most recently used last, so that the least recently used is dropped first.
				statements.delete(sql);
			} else {
				statement = client.prepare(sql);
				if (statements.size >= kept) statements.delete(statements.keys().next().value as string);
			}
			statements.set(sql, statement);
			return statement;
		}
	};
}
