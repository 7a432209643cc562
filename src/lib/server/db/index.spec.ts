import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeStores, pause } from '../data/test-db';

describeStores('the store', (store, kind) => {
	it('is migrated on open', async () => {
		const tables = await store().db.introspection.getTables();
		expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['class', 'assignment', 'learner', 'attempt', 'response']));
	});

	it.runIf(kind === 'postgres')('outlives the server dropping its idle connections', async () => {
		const { db } = store();
		// Open several pooled connections, then have one of them end all the others, as a restart or a DBA would.
		await Promise.all([1, 2, 3, 4].map(() => sql`select pg_sleep(0.05)`.execute(db)));
		const killed = await sql<{ n: number }>`
			select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
			where datname = current_database() and pid <> pg_backend_pid()`.execute(db);
		expect(killed.rows[0]?.n).toBeGreaterThan(0);
		await pause(200);
		const after = await Promise.all([1, 2, 3, 4].map(() => sql<{ one: number }>`select 1 as one`.execute(db)));
		expect(after.map((r) => r.rows[0]?.one)).toEqual([1, 1, 1, 1]);
	});
});
