import { describe, expect, it } from 'vitest';
import { namedByTheirViews } from './vite-chunks.js';

const view = 'src/lib/kinds/some-kind/Question.svelte';

// As Vite writes it when a group's chunk holds the view: under the chunk's file, imported by the loaders' chunk.
const manifest = {
	'_loaders.js': {
		file: '_app/immutable/chunks/loaders.js',
		imports: ['_svelte.js'],
		dynamicImports: ['_question.js', 'src/lib/kinds/some-kind/Feedback.svelte']
	},
	'_question.js': {
		file: '_app/immutable/chunks/question.js',
		imports: ['_svelte.js'],
		css: ['_app/immutable/assets/question.css']
	},
	'_svelte.js': { file: '_app/immutable/chunks/svelte.js' },
	'src/lib/kinds/some-kind/Feedback.svelte': {
		file: '_app/immutable/chunks/feedback.js',
		src: 'src/lib/kinds/some-kind/Feedback.svelte',
		isDynamicEntry: true,
		imports: ['_question.js', '_svelte.js']
	}
};

describe('namedByTheirViews', () => {
	const named = namedByTheirViews(manifest, new Map([['_app/immutable/chunks/question.js', view]]));

	it('lists the chunk under its view’s name, as the view’s own entry, with its styles', () => {
		expect(named['_question.js']).toBeUndefined();
		expect(named[view]).toEqual({
			file: '_app/immutable/chunks/question.js',
			src: view,
			isDynamicEntry: true,
			imports: ['_svelte.js'],
			css: ['_app/immutable/assets/question.css']
		});
	});

	it('renames it wherever it is imported, statically or not, and leaves the rest as it was', () => {
		expect(named['_loaders.js'].dynamicImports).toEqual([view, 'src/lib/kinds/some-kind/Feedback.svelte']);
		expect(named['src/lib/kinds/some-kind/Feedback.svelte'].imports).toEqual([view, '_svelte.js']);
		expect(named['_svelte.js']).toEqual(manifest['_svelte.js']);
		expect(Object.keys(named)).toHaveLength(Object.keys(manifest).length);
	});

	it('leaves a chunk that is its view’s entry already', () => {
		const entry = { [view]: { file: '_app/immutable/chunks/question.js', src: view, isDynamicEntry: true } };
		expect(namedByTheirViews(entry, new Map([['_app/immutable/chunks/question.js', view]]))).toEqual(entry);
	});
});
