import { describe, expect, it } from 'vitest';
import { preloadsWorthNaming } from './vite-plugin.js';

const bundle = {
	'_app/immutable/entry/start.A.js': { type: 'chunk', imports: ['_app/immutable/chunks/client.js'] },
	'_app/immutable/entry/app.B.js': { type: 'chunk', imports: ['_app/immutable/chunks/svelte.js'] },
	'_app/immutable/chunks/client.js': { type: 'chunk', imports: ['_app/immutable/chunks/svelte.js'] },
	'_app/immutable/chunks/svelte.js': { type: 'chunk', imports: [] },
	'_app/immutable/chunks/views.js': { type: 'chunk', imports: ['_app/immutable/chunks/helper.js'] },
	'_app/immutable/chunks/helper.js': { type: 'chunk', imports: [] },
	'_app/immutable/chunks/question.js': { type: 'chunk', imports: ['_app/immutable/chunks/svelte.js'] },
	'_app/immutable/chunks/words.js': { type: 'chunk', imports: [] }
};

describe('preloadsWorthNaming', () => {
	it('leaves out what the importing chunk and the two entries import, and keeps the rest', () => {
		const deps = [
			'_app/immutable/chunks/question.js',
			'_app/immutable/chunks/svelte.js',
			'_app/immutable/chunks/client.js',
			'_app/immutable/chunks/helper.js',
			'_app/immutable/chunks/words.js'
		];
		expect(preloadsWorthNaming(deps, '_app/immutable/chunks/views.js', bundle)).toEqual([
			'_app/immutable/chunks/question.js',
			'_app/immutable/chunks/words.js'
		]);
	});

	it('names no script in the app entry, whose imports are the pages’ nodes (their stylesheets Vite keeps apart)', () => {
		const deps = ['_app/immutable/nodes/7.C.js', '_app/immutable/chunks/words.js'];
		expect(preloadsWorthNaming(deps, '_app/immutable/entry/app.B.js', bundle)).toEqual([]);
	});

	it('keeps everything when it knows nothing of the bundle', () => {
		const deps = ['_app/immutable/chunks/question.js', '_app/immutable/chunks/svelte.js'];
		expect(preloadsWorthNaming(deps, '_app/immutable/chunks/views.js', {})).toEqual(deps);
	});
});
