import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { i18n } from './src/lib/i18n/options.js';
import { pageMessages } from './src/lib/i18n/page/vite-plugin.js';
import { kindChunks } from './src/lib/kinds/vite-chunks.js';
import { lighterPreloads } from './src/lib/preload/vite-plugin.js';

/*
 * The folders whose modules the app serves: quizzes/ always, and with
 * QUIZ_FIXTURES=on (the browser tests' build) and under Vitest also
 * tests/modules/, the small invented modules that the browser flows and the
 * kinds' walkthroughs run on. The globs are written here,
 * at build time, so a production build carries no test module at all.
 */
function quizSources(): Plugin {
	const id = 'virtual:quiz-sources';
	const fixtures = process.env.QUIZ_FIXTURES === 'on' || process.env.VITEST;
	const roots = ['/quizzes', ...(fixtures ? ['/tests/modules'] : [])];
	const glob = (file: string) => JSON.stringify(roots.map((root) => `${root}/*/${file}`));
	return {
		name: 'quiz-sources',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) =>
			resolved === `\0${id}`
				? [
						`export const keys = import.meta.glob(${glob('key.ts')}, { eager: true, import: 'default' });`,
						`export const documents = import.meta.glob(${glob('documents/*.txt')}, { eager: true, query: '?raw', import: 'default' });`,
						`export const prose = import.meta.glob(${glob('*.svx')}, { eager: true, import: 'default' });`,
						// The prose's Markdown as written, for exporting a module; loaded only when asked for (not eager).
						`export const proseSources = import.meta.glob(${glob('*.svx')}, { query: '?raw', import: 'default' });`
					].join('\n')
				: undefined
	};
}

/*
 * Paraglide's plugin writes src/lib/paraglide from the message files on `vite dev` (and again on each edit) and
 * `vite build`. Not under Vitest or scripts/vite-run.js: there the compile costs seconds per start and keeps the
 * process from ending (measured: a one-file Vitest run took 36 s instead of 5, "close timed out"); they use what
 * `npm ci` (the prepare script) or `npm run check` wrote with scripts/i18n.js.
 */
const compilesMessages = process.argv.some((arg) => arg === 'dev' || arg === 'build');

const SPECS = ['src/**/*.spec.ts', 'quizzes/**/*.spec.ts'];
const MOCKING = ['src/lib/server/learner-queries.spec.ts'];

export default defineConfig({
	plugins: [
		quizSources(),
		...(compilesMessages ? [paraglideVitePlugin({ ...i18n, strategy: [...i18n.strategy] })] : []),
		pageMessages(),
		kindChunks(),
		lighterPreloads(),
		sveltekit()
	],
	server: { port: 5173 },
	preview: { port: 3000 },
	test: {
		environment: 'node',
		// Worker threads start faster than the default child processes: over the suite's 40-odd files, a quarter
		// less CPU time (measured: 31.6 s against 39.1 s).
		pool: 'threads',
		/*
		 * Vitest's 5 s limit is for a quiet machine: with the browser suite, builds and other work sharing 2 cores, a
		 * PostgreSQL test or the zip-bomb refusal took 5.0-6.8 s and failed (seen in a CI run at bd34a4d under load
		 * 10). Generous but bounded, as the browser tests' limits are.
		 */
		testTimeout: 30_000,
		hookTimeout: 60_000,
		projects: [
			/*
			 * The files share one module graph per worker instead of importing the app again each: measured on the
			 * whole suite (68 files), 20 s of CPU against 45 s. Safe because the tests hold no state in modules:
			 * each makes its own database, and the app's caches (the modules, date formatters) are the same for all.
			 */
			{ extends: true, test: { name: 'unit', include: SPECS, exclude: MOCKING, isolate: false } },
			// A file that replaces a module with vi.mock needs a module graph of its own, or the mock leaks.
			{ extends: true, test: { name: 'isolated', include: MOCKING } }
		]
	}
});
