/**
 * Named fixtures for this kind's own tests: an invented report with one
 * statement of each way a report gives its sources, compiled the way the app
 * compiles a module, and named responses to them.
 */
import { compileModule, type ModuleFiles } from '$lib/modules/compile';
import { defineModule } from '$lib/modules/module';
import { fixtureProse } from '../fixtures';
import type { AttributionResponse } from './attribution';
import type { AttributionItem, AttributionKey } from './types';

export const heraldDocument = `---
title: Old bridge to close for repairs
outlet: Test Herald
origin: Written for the attribution tests.
language: English
---
Old bridge to close for repairs

“The bridge is no longer safe,” said Transport Minister Ana Ruiz. She said the repairs would take “at least a year”.

Engineers warned last spring that the steel was rusting, the ministry said. Some drivers fear the detour will double their journey. One has the impression that nobody planned for this.

The bridge carries 20,000 cars a day.
`;

/** A fresh key each call, so that a test may break its own copy. */
export function heraldKey() {
	return defineModule({
		title: 'Attribution fixture',
		summary: 'One invented report, a statement of each kind of sourcing.',
		minutes: 5,
		sources: ['herald'],
		speakers: {
			ruiz: { name: 'Ana Ruiz', description: 'Transport Minister' },
			ministry: { name: 'The transport ministry', description: 'The minister’s department' },
			mayor: { name: 'The mayor', description: 'Offered on no item of this module' }
		},
		items: [
			{
				kind: 'attribution',
				id: 'not-safe',
				prompt: 'Who says the bridge is no longer safe, and how?',
				statement: { source: 'herald', quote: '“The bridge is no longer safe,”' },
				choices: ['ruiz', 'ministry'],
				speaker: 'ruiz',
				mode: 'direct-quote',
				evidence: [{ source: 'herald', quote: 'said Transport Minister Ana Ruiz' }],
				explanation: 'Her words in quotation marks, then “said … Ana Ruiz”.'
			},
			{
				kind: 'attribution',
				id: 'a-year',
				prompt: 'Who says how long the repairs take, and how?',
				statement: { source: 'herald', quote: 'the repairs would take “at least a year”' },
				choices: ['ruiz', 'ministry'],
				speaker: 'ruiz',
				mode: 'partial-quote',
				evidence: [{ source: 'herald', quote: 'She said' }],
				explanation: 'Only “at least a year” is in quotation marks: a partial quote.'
			},
			{
				kind: 'attribution',
				id: 'rusting',
				prompt: 'Whose account of the engineers’ warning is this?',
				statement: { source: 'herald', quote: 'Engineers warned last spring that the steel was rusting' },
				choices: ['ruiz', 'ministry'],
				speaker: 'ministry',
				mode: 'paraphrase',
				evidence: [{ source: 'herald', quote: 'the ministry said' }],
				explanation: 'The ministry is named, and nothing is quoted.'
			},
			{
				kind: 'attribution',
				id: 'detour',
				prompt: 'Who fears the detour, and how does the report say so?',
				statement: { source: 'herald', quote: 'the detour will double their journey' },
				choices: ['ruiz', 'ministry'],
				speaker: 'unnamed',
				mode: 'vague-source',
				evidence: [{ source: 'herald', quote: 'Some drivers fear' }],
				explanation: '“Some drivers” names no one.'
			},
			{
				kind: 'attribution',
				id: 'impression',
				prompt: 'Who has the impression that nobody planned for this?',
				statement: { source: 'herald', quote: 'nobody planned for this' },
				choices: ['ministry'],
				speaker: 'unnamed',
				mode: 'vague-source',
				evidence: [{ source: 'herald', quote: 'One has the impression' }],
				explanation: '“One” is nobody in particular.'
			},
			{
				kind: 'attribution',
				id: 'cars',
				prompt: 'Who says how many cars use the bridge?',
				statement: { source: 'herald', quote: 'The bridge carries 20,000 cars a day.' },
				choices: ['ruiz'],
				speaker: 'reporter',
				mode: 'reporter-claim',
				evidence: [{ source: 'herald', quote: 'The bridge carries 20,000 cars a day.' }],
				explanation: 'No one is named and nothing is quoted.'
			}
		]
	});
}

export type HeraldItemKey = AttributionKey<'ruiz' | 'ministry' | 'mayor', 'herald'>;

/** One item of the herald key, as the author wrote it. */
export function heraldItemKey(id: string): HeraldItemKey {
	const item = heraldKey().items.find((i) => i.id === id);
	if (!item || item.kind !== 'attribution') throw new Error(`no herald attribution item ${id}`);
	return item;
}

export const heraldKeyFile = 'quizzes/herald/key.ts';

export function heraldFiles(): ModuleFiles {
	return { id: 'herald', key: heraldKey(), documents: { herald: heraldDocument }, prose: { ...fixtureProse } };
}

/** The herald module with one item changed: the compile step's problems with it, or [] when it compiles. */
export function problemsWith(id: string, change: (item: Record<string, unknown>) => void): string[] {
	const files = heraldFiles();
	const item = files.key.items.find((i) => i.id === id);
	if (!item) throw new Error(`no herald item ${id}`);
	change(item as unknown as Record<string, unknown>);
	const result = compileModule(files);
	return result.ok ? [] : result.problems;
}

/** The herald module with its documents changed: for statements whose quotation marks differ. */
export function compileHeraldWith(document: string, items: HeraldItemKey[]) {
	return compileModule({ ...heraldFiles(), key: { ...heraldKey(), items }, documents: { herald: document } });
}

const compiled = compileModule(heraldFiles());
if (!compiled.ok) throw new Error(`herald fixture does not compile:\n  ${compiled.problems.join('\n  ')}`);
export const heraldModule = compiled.module;

export const heraldItem = (id: string): AttributionItem => {
	const item = heraldModule.items.find((i) => i.id === id);
	if (!item || item.kind !== 'attribution') throw new Error(`no herald attribution item ${id}`);
	return item;
};

/** Named responses to the herald items. */
export const heraldResponses = {
	vagueRight: { speaker: 'unnamed', mode: 'vague-source' },
	/** Took the vague group for the reporter's own voice. */
	vagueAsReporter: { speaker: 'reporter', mode: 'reporter-claim' },
	/** Saw that the source is vague, but named someone anyway. */
	vagueNamed: { speaker: 'ministry', mode: 'vague-source' },
	partialRight: { speaker: 'ruiz', mode: 'partial-quote' },
	partialAsParaphrase: { speaker: 'ruiz', mode: 'paraphrase' },
	partialAsDirect: { speaker: 'ruiz', mode: 'direct-quote' },
	/** A module speaker that this item does not offer. */
	notOffered: { speaker: 'mayor', mode: 'vague-source' }
} satisfies Record<string, AttributionResponse>;
