import type BetterSqlite3 from 'better-sqlite3';
import type { QueryResult, SqliteDatabase } from 'kysely';

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

/** A statement run at once, or undefined when it must wait for the connection (see runsDirectly). */
export type DirectRun = (sql: string, parameters: readonly unknown[]) => QueryResult<unknown> | undefined;

/** The databases (Kysely instances as openStore made them) whose compiled statements may run directly. */
const direct = new WeakMap<object, DirectRun>();

/**
 * Lets the statements compiled once (db/compiled.ts) run on this SQLite
 * database without Kysely's connection machinery: its mutex, and the chain of
 * promises around each statement, cost more than SQLite took to run the
 * statement on the hottest path, saving an answer (bench/RESULTS.md).
 *
 * better-sqlite3 runs a statement synchronously, so nothing else can run on
 * the connection while it does. What could be there already is a transaction
 * that Kysely holds open across awaits (another request's): a statement run
 * then would become part of it, and be undone with it. So a statement runs
 * directly only while the connection is in no transaction, and otherwise
 * takes Kysely's way, which waits for the transaction to end. The same for a
 * connection busy with a streamed query, which better-sqlite3 refuses to
 * share (it checks before running anything). Only the instance given here
 * runs directly: a transaction, or the database with a plugin, is another
 * instance, which Kysely runs as before (so a plugin sees every statement).
 */
export function runsDirectly(db: object, client: BetterSqlite3.Database, database: SqliteDatabase) {
	direct.set(db, (sql, parameters) => {
		if (client.inTransaction) return undefined;
		const statement = database.prepare(sql) as BetterSqlite3.Statement;
		try {
			if (statement.reader) return { rows: statement.all(parameters) };
			const { changes, lastInsertRowid } = statement.run(parameters);
			return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
		} catch (error) {
			if (error instanceof TypeError && /busy/.test(error.message)) return undefined;
			throw error;
		}
	});
}

/** How to run a compiled statement directly on this database, if it may be. */
export const directRun = (db: object): DirectRun | undefined => direct.get(db);
