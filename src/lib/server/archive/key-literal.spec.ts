import { describe, expect, it } from 'vitest';
import JSON5 from 'json5';
import * as prettier from 'prettier';
import { keyFile, quote, textWidth } from './key-literal';
import { fileModuleSource } from './file-module';

async function prettierOf(text: string) {
	const options = await prettier.resolveConfig('quizzes/x/key.ts');
	return prettier.format(text, { ...options, filepath: 'quizzes/x/key.ts' });
}

const long = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('keyFile', () => {
	it.each(['putin-press-conference-2021', 'library-closure'])('lays out %s as Prettier does', async (id) => {
		const source = await fileModuleSource(id);
		const text = keyFile(source!.key as unknown as Record<string, unknown>);
		expect(text).toBe(await prettierOf(text));
		expect(text).toMatch(
			/^import \{ defineModule \} from '\$lib\/modules\/module';\n\nexport default defineModule\(\{\n/
		);
	});

	it('lays out awkward keys as Prettier does', async () => {
		const awkward = {
			title: `It's “quoted” and 'single' "double" \\ back\nnew line\ttab`,
			summary: long(30),
			minutes: 5,
			practice: false,
			sources: ['a-1', 'b_2'],
			speakers: {
				'white-house': { name: 'Short', description: long(25, 'wide字') },
				x: { name: long(40), description: '' },
				emoji: { name: '🙂 '.repeat(40), description: 'e\u0301' }
			},
			items: [
				{ id: 'a', in: [], at: { source: 'a', quote: long(24) }, text: long(50), n: 1 },
				{ id: 'b', evidence: [{ source: 'a', quote: 'q' }], list: [long(11), long(12)], nested: [[1, 2], [3]] },
				{ id: 'c', evidence: [{ source: 'a', quote: long(21) }], empty: {}, none: [] },
				{ id: 'd', near: long(22, 'abcd'), nearer: 'x'.repeat(104), nearest: 'x'.repeat(105) }
			],
			sentence: ['x'.repeat(108)]
		};
		for (let width = 90; width <= 120; width++) {
			(awkward as Record<string, unknown>)[`w${width}`] = { a: 'x'.repeat(width - 20), b: 'y' };
			(awkward as Record<string, unknown>)[`v${width}`] = ['x'.repeat(width - 20), 'y'];
		}
		const text = keyFile(awkward);
		expect(text).toBe(await prettierOf(text));
	});

	it('writes data that JSON5 reads back unchanged', () => {
		const key = { title: `a'b"c\\d\n\u2028\u0000`, list: [1, true, null, { 'a-b': 'c' }] };
		const literal = keyFile(key)
			.replace(/^[\s\S]*defineModule\(/, '')
			.replace(/\);\n$/, '');
		expect(JSON5.parse(literal)).toEqual(key);
	});

	it('refuses what is not data', () => {
		expect(() => keyFile({ f: () => 1 })).toThrow(/not data/);
		expect(() => keyFile({ n: Number.NaN })).toThrow(/not data/);
	});

	it('counts widths as Prettier does', () => {
		expect(textWidth('abc')).toBe(3);
		expect(textWidth('“’')).toBe(2);
		expect(textWidth('字')).toBe(2);
		expect(textWidth('e\u0301')).toBe(1);
		expect(quote("it's")).toBe(`"it's"`);
		expect(quote(`'a' "b" "c"`)).toBe(`'\\'a\\' "b" "c"'`);
		expect(quote(`it's 'x'`)).toBe(`"it's 'x'"`);
	});
});
