// Runs a script through Vite (scripts/vite-run.js), as the app loads its
// modules: `$lib`, `import.meta.glob`, `.svx`.
import { execFileSync } from 'node:child_process';

/**
 * Runs the entry and returns its stdout. Tries twice: Vite may find while
 * loading that it must bundle a dependency again (its cache in
 * node_modules/.vite is shared with every Vite process on the machine),
 * which fails that load before the script runs at all.
 * @param {string} entry e.g. 'scripts/check-quizzes.ts'
 * @param {string[]} args
 * @returns {string}
 */
export function viteRun(entry, args) {
	/** @type {unknown} */
	let failure;
	for (let attempt = 1; attempt <= 2; attempt++) {
		try {
			return execFileSync(process.execPath, ['scripts/vite-run.js', entry, ...args], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
				maxBuffer: 64 * 1024 * 1024
			});
		} catch (error) {
			failure = error;
			const stderr = String(/** @type {{ stderr?: unknown }} */ (error).stderr ?? '').trim();
			console.error(`${entry} failed (attempt ${attempt} of 2):\n${stderr.split('\n').slice(-5).join('\n')}`);
		}
	}
	throw failure;
}

/**
 * The modules as `npm run quizzes:check -- --json` prints them: items with their keys and resolved token spans.
 * @returns {import('../tests/fixtures').Module[]}
 */
export function normalizedModules() {
	return JSON.parse(viteRun('scripts/check-quizzes.ts', ['--json']));
}
