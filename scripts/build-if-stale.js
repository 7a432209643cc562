// Builds the app into build/ unless the build there is newer than every source and was made for the same
// modules. `npm test` builds once, beside the unit tests; the browser tests' server and the crash test then
// start from that build instead of each building again.
//
//   node scripts/build-if-stale.js              the modules of quizzes/ only, as `npm start` builds
//   node scripts/build-if-stale.js --fixtures   and the test modules of tests/modules/ (QUIZ_FIXTURES=on)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Which modules the build in build/ serves; a build without it (`npm start`, `npm run build`) serves quizzes/ only. */
const STAMP = join(root, 'build/.modules');
const SOURCES = ['src', 'quizzes', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** Newest modification time under a path (files only). */
function newest(/** @type {string} */ path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = 0;
	for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
	return max;
}

/** What build/ was made for: 'fixtures', 'quizzes', or undefined when there is no build. */
function built() {
	if (!existsSync(join(root, 'build/index.js'))) return undefined;
	return existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : 'quizzes';
}

/**
 * Builds unless build/ is fresh. `fixtures`: true or false asks for that build; undefined takes a fresh build
 * of either kind (the crash test runs on whatever modules the build serves).
 * @param {{ fixtures?: boolean, log?: (line: string) => void }} options
 */
export function buildIfStale({ fixtures, log = console.log } = {}) {
	const want = fixtures === undefined ? (built() ?? 'quizzes') : fixtures ? 'fixtures' : 'quizzes';
	const sources = Math.max(
		...[...SOURCES, ...(want === 'fixtures' ? ['tests/modules'] : [])].map((p) => newest(join(root, p)))
	);
	const fresh = built() === want && statSync(join(root, 'build/index.js')).mtimeMs > sources;
	if (fresh) {
		log(`reusing build/ (newer than the sources; modules: ${want})`);
		return;
	}
	log(`building the app (modules: ${want})…`);
	const started = Date.now();
	const result = spawnSync('npx', ['vite', 'build'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, QUIZ_FIXTURES: want === 'fixtures' ? 'on' : 'off' }
	});
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error('vite build failed');
	}
	writeFileSync(STAMP, `${want}\n`);
	log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	buildIfStale({ fixtures: process.argv.includes('--fixtures') });
}
