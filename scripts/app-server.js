/*
 * The built app (build/), served by scripts/serve.js as `npm start` serves it, on 127.0.0.1 and a free
 * port, with a database of its own: for the browser tests that need a server of their own
 * (tests/own-server.ts, tests/security.test.ts, tests/fuzz-actions.test.ts), the crash test
 * (tests/crash/run.js) and the benchmarks (bench/app-server.js).
 *
 * It lives in scripts/, beside the serve.js it runs, because tests and benchmarks both use it and
 * neither owns the other; and it is plain JavaScript (types in JSDoc, checked through the TypeScript
 * files that import it) because tests/crash/run.js and bench/*.js are run by node itself, with no
 * TypeScript loader. It does not build: build/ comes from Playwright's web server, `npm run build`,
 * or the caller's own build step.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));
/** How much of the server's output is kept for error messages: the end of it. */
const OUTPUT_KEPT = 5_000_000;

/** @returns {Promise<number>} a port nothing listens on right now (the kernel's pick for port 0) */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

/**
 * @typedef {object} AppServerOptions
 * @property {Record<string, string | undefined>} [env] more environment for the server (ADDRESS_HEADER,
 *   PRACTICE, …); `undefined` removes a variable. A non-empty DATABASE_URL here (PostgreSQL) replaces the
 *   SQLite file.
 * @property {string} [databasePath] the SQLite file (or env.DATABASE_PATH); by default a new one in a
 *   temporary folder that stop() removes. Give one to start a server again on the same data.
 * @property {number} [port] by default a free one
 * @property {boolean} [https] ORIGIN says https://127.0.0.1:<port>, as behind a proxy that ends TLS; by
 *   default it is the server's own http:// address
 * @property {string[]} [nodeOptions] flags for node itself, before the script (e.g. --cpu-prof)
 * @property {number} [timeoutMs] how long to wait for /health/live before giving up; 60 s by default
 * @property {string} [logFile] a file to append the server's output to as well
 * @property {boolean} [showErrors] pass the server's stderr through to this process's as well
 */

/**
 * @typedef {object} AppServer
 * @property {string} url the server's own address, e.g. http://127.0.0.1:40123
 * @property {string} origin the ORIGIN it was given
 * @property {number} port
 * @property {number} pid the server's process (node itself, not a shell)
 * @property {string} databasePath the SQLite file ('' for a DATABASE_URL)
 * @property {(since?: number) => string} output what the server printed (the last 5 million characters of it), all of it or
 *   since a point that printed() gave
 * @property {() => number} printed how many characters the server has printed so far
 * @property {(signal?: NodeJS.Signals) => void} kill sends a signal and returns at once (for a watchdog)
 * @property {(signal?: NodeJS.Signals) => Promise<void>} stop sends SIGTERM (or the signal given; SIGKILL
 *   after 10 s) and waits for the process to exit; removes the temporary database, if it made one
 */

/**
 * Starts the server and waits until /health/live answers.
 * @param {AppServerOptions} [options]
 * @returns {Promise<AppServer>}
 */
export async function startAppServer(options = {}) {
	for (const file of ['build/index.js', 'build/handler.js'])
		if (!existsSync(join(ROOT, file)))
			throw new Error(`${file} is missing: build the app first (npm run build, or let Playwright build it)`);
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const origin = options.https ? `https://127.0.0.1:${port}` : url;
	const postgres = Boolean(options.env?.DATABASE_URL);
	const given = options.databasePath ?? options.env?.DATABASE_PATH;
	const temporary = postgres || given ? '' : mkdtempSync(join(tmpdir(), 'quiz-server-'));
	const databasePath = postgres ? '' : (given ?? join(temporary, 'quiz.sqlite'));

	/** @type {NodeJS.ProcessEnv} */
	/*
	 * Idle keep-alive connections are kept two minutes, not Node's 5 s. The clients here (Playwright's request
	 * contexts, fetch, autocannon) reuse connections and, unlike browsers, do not retry a request sent on one the
	 * server closed that moment: a fuzz test's first request after 5 s idle on a busy machine got "socket hang up"
	 * (ECONNRESET) in a CI run at load 9, no fault of the app's. Any caller's env may set another.
	 */
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, KEEP_ALIVE_TIMEOUT: '120' };
	// SQLite unless the caller names a PostgreSQL server: never one that happens to be set in the shell.
	delete env.DATABASE_URL;
	if (!postgres) env.DATABASE_PATH = databasePath;
	for (const [name, value] of Object.entries(options.env ?? {})) {
		if (value === undefined || (name === 'DATABASE_URL' && !value)) delete env[name];
		else env[name] = value;
	}

	const child = spawn(process.execPath, [...(options.nodeOptions ?? []), SERVE], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let printed = 0;
	/** @param {Buffer | string} chunk */
	const keep = (chunk) => {
		const text = chunk.toString();
		printed += text.length;
		output = (output + text).slice(-OUTPUT_KEPT);
		if (options.logFile) appendFileSync(options.logFile, chunk);
	};
	const exited = new Promise((resolve) => {
		child.once('exit', resolve);
		child.once('error', (error) => resolve(keep(`could not run node: ${error.message}\n`)));
	});
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	if (options.showErrors) child.stderr.on('data', (chunk) => process.stderr.write(chunk));
	const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;

	/** @type {AppServer} */
	const server = {
		url,
		origin,
		port,
		pid: child.pid ?? 0,
		databasePath,
		output: (since = 0) => output.slice(Math.max(0, since - (printed - output.length))),
		printed: () => printed,
		kill: (signal = 'SIGTERM') => void (running() && child.kill(signal)),
		async stop(signal = 'SIGTERM') {
			if (running()) {
				child.kill(signal);
				const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
				await exited;
				clearTimeout(timer);
			}
			if (temporary) rmSync(temporary, { recursive: true, force: true });
		}
	};

	const deadline = Date.now() + (options.timeoutMs ?? 60_000);
	for (;;) {
		if (!running()) {
			await server.stop();
			throw new Error(`the server on port ${port} exited at start (${child.exitCode ?? child.signalCode}):\n${output}`);
		}
		const live = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(5000) }).then(
			(response) => response.ok,
			() => false
		);
		if (live) return server;
		if (Date.now() > deadline) {
			await server.stop();
			throw new Error(`the server on port ${port} did not answer /health/live in time:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
