import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'] })],
	compilerOptions: { runes: ({ filename }) => (filename.endsWith('.svx') ? undefined : true) },
	onwarn: (warning, handler) => {
		// mdsvex writes `<script context="module">`; the warning is about its output, not ours.
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.svx')) return;
		handler(warning);
	},
	kit: {
		adapter: adapter(),
		typescript: {
			// Answer keys, scripts and benchmarks are type-checked with the app.
			config: (tsconfig) => {
				tsconfig.include.push('../quizzes/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
