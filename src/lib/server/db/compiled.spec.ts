import SQLite from 'better-sqlite3';
import {
	DummyDriver,
	Kysely,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	SqliteDialect,
	sql,
	type KyselyPlugin
} from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { compiledOnce } from './compiled';
import { keepingStatements, runsDirectly } from './statements';

interface Tables {
	t: { id: number; name: string; size: number };
}

async function sqlite(log: string[] = []) {
	const client = new SQLite(':memory:');
	const db = new Kysely<Tables>({
		dialect: new SqliteDialect({ database: keepingStatements(client) }),
		log: (event) => void log.push(event.query.sql)
	});
	await sql`create table t (id integer primary key, name text, size integer)`.execute(db);
	await db
		.insertInto('t')
		.values([
			{ id: 1, name: 'a', size: 10 },
			{ id: 2, name: 'b', size: 20 },
			{ id: 3, name: 'b', size: 30 }
		])
		.execute();
	return db;
}

/** A PostgreSQL database that is never connected to: it compiles, and runs every statement as no rows. */
function postgres(log: string[]) {
	return new Kysely<Tables>({
		dialect: {
			createAdapter: () => new PostgresAdapter(),
			createDriver: () => new DummyDriver(),
			createIntrospector: (db) => new PostgresIntrospector(db),
			createQueryCompiler: () => new PostgresQueryCompiler()
		},
		log: (event) => void log.push(event.query.sql)
	});
}

describe('compiledOnce', () => {
	it('builds the query once and runs it with each call’s values, constants kept', async () => {
		const build = vi.fn((db: Kysely<Tables>, p: { name: never; size: never }) =>
			db.selectFrom('t').select('id').where('name', '=', p.name).where('size', '>', p.size).where('id', '<>', 99)
		);
		const query = compiledOnce(['name', 'size'], build);
		const db = await sqlite();
		expect((await query(db, { name: 'b', size: 15 })).rows).toEqual([{ id: 2 }, { id: 3 }]);
		expect((await query(db, { name: 'b', size: 25 })).rows).toEqual([{ id: 3 }]);
		expect((await query(db, { name: 'a', size: 0 })).rows).toEqual([{ id: 1 }]);
		expect(build).toHaveBeenCalledTimes(1);
	});

	it('a value used twice goes into both places', async () => {
		const query = compiledOnce(['n'], (db: Kysely<Tables>, p) =>
			db
				.selectFrom('t')
				.select('id')
				.where('id', '=', p.n)
				.where('size', '=', sql<number>`${p.n} * 10`)
		);
		const db = await sqlite();
		expect((await query(db, { n: 2 })).rows).toEqual([{ id: 2 }]);
		expect((await query(db, { n: 3 })).rows).toEqual([{ id: 3 }]);
	});

	it('compiles once per dialect, each to its own SQL, shared by every database of that dialect', async () => {
		const build = vi.fn((db: Kysely<Tables>, p: { id: never }) =>
			db.selectFrom('t').select('name').where('id', '=', p.id)
		);
		const query = compiledOnce(['id'], build);
		const sqliteLog: string[] = [];
		const pgLog: string[] = [];
		expect((await query(await sqlite(sqliteLog), { id: 1 })).rows).toEqual([{ name: 'a' }]);
		expect((await query(await sqlite(), { id: 2 })).rows).toEqual([{ name: 'b' }]);
		await query(postgres(pgLog), { id: 1 });
		await query(postgres([]), { id: 2 });
		expect(build).toHaveBeenCalledTimes(2);
		expect(sqliteLog.at(-1)).toBe('select "name" from "t" where "id" = ?');
		expect(pgLog).toEqual(['select "name" from "t" where "id" = $1']);
	});

	it('runs in a transaction, and a plugin still sees each result', async () => {
		const results = vi.fn();
		const counting: KyselyPlugin = {
			transformQuery: (args) => args.node,
			transformResult: async (args) => {
				results();
				return args.result;
			}
		};
		const query = compiledOnce(['id'], (db: Kysely<Tables>, p) =>
			db.selectFrom('t').select('name').where('id', '=', p.id)
		);
		const db = (await sqlite()).withPlugin(counting);
		await query(db, { id: 1 });
		const inside = await db.transaction().execute(async (trx) => (await query(trx, { id: 3 })).rows);
		expect(inside).toEqual([{ name: 'b' }]);
		expect(results).toHaveBeenCalledTimes(2);
	});

	it('refuses a query that leaves a value unused', async () => {
		const query = compiledOnce(['id', 'name'], (db: Kysely<Tables>, p) =>
			db.selectFrom('t').select('name').where('id', '=', p.id)
		);
		const db = await sqlite();
		expect(() => query(db, { id: 1, name: 'a' })).toThrow('does not use name');
	});

	it('refuses a placeholder that was made part of another value, which would run as the stand-in', async () => {
		const query = compiledOnce(['prefix'], (db: Kysely<Tables>, p) =>
			db.selectFrom('t').select('name').where('name', 'like', `${p.prefix}%`)
		);
		const db = await sqlite();
		expect(() => query(db, { prefix: 'a' })).toThrow('placeholder was changed');
	});
});

describe('compiledOnce on a database that runs statements directly (as openStore makes it)', () => {
	async function direct() {
		const client = new SQLite(':memory:');
		const database = keepingStatements(client);
		const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
		runsDirectly(db, client, database);
		await sql`create table t (id integer primary key, name text, size integer)`.execute(db);
		return db;
	}
	const insert = compiledOnce(['id', 'name'], (db: Kysely<Tables>, p) =>
		db.insertInto('t').values({ id: p.id, name: p.name, size: 0 })
	);
	const names = compiledOnce([], (db: Kysely<Tables>) => db.selectFrom('t').select(['id', 'name']).orderBy('id'));

	it('runs a statement without Kysely, with the same results', async () => {
		const db = await direct();
		const kysely = vi.spyOn(db, 'executeQuery');
		const inserted = await insert(db, { id: 1, name: 'a' });
		expect(inserted.numAffectedRows).toBe(1n);
		expect(inserted.insertId).toBe(1n);
		expect((await names(db, {})).rows).toEqual([{ id: 1, name: 'a' }]);
		expect(kysely).not.toHaveBeenCalled();
		// A plugin's database is another instance: Kysely runs it, and the plugin sees the result.
		const results = vi.fn();
		const plugged = db.withPlugin({
			transformQuery: (args) => args.node,
			transformResult: async (args) => (results(), args.result)
		});
		expect((await names(plugged, {})).rows).toHaveLength(1);
		expect(results).toHaveBeenCalledOnce();
	});

	it('an error is a rejected promise, as from Kysely', async () => {
		const db = await direct();
		await insert(db, { id: 1, name: 'a' });
		const again = insert(db, { id: 1, name: 'b' });
		await expect(again).rejects.toThrow(/UNIQUE constraint failed/);
	});

	it("waits for another request's open transaction, and is not undone with it", async () => {
		const db = await direct();
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const undone = db.transaction().execute(async (trx) => {
			await trx.insertInto('t').values({ id: 10, name: 'in the transaction', size: 0 }).execute();
			await gate;
			throw new Error('rolled back');
		});
		await new Promise((resolve) => setTimeout(resolve, 10));
		// Run at once, this insert would have gone into the open transaction and been rolled back with it.
		const saved = insert(db, { id: 11, name: 'saved' });
		release();
		await expect(undone).rejects.toThrow('rolled back');
		await saved;
		expect((await names(db, {})).rows).toEqual([{ id: 11, name: 'saved' }]);
	});

	it('waits for a streamed query, which holds the connection', async () => {
		const db = await direct();
		await insert(db, { id: 1, name: 'a' });
		await insert(db, { id: 2, name: 'b' });
		const seen: number[] = [];
		let during: Promise<unknown> | undefined;
		for await (const row of db.selectFrom('t').select('id').orderBy('id').stream()) {
			seen.push(row.id);
			during ??= insert(db, { id: 3, name: 'c' });
		}
		await during;
		expect(seen).toEqual([1, 2]);
		expect((await names(db, {})).rows.map((row) => row.id)).toEqual([1, 2, 3]);
	});
});
