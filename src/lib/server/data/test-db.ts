/*
 * Test fixture: the databases the data-layer specs run against. Only specs
 * import this file, so it never reaches the app's build.
 *
 * - Always a fresh in-memory SQLite database.
 * - PostgreSQL too when TEST_DATABASE_URL is set. `npm run test:data:pg`
 *   sets it to postgres://quiz:quiz@127.0.0.1:5432/quiz_test unless it is
 *   set already; .ci/run creates that role and database. The URL is only used as
 *   an admin connection: each spec file gets its own freshly created database
 *   (quiz_t_<pid>_<random>), migrated on open and dropped when the file is
 *   done, so files running in parallel never see each other's rows. The role
 *   needs the CREATEDB privilege.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Kysely } from 'kysely';
import { openStore, type DB, type Store } from '../db/index';
import type { ReviewMode } from '$lib/teaching/types';
import { createAssignment, createClass } from './classes';
import { joinAssignment } from './learners';

export interface StoreFixture {
	kind: Store['kind'];
	/** Opens a fresh, migrated store that no other spec file uses. */
	open(): Promise<Store>;
	/** Closes the store and drops whatever was created for it. */
	close(store: Store): Promise<void>;
}

const sqliteFixture: StoreFixture = {
	kind: 'sqlite',
	open: () => openStore({ sqlitePath: ':memory:' }),
	close: (store) => store.db.destroy()
};

/** Runs statements on the admin connection (the database named by TEST_DATABASE_URL). */
async function admin<T>(adminUrl: string, work: (client: import('pg').Client) => Promise<T>): Promise<T> {
	const { default: pg } = await import('pg');
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/**
 * Drops a test database once its connections are gone. The pool's `end()`
 * resolves when it has asked its clients to close, before the server has let
 * them go; `drop … with (force)` would then kill a client that no longer has
 * an error listener, and the kill surfaces as an unhandled error in the run.
 */
async function dropDatabase(adminUrl: string, name: string) {
	await admin(adminUrl, async (client) => {
		for (let waited = 0; waited < 5_000; waited += 50) {
			const { rows } = await client.query<{ n: string }>(
				'select count(*) as n from pg_stat_activity where datname = $1',
				[name]
			);
			if (Number(rows[0]?.n) === 0) break;
			await pause(50);
		}
		await client.query(`drop database if exists "${name}" with (force)`);
	});
}

function postgresFixture(adminUrl: string): StoreFixture {
	const databases = new WeakMap<Store, string>();
	return {
		kind: 'postgres',
		async open() {
			const name = `quiz_t_${process.pid}_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
			await admin(adminUrl, (client) => client.query(`create database "${name}"`));
			const url = new URL(adminUrl);
			url.pathname = `/${name}`;
			try {
				const store = await openStore({ url: url.toString(), sqlitePath: ':memory:' });
				databases.set(store, name);
				return store;
			} catch (error) {
				await dropDatabase(adminUrl, name);
				throw error;
			}
		},
		async close(store) {
			await store.db.destroy();
			const name = databases.get(store);
			if (name) await dropDatabase(adminUrl, name);
		}
	};
}

/** The stores to run the data-layer specs against: SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function testStores(): StoreFixture[] {
	const url = process.env.TEST_DATABASE_URL;
	if (url && !/^postgres(ql)?:\/\//.test(url)) {
		throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, not ${url}`);
	}
	return url ? [sqliteFixture, postgresFixture(url)] : [sqliteFixture];
}

/**
 * Declares `body`'s tests once per store, as "<title> on sqlite > …" and
 * "<title> on postgres > …". Each store is opened once for the file's block,
 * so tests make their own rows (their own teacher, class, attempt) rather than
 * counting on an empty database. `store()` is only valid inside a test or hook.
 */
export function describeStores(title: string, body: (store: () => Store, kind: Store['kind']) => void) {
	for (const fixture of testStores()) {
		describe(`${title} on ${fixture.kind}`, () => {
			let opened: Store | undefined;
			beforeAll(async () => {
				opened = await fixture.open();
			}, 30_000);
			afterAll(async () => {
				if (opened) await fixture.close(opened);
			}, 30_000);
			body(() => {
				if (!opened) throw new Error(`The ${fixture.kind} store is not open (use store() inside a test).`);
				return opened;
			}, fixture.kind);
		});
	}
}

/** A fresh teacher's class with one assignment of the first module: every data spec's starting point. */
export async function seedAssignment(
	db: DB,
	options: { moduleId?: string; attemptsAllowed?: number; review?: ReviewMode; teacherId?: string } = {}
) {
	const teacher = options.teacherId ?? `teacher-${crypto.randomUUID()}`;
	const cls = await createClass(db, teacher, 'Year 9');
	const assignment = await createAssignment(db, teacher, cls.id, {
		moduleId: options.moduleId ?? 'putin-press-conference-2021',
		name: 'Year 9 test',
		opensAt: null,
		closesAt: null,
		attemptsAllowed: options.attemptsAllowed ?? 2,
		review: options.review ?? 'after-submit'
	});
	if (!assignment) throw new Error('could not create the assignment');
	return assignment;
}

/** Joins a learner, failing the test if the name is taken. */
export async function seedLearner(db: DB, assignmentId: string, name: string) {
	const joined = await joinAssignment(db, assignmentId, name);
	if (!joined.ok) throw new Error(`could not join as ${name}`);
	return joined;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * better-auth's tables (user, session, account, verification), made by its own migrations as auth.ts does at
 * start: the data specs that read a teacher's name need them, the others leave them out.
 */
export async function addAuthTables(store: Store) {
	const { getMigrations } = await import('better-auth/db/migration');
	const { runMigrations } = await getMigrations({ database: { db: store.db, type: store.kind } });
	await runMigrations();
}

/** A teacher's account row, named: the app never writes the user table (schema.ts), so this goes round its types. */
export async function seedTeacherAccount(store: Store, name: string): Promise<string> {
	const id = `teacher-${crypto.randomUUID()}`;
	// better-sqlite3 binds neither booleans nor dates.
	const [verified, at] = store.kind === 'sqlite' ? [0, new Date().toISOString()] : [false, new Date()];
	const writable = store.db as unknown as Kysely<{
		user: { id: string; name: string; email: string; emailVerified: unknown; createdAt: unknown; updatedAt: unknown };
	}>;
	await writable
		.insertInto('user')
		.values({ id, name, email: `${id}@example.org`, emailVerified: verified, createdAt: at, updatedAt: at })
		.execute();
	return id;
}
