import { describe, expect, it } from 'vitest';
import { compileModule, type ModuleFiles } from './compile';
import { fixtureFiles, fixtureProse, wireDocument } from '$lib/kinds/fixtures';

const keyFile = 'quizzes/fixture/key.ts';

/** The fixture module with one change; its key and documents are fresh copies, free to break. */
function broken(change: (files: ModuleFiles, items: Record<string, Record<string, unknown>>) => void) {
	const files = fixtureFiles();
	const items = Object.fromEntries(files.key.items.map((item) => [item.id, item as never]));
	change(files, items);
	return files;
}

function problemsOf(files: ModuleFiles): string[] {
	const result = compileModule(files);
	if (result.ok) throw new Error('expected the module not to compile');
	return result.problems;
}

describe('compileModule', () => {
	it('compiles a valid module: documents tokenized, every quote resolved', () => {
		const result = compileModule(fixtureFiles());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { module } = result;
		expect(module).toMatchObject({ id: 'fixture', title: 'Fixture module', minutes: 5, prose: fixtureProse });
		expect(module.sources.map((doc) => [doc.id, doc.meta.outlet])).toEqual([
			['wire', 'Test Wire'],
			['daily', 'Test Daily']
		]);
		expect(module.items.map((item) => item.id)).toEqual(['cheated', 'kyiv-regime', 'nato-promise']);
	});

	it('keeps a module out of practice unless its key says `practice: true`', () => {
		const without = compileModule(fixtureFiles());
		expect(without.ok && without.module.practice).toBe(false);
		const files = fixtureFiles();
		const practised = compileModule({ ...files, key: { ...files.key, practice: true } });
		expect(practised.ok && practised.module.practice).toBe(true);
		const notPractised = compileModule({ ...files, key: { ...files.key, practice: false } });
		expect(notPractised.ok && notPractised.module.practice).toBe(false);
	});

	it('refuses a `practice` that is not true or false', () => {
		for (const value of ['yes', 1, null, {}]) {
			const files = broken((f) => {
				(f.key as unknown as Record<string, unknown>).practice = value;
			});
			expect(problemsOf(files)).toEqual([
				`${keyFile}: "practice" must be true or false (leave it out to keep the module out of practice)`
			]);
		}
	});

	it('names the key file, the item, the quote and the closest match of a missing quote', () => {
		const files = broken((_, { cheated }) => {
			cheated.statement = { source: 'wire', quote: 'the West had “tricked” Moscow' };
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): statement: quote "the West had “tricked” Moscow" is not in the document; closest match: "the West had “cheated” Moscow"`
		]);
	});

	it('names the evidence that is missing by its number', () => {
		const files = broken((_, { cheated }) => {
			cheated.evidence = [
				{ source: 'wire', quote: 'Putin said' },
				{ source: 'wire', quote: 'Putin insisted' }
			];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): evidence 2: quote "Putin insisted" is not in the document; closest match: "Putin said"`
		]);
	});

	it('reports an ambiguous quote with its count', () => {
		const files = broken((_, { cheated }) => {
			cheated.evidence = [{ source: 'wire', quote: 'said' }];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): evidence 1: quote "said" occurs 2 times; say which with "occurrence" (1 to 2)`
		]);
	});

	it('reports a target quoted from outside its passage', () => {
		const files = broken((_, items) => {
			const [first, ...rest] = items['kyiv-regime'].targets as Array<Record<string, unknown>>;
			items['kyiv-regime'].targets = [{ ...first, quote: 'cheated' }, ...rest];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item kyiv-regime (loaded-wording): target 1: quote "cheated" is not in the document; closest match: "claimed" (searched inside the passage)`
		]);
	});

	it('reports an anchor into a source the module does not have', () => {
		const files = broken((_, { cheated }) => {
			cheated.evidence = [{ source: 'tass', quote: 'Putin said' }];
		});
		expect(problemsOf(files)).toEqual([`${keyFile}: item cheated (attribution): evidence 1: unknown source "tass"`]);
	});

	it('reports unknown speakers in every kind', () => {
		const files = broken((_, items) => {
			items.cheated.speaker = 'biden';
			const [first, ...rest] = items['kyiv-regime'].targets as Array<Record<string, unknown>>;
			items['kyiv-regime'].targets = [{ ...first, whose: 'zelensky' }, ...rest];
			items['nato-promise'].choices = ['putin', 'nato', 'blinken'];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): unknown speaker "biden"`,
			`${keyFile}: item kyiv-regime (loaded-wording): target 1: unknown speaker "zelensky"`,
			`${keyFile}: item nato-promise (disputed-claim): unknown speaker "blinken"`
		]);
	});

	it('reports an answer that is not among a disputed claim’s choices', () => {
		const files = broken((_, items) => {
			items['nato-promise'].disputers = ['nato', 'putin', 'peskov'];
			items['nato-promise'].choices = ['putin', 'nato'];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item nato-promise (disputed-claim): "peskov" is an answer but not one of the choices`
		]);
	});

	it('takes a report’s own voice as a party of a disputed claim, and reports the outlet of an unknown report', () => {
		const offered = broken((_, items) => {
			items['nato-promise'].choices = ['putin', 'nato', 'outlet:daily'];
			items['nato-promise'].asserters = ['putin', 'outlet:daily'];
		});
		expect(compileModule(offered).ok).toBe(true);
		const unknown = broken((_, items) => {
			items['nato-promise'].choices = ['putin', 'nato', 'outlet:tass', 'outlet:'];
		});
		expect(problemsOf(unknown)).toEqual([
			`${keyFile}: item nato-promise (disputed-claim): "outlet:tass" is the outlet of an unknown report`,
			`${keyFile}: item nato-promise (disputed-claim): "outlet:" is the outlet of an unknown report`
		]);
		const notOffered = broken((_, items) => {
			items['nato-promise'].disputers = ['nato', 'outlet:wire'];
		});
		expect(problemsOf(notOffered)).toEqual([
			`${keyFile}: item nato-promise (disputed-claim): "outlet:wire" is an answer but not one of the choices`
		]);
	});

	it('reports a duplicate item id', () => {
		const files = broken((_, items) => {
			items['nato-promise'].id = 'cheated';
		});
		expect(problemsOf(files)).toEqual([`${keyFile}: item cheated (disputed-claim): duplicate item id`]);
	});

	it('reports an id that is not lower-case letters, digits and hyphens', () => {
		const files = broken((_, { cheated }) => {
			cheated.id = 'Cheated!';
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item Cheated! (attribution): id must be 1–40 lower-case letters, digits or hyphens`
		]);
	});

	it('reports an empty explanation or prompt', () => {
		const files = broken((_, items) => {
			items['kyiv-regime'].explanation = '  ';
			items.cheated.prompt = '';
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): "prompt" is missing or empty`,
			`${keyFile}: item kyiv-regime (loaded-wording): "explanation" is missing or empty`
		]);
	});

	it('reports an unknown kind, even one named like an object’s own property', () => {
		const files = broken((_, items) => {
			items['nato-promise'].kind = 'true-or-false';
			items.cheated.kind = 'constructor';
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (constructor): unknown kind "constructor"`,
			`${keyFile}: item nato-promise (true-or-false): unknown kind "true-or-false"`
		]);
	});

	// `name in speakers` would be true for these: every object inherits them.
	it('does not take an object’s inherited properties for speakers', () => {
		const files = broken((_, items) => {
			items.cheated.speaker = 'toString';
			const [first, ...rest] = items['kyiv-regime'].targets as Array<Record<string, unknown>>;
			items['kyiv-regime'].targets = [{ ...first, whose: 'constructor' }, ...rest];
			items['nato-promise'].choices = ['putin', 'nato', 'peskov', 'hasOwnProperty'];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item cheated (attribution): unknown speaker "toString"`,
			`${keyFile}: item kyiv-regime (loaded-wording): target 1: unknown speaker "constructor"`,
			`${keyFile}: item nato-promise (disputed-claim): unknown speaker "hasOwnProperty"`
		]);
	});

	it('reports a listed source with no document file', () => {
		const files = broken((files) => {
			delete (files.documents as Record<string, string>).daily;
		});
		expect(problemsOf(files)).toEqual([`${keyFile}: source "daily" has no file quizzes/fixture/documents/daily.txt`]);
	});

	it('reports a document file that is not listed in the sources', () => {
		const files = broken((files) => {
			files.documents.extra = wireDocument;
		});
		expect(problemsOf(files)).toEqual([`quizzes/fixture/documents/extra.txt: not listed in the key's sources`]);
	});

	describe('front matter', () => {
		const withWire = (raw: string) =>
			broken((files) => {
				files.documents.wire = raw;
			});
		const file = 'quizzes/fixture/documents/wire.txt';

		it('must be there', () => {
			expect(problemsOf(withWire(wireDocument.replace(/^---\n/, '')))).toEqual([
				`${file}: no front matter: the file must start with a "---" block`
			]);
		});

		it('must be valid YAML', () => {
			const problems = problemsOf(withWire(wireDocument.replace('outlet: Test Wire', 'outlet: [Test Wire')));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^quizzes\/fixture\/documents\/wire\.txt: front matter is not valid YAML: ./);
		});

		it('must have every required field, each named when it is missing', () => {
			const problems = problemsOf(withWire(wireDocument.replace('title: Putin demands guarantees\n', '')));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^quizzes\/fixture\/documents\/wire\.txt: front matter title: ./);
		});

		it('must have fields of the right type', () => {
			const problems = problemsOf(withWire(wireDocument.replace('outlet: Test Wire', 'outlet: 2021')));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^quizzes\/fixture\/documents\/wire\.txt: front matter outlet: .*2021/);
		});

		it('names a not_article quote that is not in the body', () => {
			const raw = wireDocument.replace(
				'language: English\n',
				'language: English\nnot_article:\n  - quote: a spokesman said\n    why: Page furniture.\n'
			);
			expect(problemsOf(withWire(raw))).toEqual([
				`${file}: not_article: quote "a spokesman said" is not in the document; closest match: "a spokesperson said"`
			]);
		});
	});

	it('reports empty prose', () => {
		const files = broken((files) => {
			files.prose.debrief = ' \n';
		});
		expect(problemsOf(files)).toEqual([`quizzes/fixture: prose "debrief" is missing or empty`]);
	});

	it('holds the reporter’s own claim, and only it, to the speaker "reporter"', () => {
		const reporterParaphrasing = broken((_, { cheated }) => {
			cheated.speaker = 'reporter';
		});
		const putinAsReporter = broken((_, { cheated }) => {
			cheated.mode = 'reporter-claim';
		});
		const rule = `${keyFile}: item cheated (attribution): the reporter’s own claim has speaker "reporter", and only it does`;
		expect(problemsOf(reporterParaphrasing)).toEqual([rule]);
		expect(problemsOf(putinAsReporter)).toEqual([rule]);
		const reporterClaim = broken((_, { cheated }) => {
			cheated.speaker = 'reporter';
			cheated.mode = 'reporter-claim';
		});
		expect(compileModule(reporterClaim).ok).toBe(true);
	});

	it('wants evidence from every report a claim is said to be disputed in', () => {
		const files = broken((_, items) => {
			items['nato-promise'].reportedIn = ['daily', 'wire'];
		});
		expect(problemsOf(files)).toEqual([
			`${keyFile}: item nato-promise (disputed-claim): reported in "wire" but no evidence is quoted from it`
		]);
	});

	it('reports a module with no items', () => {
		const files = broken((files) => {
			files.key.items = [];
		});
		expect(problemsOf(files)).toEqual([`${keyFile}: the module has no items`]);
	});

	it('reports every problem at once, not only the first', () => {
		const files = broken((_, items) => {
			items.cheated.explanation = '';
			items['nato-promise'].id = 'kyiv-regime';
		});
		expect(problemsOf(files)).toHaveLength(2);
	});
});
