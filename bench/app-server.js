// Builds the app and serves the production build on 127.0.0.1 for the
// benchmark commands: on a free port (so a command can run beside the dev
// server or the browser tests), with a database of the caller's choosing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startAppServer } from '../scripts/app-server.js';

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

/**
 * @typedef {object} AppServer
 * @property {string} base the origin, e.g. http://127.0.0.1:40123
 * @property {number} pid the server's process (node itself, not a shell)
 * @property {() => { rss: number, peak: number }} memory resident and peak resident set, in bytes
 * @property {() => number} cpu seconds of CPU the server's process has used so far (user and system, all its threads)
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the built app (scripts/app-server.js) and waits until it answers.
 * @param {Record<string, string | undefined>} databaseEnv from bench/database.js, and more settings (`undefined`
 *   removes one)
 * @returns {Promise<AppServer>}
 */
export async function startApp(databaseEnv) {
	// BENCH_CPU_PROF=<dir> writes the server's V8 CPU profile there when it stops (open it in Chrome's DevTools).
	const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
	// "Listening on …" would only clutter the tables; errors still show.
	// BENCH_PORT=<port>: a port of the caller's choosing, for a machine where each user has their own range.
	const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
	const server = await startAppServer({ env: databaseEnv, nodeOptions: profile, showErrors: true, port });
	return {
		base: server.url,
		pid: server.pid,
		memory: () => memoryOf(server.pid),
		cpu: () => cpuOf(server.pid),
		stop: () => server.stop()
	};
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

/**
 * The CPU time the process has used, from /proc/<pid>/stat (utime and stime, in clock ticks of 1/100 s on
 * Linux): unlike a rate of requests, it does not grow when other processes take the CPU from the server.
 * @param {number} pid
 */
function cpuOf(pid) {
	// The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// utime and stime are fields 14 and 15 of the whole line; the rest starts at field 3.
	return (Number(fields[11]) + Number(fields[12])) / 100;
}
