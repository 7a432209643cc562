// Builds the app and serves the production build on 127.0.0.1 for the
// benchmark commands: on a free port (so a command can run beside the dev
// server or the browser tests), with a database of the caller's choosing.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * `npm run build`. Its output (progress, and warnings about dependencies
 * that are not ours to fix) is shown only if the build fails, so that it
 * does not bury the figures.
 */
export function buildApp() {
	const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (build.status !== 0) {
		process.stderr.write(`${build.stdout}${build.stderr}`);
		throw new Error(`npm run build failed (exit ${build.status})`);
	}
}

/** @returns {Promise<number>} a port nothing listens on right now */
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
 * @typedef {object} AppServer
 * @property {string} base the origin, e.g. http://127.0.0.1:40123
 * @property {number} pid the server's process (node itself, not a shell)
 * @property {() => { rss: number, peak: number }} memory resident and peak resident set, in bytes
 * @property {() => Promise<void>} stop
 */

/**
 * Starts `node build` and waits until it answers.
 * @param {Record<string, string>} databaseEnv from bench/database.js
 * @returns {Promise<AppServer>}
 */
export async function startApp(databaseEnv) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	// BENCH_CPU_PROF=<dir> writes the server's V8 CPU profile there when it stops (open it in Chrome's DevTools).
	const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
	const child = spawn(process.execPath, [...profile, 'build'], {
		env: { ...process.env, ...databaseEnv, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base },
		// "Listening on …" would only clutter the tables; errors still show.
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const pid = child.pid;
	if (pid === undefined) throw new Error('could not start the server');
	const server = {
		base,
		pid,
		memory: () => memoryOf(pid),
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
	};
	try {
		await Promise.race([
			waitFor(`${base}/health`),
			exited.then(() => Promise.reject(new Error('the server exited at start')))
		]);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

/** @param {string} url */
async function waitFor(url) {
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${url} did not start within 15 s`);
}

/**
 * The kernel's own account of the process's memory (Linux): VmRSS is what it
 * holds now, VmHWM the most it ever held.
 * @param {number} pid
 */
function memoryOf(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kB = (/** @type {string} */ field) =>
		Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
	return { rss: kB('VmRSS'), peak: kB('VmHWM') };
}
