import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleFiles } from '$lib/server/content';
import { itemProblems } from './item-problems';
import type { ModuleSource } from './source';

const folder = '/tests/modules/library-closure';

/** The fixture module held as data, as the editor stores it. */
function source(): ModuleSource {
	const files = moduleFiles(folder);
	const markdown = (name: string) => readFileSync(`.${folder}/${name}.svx`, 'utf8');
	return {
		id: 'authored',
		key: JSON.parse(JSON.stringify(files.key)),
		documents: files.documents,
		prose: { intro: markdown('intro'), debrief: markdown('debrief'), teacherNotes: markdown('teacher-notes') }
	};
}

describe('itemProblems', () => {
	it('finds none in a sound item, whatever the other items hold', () => {
		const module = source();
		const [first, second] = module.key.items;
		(second as { explanation: string }).explanation = '';
		expect(itemProblems(module, first)).toEqual({ own: [], moduleHasOthers: false });
	});

	it('gives a misquoted item’s problem with the closest match, as quizzes:check words it', () => {
		const module = source();
		const item = {
			...module.key.items[0],
			statement: { source: 'gazette', quote: 'a building open that nobody loves' }
		};
		const { own } = itemProblems(module, item);
		expect(own).toHaveLength(1);
		expect(own[0]).toMatch(
			new RegExp(
				`^quizzes/${module.id}/key\\.ts: item ${item.id} \\(${item.kind}\\): statement: quote "a building open that nobody loves" is not in the document; closest match: "`
			)
		);
	});

	it('gives a misquoted item’s problem while the module’s summary and prose are still unwritten', () => {
		// The compile step checks the module's summary and prose before any item and stops there: a new module's
		// empty summary and intro once hid the item's problems, and the editor said the item had none.
		for (const unwritten of ['summary', 'prose'] as const) {
			const module = source();
			if (unwritten === 'summary') module.key.summary = '';
			else module.prose = { intro: '', debrief: '', teacherNotes: '' };
			const item = {
				...module.key.items[0],
				statement: { source: 'gazette', quote: 'a building open that nobody loves' }
			};
			const { own, moduleHasOthers } = itemProblems(module, item);
			expect(own, unwritten).toEqual([
				expect.stringMatching(
					/^quizzes\/authored\/key\.ts: item [^:]+: statement: quote "a building open that nobody loves" is not in/
				)
			]);
			expect(moduleHasOthers, unwritten).toBe(true);
			expect(itemProblems(module, module.key.items[0]), unwritten).toEqual({ own: [], moduleHasOthers: true });
		}
	});

	it('says so when the module has problems of its own', () => {
		const module = source();
		module.documents = {};
		expect(itemProblems(module, module.key.items[0]).moduleHasOthers).toBe(true);
	});
});
