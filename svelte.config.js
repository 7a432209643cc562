import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { execFileSync } from 'node:child_process';

/*
 * The app's version: the commit it is built from, as SvelteKit's documentation advises (deterministic), else
 * SvelteKit's default, the time. Every start of Vite writes it into .svelte-kit/generated (the server's
 * `version_hash`), and `npm test` builds while Vitest and the modules' check start Vite beside it: with a time,
 * each start wrote its own, and a build once took one process's hash for its server and another's for its
 * pages, whose scripts then never started ("Cannot read properties of undefined (reading 'data')").
 */
function commit() {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
}
const head = commit();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'] })],
	// discloseVersion off: the version Svelte would announce on window serves nobody here, and costs every page bytes.
	compilerOptions: {
		discloseVersion: false,
		runes: ({ filename }) => (filename.endsWith('.svx') ? undefined : true)
	},
	onwarn: (warning, handler) => {
		// mdsvex writes `<script context="module">`; the warning is about its output, not ours.
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.svx')) return;
		handler(warning);
	},
	kit: {
		adapter: adapter(),
		/*
		 * Routes resolved in the browser: a move to a page at a new path fetches no route from the server first (about
		 * 1.4 KB a move on the wire; bench/RESULTS.md, "Moves, third pass"). The cost is a map of every route in the app
		 * entry, on every page: kept small by src/lib/preload/vite-plugin.js (README, "Routes resolved in the browser").
		 */
		router: { resolution: 'client' },
		/*
		 * Content Security Policy. 'auto': server-rendered pages get a fresh nonce for
		 * SvelteKit's own inline script, prerendered pages (none so far) hashes.
		 * No 'unsafe-inline' anywhere: nothing in the app has an inline style or
		 * script (bars are SVG, heatmap shading is classes, prose is checked for
		 * both; see src/lib/quiz/prose.ts). tests/security.test.ts checks the header
		 * and that no page reports a violation.
		 */
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				/*
				 * One exception, for SvelteKit itself: its route announcer (the live region
				 * that reads a new page's title after client-side navigation) carries an
				 * inline style attribute (sveltejs/kit#11993). This allows that exact
				 * attribute value and no other; app.css hides the announcer too, so it stays
				 * hidden in a browser without 'unsafe-hashes'. If SvelteKit changes that
				 * style, the browser tests report the violation and the new hash.
				 */
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		// Without git (a copy of the files), SvelteKit's own default: a Date.now() here would differ between the loads
		// of this file within one build (the first-run test's copy built a server and pages of two versions).
		...(head ? { version: { name: head } } : {}),
		typescript: {
			// Answer keys, scripts and benchmarks are type-checked with the app.
			config: (tsconfig) => {
				tsconfig.include.push('../quizzes/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts', '../bench/**/*.js');
			}
		}
	}
};

export default config;
