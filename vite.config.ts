import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	preview: { port: 3000 },
	test: {
		include: ['src/**/*.spec.ts', 'quizzes/**/*.spec.ts'],
		environment: 'node'
	}
});
