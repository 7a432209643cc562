import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import { moduleFiles } from '$lib/server/content';
import { compileModule, type ModuleFiles } from './compile';
import { compileSource } from './compile-source';
import { moduleKeySchema } from './key-schema';
import { renderMarkdown } from './markdown';
import type { AnyModuleKey } from './module';
import { normalize } from './normalize';
import type { ModuleSource } from './source';

const folder = '/tests/modules/library-closure';
type Items = Record<string, Record<string, unknown>>;

/** The fixture module as quizzes:check reads it, with one change; the key is a copy, free to break. */
function filesWith(change: (items: Items, key: AnyModuleKey) => void): ModuleFiles {
	const files = moduleFiles(folder);
	const key = structuredClone(files.key);
	change(Object.fromEntries(key.items.map((item) => [item.id, item as never])), key);
	return { ...files, key };
}

/** The same module held as data, as the editor stores it: the key as JSON, the prose as Markdown. */
function sourceOf(files: ModuleFiles): ModuleSource {
	const markdown = (name: string) => readFileSync(`.${folder}/${name}.svx`, 'utf8');
	return {
		id: files.id,
		key: JSON.parse(JSON.stringify(files.key)),
		documents: files.documents,
		prose: { intro: markdown('intro'), debrief: markdown('debrief'), teacherNotes: markdown('teacher-notes') }
	};
}

const problems = (result: ReturnType<typeof compileModule>) => (result.ok ? [] : result.problems);

describe('compileSource', () => {
	it('compiles the fixture module held as data to the module quizzes:check compiles', () => {
		const files = moduleFiles(folder);
		const fromFiles = compileModule(files);
		const fromData = compileSource(sourceOf(files), renderMarkdown);
		if (!fromFiles.ok || !fromData.ok) throw new Error(problems(fromData).join('\n'));
		const { prose: _a, ...filed } = normalize(fromFiles.module) as unknown as Record<string, unknown>;
		const { prose: _b, ...authored } = normalize(fromData.module) as unknown as Record<string, unknown>;
		expect(authored).toEqual(filed);
		expect(fromData.module.prose.intro).toContain('<h2>A library closes</h2>');
	});

	const breaks: Array<[string, (items: Items, key: AnyModuleKey) => void]> = [
		['an unknown speaker id', (items) => (items['holt-quote'].speaker = 'mayor')],
		[
			'a quote that is not in the document',
			(items) => {
				items['holt-quote'].evidence = [{ source: 'gazette', quote: 'said Mayor Dina Holt' }];
			}
		],
		['a quote found twice', (items) => (items['holt-quote'].evidence = [{ source: 'gazette', quote: 'the' }])],
		['an empty explanation', (items) => (items['holt-quote'].explanation = '')],
		['a missing explanation', (items) => delete items['holt-quote'].explanation],
		['a missing prompt', (items) => delete items['holt-quote'].prompt],
		['an unknown kind', (items) => (items['holt-quote'].kind = 'essay')],
		['an unknown source', (items) => (items['holt-quote'].statement = { source: 'herald', quote: 'x' })],
		['a practice that is not true or false', (_, key) => ((key as { practice: unknown }).practice = 'yes')]
	];

	for (const [what, change] of breaks) {
		it(`refuses ${what} with quizzes:check's message`, () => {
			const files = filesWith(change);
			const expected = problems(compileModule(files));
			expect(expected.length).toBeGreaterThan(0);
			expect(problems(compileSource(sourceOf(files), renderMarkdown))).toEqual(expected);
		});
	}

	it('names the item and the field of a key of the wrong shape', () => {
		const source = sourceOf(
			filesWith((items) => {
				items['holt-quote'].mode = 'rumour';
				items['holt-quote'].evidence = [];
				items['holt-quote'].explaination = 'a typo';
			})
		);
		expect(problems(compileSource(source, renderMarkdown))).toEqual([
			'quizzes/library-closure/key.ts: item holt-quote (attribution): "mode" must be one of direct-quote, partial-quote, paraphrase, vague-source, reporter-claim',
			'quizzes/library-closure/key.ts: item holt-quote (attribution): "evidence" must be a list with at least one entry',
			'quizzes/library-closure/key.ts: item holt-quote (attribution): "explaination" is not a field here'
		]);
	});

	it('names an item that is not an object by its number', () => {
		const source = sourceOf(moduleFiles(folder));
		const key = { ...source.key, items: [...source.key.items, 'an item'] } as unknown as ModuleSource['key'];
		expect(problems(compileSource({ ...source, key }, renderMarkdown))).toEqual([
			`quizzes/library-closure/key.ts: item #${source.key.items.length + 1} (no kind): must be an object, not "an item"`
		]);
	});

	it('refuses a document id no file could have, and prose with raw HTML renders as text', () => {
		const source = sourceOf(moduleFiles(folder));
		expect(
			problems(compileSource({ ...source, documents: { ...source.documents, '../x': 'y' } }, renderMarkdown))
		).toEqual(['module: documents.../x: a document id must be 1–40 lower-case letters, digits or hyphens']);
		const scripted = compileSource(
			{ ...source, prose: { ...source.prose, intro: '<script>alert(1)</script>' } },
			renderMarkdown
		);
		expect(scripted.ok && scripted.module.prose.intro).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
	});

	it('refuses prose that renders to nothing, as a file module’s empty .svx', () => {
		const source = sourceOf(moduleFiles(folder));
		expect(problems(compileSource({ ...source, prose: { ...source.prose, debrief: ' ' } }, renderMarkdown))).toEqual([
			'quizzes/library-closure: prose "debrief" is missing or empty'
		]);
	});

	it('outputs the type of a key.ts (the module key schema and ModuleKey cannot drift)', () => {
		type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
		expectTypeOf<Same<v.InferOutput<typeof moduleKeySchema>, AnyModuleKey>>().toEqualTypeOf<true>();
	});
});
