import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { keepingStatements } from './statements';

interface Tables {
	t: { id: number; name: string };
}

function open(kept?: number) {
	const client = new SQLite(':memory:');
	const prepare = vi.spyOn(client, 'prepare');
	const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: keepingStatements(client, kept) }) });
	return { client, prepare, db };
}

describe('keepingStatements', () => {
	it('prepares a statement once and runs it again with other values', async () => {
		const { prepare, db } = open();
		await sql`create table t (id integer primary key, name text)`.execute(db);
		for (const [id, name] of [
			[1, 'a'],
			[2, 'b']
		] as const) {
			await db.insertInto('t').values({ id, name }).execute();
		}
		const byId = (id: number) => db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst();
		expect(await byId(1)).toEqual({ name: 'a' });
		expect(await byId(2)).toEqual({ name: 'b' });
		// create, insert, select: one preparation each.
		expect(prepare).toHaveBeenCalledTimes(3);
		await db.destroy();
	});

	it('keeps at most `kept` statements, dropping the least recently used', async () => {
		const { prepare, db } = open(2);
		const select = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db);
		await select(1);
		await select(2);
		await select(1); // 1 is now the most recent: 2 goes when 3 comes
		await select(3);
		await select(1);
		expect(prepare).toHaveBeenCalledTimes(3);
		await select(2);
		expect(prepare).toHaveBeenCalledTimes(4);
		await db.destroy();
	});

	it('reads what a kept statement selects after the table has changed', async () => {
		const { db } = open();
		await sql`create table t (id integer primary key, name text)`.execute(db);
		const all = () => db.selectFrom('t').selectAll().execute();
		expect(await all()).toEqual([]);
		await sql`alter table t add column extra text`.execute(db);
		await db.insertInto('t').values({ id: 1, name: 'a' }).execute();
		expect(await all()).toEqual([{ id: 1, name: 'a', extra: null }]);
		await db.destroy();
	});

	it('runs other queries while one is streamed, and the streamed one again after it', async () => {
		const { db } = open();
		await sql`create table t (id integer primary key, name text)`.execute(db);
		await db
			.insertInto('t')
			.values([1, 2, 3].map((id) => ({ id, name: `n${id}` })))
			.execute();
		const query = db.selectFrom('t').select('id').orderBy('id');
		const seen: number[] = [];
		// The stream holds the connection: the other query waits for it, and nothing is busy.
		const other = query.execute();
		for await (const row of query.stream()) seen.push(row.id);
		expect(seen).toEqual([1, 2, 3]);
		expect((await other).map((r) => r.id)).toEqual([1, 2, 3]);
		expect((await query.execute()).length).toBe(3);
		await db.destroy();
	});
});
