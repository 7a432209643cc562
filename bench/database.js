// A fresh database for one benchmark run, and its removal afterwards: a SQLite
// file in a temporary folder by default, or a new PostgreSQL database when
// DATABASE_URL names a server (the URL is only used to create and drop it, as
// the data-layer tests do with TEST_DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * @typedef {object} BenchDatabase
 * @property {'sqlite' | 'postgres'} kind
 * @property {string} label what to print: the engine and where it lives
 * @property {Record<string, string>} env what the server needs to use it
 * @property {{ url?: string, sqlitePath: string }} config the same, as openStore() takes it (bench/seed.js)
 * @property {() => Promise<void>} drop removes it; call once the server has stopped
 */

/** @returns {Promise<BenchDatabase>} */
export async function freshDatabase() {
	const url = process.env.DATABASE_URL;
	if (url && /^postgres(ql)?:\/\//.test(url)) return freshPostgres(url);
	if (url) throw new Error(`DATABASE_URL must be a postgres:// URL, not ${url}`);
	return freshSqlite();
}

/** @returns {BenchDatabase} */
function freshSqlite() {
	const dir = mkdtempSync(join(tmpdir(), 'quiz-bench-'));
	const sqlitePath = join(dir, 'bench.sqlite');
	return {
		kind: 'sqlite',
		label: `SQLite, file in ${dir}`,
		// An empty DATABASE_URL, so that one set in the shell cannot redirect the server.
		env: { DATABASE_PATH: sqlitePath, DATABASE_URL: '' },
		config: { sqlitePath },
		drop: async () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * @param {string} serverUrl
 * @returns {Promise<BenchDatabase>}
 */
async function freshPostgres(serverUrl) {
	const name = `quiz_bench_${process.pid}_${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;
	await admin(serverUrl, `create database "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const version = await admin(serverUrl, 'show server_version');
	return {
		kind: 'postgres',
		label: `PostgreSQL ${version} at ${url.host}, database ${name}`,
		env: { DATABASE_URL: url.toString() },
		config: { url: url.toString(), sqlitePath: ':memory:' },
		// WITH (FORCE) ends connections a crashed server may have left behind.
		drop: async () => void (await admin(serverUrl, `drop database if exists "${name}" with (force)`))
	};
}

/**
 * Runs one statement on the server's maintenance connection: the URL's own
 * database if it names one, else `postgres` (the role's namesake may not exist).
 * @param {string} serverUrl @param {string} statement
 * @returns {Promise<string>} the first column of the first row, if any
 */
async function admin(serverUrl, statement) {
	const url = new URL(serverUrl);
	if (url.pathname === '' || url.pathname === '/') url.pathname = '/postgres';
	const client = new pg.Client({ connectionString: url.toString() });
	await client.connect();
	try {
		const result = await client.query(statement);
		const first = result.rows[0];
		return first ? String(Object.values(first)[0]) : '';
	} finally {
		await client.end();
	}
}
