import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindOf, type Item } from './registry';
import type { AnyKind } from './kind';
import { fixtureModule } from './fixtures';
import { modules } from '$lib/server/content';
import { moduleNames } from '$lib/quiz/names';

/*
 * What the teacher's pages and the CSV ask of every kind, for every item of
 * every real module and the fixture: a stored answer of any shape at all is
 * summarised as a string (never a throw) and classified without throwing,
 * and the classification survives the trip to the browser (plain data).
 */

const anything = fc.anything({
	maxDepth: 3,
	maxKeys: 6,
	withBoxedValues: true,
	withDate: true,
	withMap: true,
	withNullPrototype: true,
	withObjectString: true,
	withSet: true,
	withSparseArray: true,
	withTypedArray: true,
	withUnicodeString: true
});

/** A stored value with the kind's own field names (its response schema's), each holding anything. */
const shaped = (kind: AnyKind) => {
	const fields = Object.keys((kind.response as { entries?: object }).entries ?? {});
	const value = fc.oneof(anything, fc.array(anything, { maxLength: 4 }), fc.constantFrom('constructor', '__proto__'));
	return fields.length ? fc.oneof(anything, fc.dictionary(fc.constantFrom(...fields), value)) : anything;
};

const sets = [fixtureModule, ...modules()].map((module) => ({ module, names: moduleNames(module) }));

describe.each(
	sets.flatMap(({ module, names }) =>
		module.items.map((item: Item) => ({ item, names, id: `${module.id}/${item.id}` }))
	)
)('$id', ({ item, names }) => {
	const kind = kindOf(item);
	const answer = shaped(kind);
	const scored = fc.record({ answer, score: fc.nat(5), max: fc.nat(5) });

	it('summarises any stored value as a string', () => {
		fc.assert(
			fc.property(answer, (given) => {
				const line = kind.summarise(item, given, names);
				expect(typeof line).toBe('string');
			}),
			{ numRuns: 200 }
		);
	});

	it('classifies any list of stored values into plain data', () => {
		fc.assert(
			fc.property(fc.array(scored, { maxLength: 8 }), (answers) => {
				const data = kind.classify(item, answers, names);
				expect(structuredClone(data)).toEqual(data);
			}),
			{ numRuns: 100 }
		);
	});
});
