import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { describeStores, pause } from '../data/test-db';
import { healthResponse } from '../health';
import { openStore, POSTGRES_TIMEOUTS } from './index';
import type { Database } from './schema';

describeStores('the store', (store, kind) => {
	it('is migrated on open', async () => {
		const tables = await store().db.introspection.getTables();
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['class', 'assignment', 'learner', 'attempt', 'response'])
		);
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

	it.runIf(kind === 'postgres')(
		'gives up on a statement that runs too long, rather than waiting for ever',
		async () => {
			const { db } = store();
			// The app's pool: every connection has a statement timeout.
			const shown = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db);
			expect(shown.rows[0]?.statement_timeout).toBe(`${POSTGRES_TIMEOUTS.statementMs / 1000}s`);

			// The same database with a short timeout: a statement over it fails, and fails soon.
			const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
			const url = new URL(process.env.TEST_DATABASE_URL!);
			url.pathname = `/${rows[0].name}`;
			const short = await openStore({ url: url.toString(), sqlitePath: ':memory:', timeouts: { statementMs: 300 } });
			try {
				const started = Date.now();
				await expect(sql`select pg_sleep(5)`.execute(short.db)).rejects.toThrow(/statement timeout/);
				expect(Date.now() - started).toBeLessThan(4_000);
				// The pool goes on working after it.
				expect((await sql<{ one: number }>`select 1 as one`.execute(short.db)).rows[0]?.one).toBe(1);
			} finally {
				await short.db.destroy();
			}
		}
	);

	it.runIf(kind === 'postgres')(
		'fails queries and /health after the timeouts while the server hangs, and recovers after',
		async () => {
			const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(store().db);
			const target = new URL(process.env.TEST_DATABASE_URL!);
			const proxy = await freezableProxy(target.hostname, Number(target.port || 5432));
			const url = new URL(target);
			url.port = String(proxy.port);
			url.pathname = `/${rows[0].name}`;
			const hung = await openStore({
				url: url.toString(),
				sqlitePath: ':memory:',
				timeouts: { connectMs: 500, statementMs: 300 }
			});
			const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
			try {
				expect((await sql<{ one: number }>`select 1 as one`.execute(hung.db)).rows[0]?.one).toBe(1);
				// As with SIGSTOP on the database's processes: connections stay open, and nothing comes back.
				proxy.freeze();
				const started = Date.now();
				const results = await Promise.allSettled([1, 2, 3].map(() => sql`select 1`.execute(hung.db)));
				expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
				expect(Date.now() - started).toBeLessThan(5_000);
				const health = await healthResponse(() => sql`select 1`.execute(hung.db), 200);
				expect(health.status).toBe(503);

				proxy.thaw();
				await expect
					.poll(async () => (await healthResponse(() => sql`select 1`.execute(hung.db), 1_000)).status, {
						timeout: 10_000
					})
					.toBe(200);
			} finally {
				logged.mockRestore();
				proxy.thaw();
				await hung.db.destroy();
				await proxy.close();
			}
		}
	);
});

describe('a PostgreSQL server that accepts connections and never answers', () => {
	it('is given up on after the connection timeout, not waited for', async () => {
		// A hung server as a client sees it: the TCP connection opens, and nothing ever comes back.
		const sockets = new Set<Socket>();
		const server = createServer((socket) => void sockets.add(socket));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			const started = Date.now();
			await expect(
				openStore({
					url: `postgres://quiz:quiz@127.0.0.1:${port}/quiz`,
					sqlitePath: ':memory:',
					timeouts: { connectMs: 300 }
				})
			).rejects.toThrow(/timeout/i);
			expect(Date.now() - started).toBeLessThan(4_000);
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		}
	});

	it('has the connection timeout by default', () => {
		expect(POSTGRES_TIMEOUTS.connectMs).toBeGreaterThan(0);
		expect(POSTGRES_TIMEOUTS.connectMs).toBeLessThanOrEqual(10_000);
		expect(POSTGRES_TIMEOUTS.statementMs).toBeGreaterThan(0);
		expect(POSTGRES_TIMEOUTS.statementMs).toBeLessThanOrEqual(30_000);
	});
});

/**
 * A TCP proxy to the database that can stop passing bytes on, both ways, while
 * keeping every connection open: a database that hangs, as clients see it.
 */
async function freezableProxy(host: string, port: number) {
	const pairs = new Set<[Socket, Socket]>();
	let frozen = false;
	const server = createServer((client) => {
		const upstream = connect(port, host);
		const pair: [Socket, Socket] = [client, upstream];
		pairs.add(pair);
		client.pipe(upstream);
		upstream.pipe(client);
		if (frozen) for (const socket of pair) socket.pause();
		const end = () => {
			pairs.delete(pair);
			client.destroy();
			upstream.destroy();
		};
		client.on('error', end).on('close', end);
		upstream.on('error', end).on('close', end);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	// Paused sockets read nothing, and piped ones resume when their pipe drains: unpipe while frozen.
	return {
		port: (server.address() as AddressInfo).port,
		freeze() {
			frozen = true;
			for (const [client, upstream] of pairs) {
				client.unpipe(upstream);
				upstream.unpipe(client);
				client.pause();
				upstream.pause();
			}
		},
		thaw() {
			if (!frozen) return;
			frozen = false;
			for (const [client, upstream] of pairs) {
				client.pipe(upstream);
				upstream.pipe(client);
			}
		},
		async close() {
			for (const [client, upstream] of pairs) {
				client.destroy();
				upstream.destroy();
			}
			await new Promise((resolve) => server.close(resolve));
		}
	};
}

describe('the SQLite file', () => {
	it('is in WAL mode with synchronous=NORMAL, when created and when opened again', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'quiz-sync-'));
		try {
			for (let open = 0; open < 2; open++) {
				const store = await openStore({ sqlitePath: join(dir, 'quiz.sqlite') });
				if (store.kind !== 'sqlite') throw new Error('expected SQLite');
				expect(store.client.pragma('journal_mode', { simple: true })).toBe('wal');
				// 1 is NORMAL (2 would be FULL): see the comment in index.ts for what it keeps and what it risks.
				expect(store.client.pragma('synchronous', { simple: true })).toBe(1);
				await store.db.destroy();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('migration 006 (assignment names)', () => {
	it('gives the assignments of an older database the default name, in the server’s zone', async () => {
		const { default: SQLite } = await import('better-sqlite3');
		const { Kysely, Migrator, SqliteDialect } = await import('kysely');
		const { migrationProvider } = await import('./migrations');
		const { migrate } = await import('./index');
		const context = { moduleTitle: (id: string) => (id === 'm' ? 'Two reports' : undefined), timeZone: 'UTC' };
		const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
		try {
			const migrator = new Migrator({ db, provider: migrationProvider(context) });
			expect((await migrator.migrateTo('005_retired_join_codes')).error).toBeUndefined();
			await sql`insert into class (id, teacher_id, name, created_at) values ('c', 't', 'Year 9', '2026-01-01T00:00:00.000Z')`.execute(
				db
			);
			await sql`insert into assignment (id, class_id, module_id, code, attempts_allowed, review, created_at)
				values ('a', 'c', 'm', 'AAAAAA', 1, 'after-item', '2026-03-04T10:00:00.000Z'),
				       ('b', 'c', 'gone', 'CCCCCC', 1, 'after-item', '2026-03-05T10:00:00.000Z')`.execute(db);
			await migrate(db, context);
			const rows = await db.selectFrom('assignment').select(['id', 'name']).orderBy('id').execute();
			expect(rows).toEqual([
				{ id: 'a', name: 'Two reports · 4 Mar 2026' },
				{ id: 'b', name: 'gone · 5 Mar 2026' }
			]);
		} finally {
			await db.destroy();
		}
	});
});
