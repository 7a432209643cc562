// What the browser tests and the crash test start from, each made only when it is older than its sources:
// the app built into build/ (for the same modules), and, for the browser tests, tests/.generated/modules.json,
// every module with its key as `npm run quizzes:check -- --json` prints it. `npm test` makes both before the
// browser tests start, so that no Vite runs beside svelte-check and ESLint there: each Vite start rewrites
// .svelte-kit/types, and svelte-check read a half-written one (on a clean clone: "Property 'module' is missing").
//
//   node scripts/build-if-stale.js              the modules of quizzes/ only, as `npm start` builds
//   node scripts/build-if-stale.js --fixtures   and the test modules of tests/modules/ (QUIZ_FIXTURES=on), and
//                                               the modules' JSON for the browser tests
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

/** Where the browser tests read every module with its key (tests/fixtures.ts). */
export const MODULES_JSON = join(root, 'tests/.generated/modules.json');

/** Writes MODULES_JSON, with the test modules, unless it is newer than everything the compile step reads. */
export function modulesJsonIfStale({ log = console.log } = {}) {
	const sources = Math.max(
		...[...SOURCES, 'tests/modules', 'scripts/check-quizzes.ts'].map((p) => newest(join(root, p)))
	);
	if (existsSync(MODULES_JSON) && statSync(MODULES_JSON).mtimeMs > sources) {
		log('reusing tests/.generated/modules.json (newer than the sources)');
		return;
	}
	const result = spawnSync('node', ['scripts/vite-run.js', 'scripts/check-quizzes.ts', '--json'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, QUIZ_FIXTURES: 'on' }
	});
	if (result.status !== 0) throw new Error('the modules do not compile: see `npm run quizzes:check`');
	mkdirSync(dirname(MODULES_JSON), { recursive: true });
	writeFileSync(MODULES_JSON, result.stdout);
	log('wrote tests/.generated/modules.json');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const fixtures = process.argv.includes('--fixtures');
	buildIfStale({ fixtures });
	if (fixtures) modulesJsonIfStale();
}
