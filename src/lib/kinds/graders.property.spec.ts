import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kinds, type Item } from './registry';
import type { AnyKind, Grade } from './kind';
import { modes } from './attribution/types';
import { optionsFor } from './source-comparison/options';
import { categoryIds } from './provenance/types';
import { findModule, modules } from '$lib/server/content';

/*
 * Property tests of every grader against every item of every real module: any
 * response at all (fc.anything()) and responses of the right shape with wrong,
 * odd or hostile values. Grading must never throw, must give an integer score
 * within [0, max], the same max for every response to one item, and the same
 * result every time for the same response.
 */

const RUNS = 500;
let cases = 0;

const all = modules();
const first = findModule('putin-press-conference-2021');
const items: Item[] = all.flatMap((m) => m.items);

const grade = (item: Item, response: unknown): Grade<unknown> => (kinds[item.kind] as AnyKind).grade(item, response);

/** The max a grader must give an item, fixed by the item alone: what its kind says. */
const maxOf = (item: Item): number => (kinds[item.kind] as AnyKind).maxScore(item);
/** Only for the summary line: which items the tests that ran have graded. */
const graded = new Set<string>();

/** Checks one response; returns nothing, throws with the reason (fast-check shrinks and reports it). */
function checkGrade(item: Item, response: unknown) {
	cases++;
	graded.add(`${item.kind}:${item.id}`);
	let first: Grade<unknown>;
	try {
		first = grade(item, response);
	} catch (error) {
		throw new Error(`grade threw: ${String(error)}`, { cause: error });
	}
	const { score, max } = first;
	if (!Number.isInteger(max) || max <= 0) throw new Error(`max ${max} is not a positive integer`);
	if (!Number.isInteger(score)) throw new Error(`score ${score} is not an integer`);
	if (score < 0 || score > max) throw new Error(`score ${score} is outside [0, ${max}]`);
	if (max !== maxOf(item)) throw new Error(`max ${max}, but the kind's maxScore is ${maxOf(item)}`);
	if (typeof first.valid !== 'boolean') throw new Error('valid is not a boolean');
	if (!first.valid && score !== 0) throw new Error(`an invalid response scored ${score}`);
	// Deterministic: the same response again, and a deep copy of it, grade alike.
	expect(grade(item, response)).toStrictEqual(first);
	expect(grade(item, structuredCloneOr(response))).toStrictEqual(first);
}

/** A deep copy where the value allows one (functions and symbols do not). */
function structuredCloneOr(value: unknown): unknown {
	try {
		return structuredClone(value);
	} catch {
		return value;
	}
}

// ---------------------------------------------------------------- arbitraries

/** Any value at all, with the odd kinds of object switched on. */
const anything = fc.anything({
	maxDepth: 3,
	maxKeys: 6,
	withBigInt: true,
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

/** Strings that look like ids or are hostile: unicode, control characters, script, very long, prototype keys. */
const oddString = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.constantFrom(
		'',
		' ',
		'reporter',
		'outlet',
		'__proto__',
		'constructor',
		'toString',
		'hasOwnProperty',
		'<script>alert(1)</script>',
		'\u0000',
		'\u202e',
		'PUTIN',
		' putin',
		'putin\u0000',
		'x'.repeat(64),
		'x'.repeat(65),
		'y'.repeat(10_000)
	)
);

/** Numbers a mark could be: passage words, other tokens, negative, huge, fractional, NaN, infinite. */
const oddNumber = (words: number[]) =>
	fc.oneof(
		fc.constantFrom(...words),
		fc.integer({ min: -1_000_000, max: 1_000_000 }),
		fc.double(),
		fc.constantFrom(-1, -0, 0.5, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, NaN, Infinity, -Infinity)
	);

const wrongTyped = fc.oneof(
	fc.constantFrom(null, undefined, true, false, 0, 1, NaN, [], {}),
	fc.bigInt(),
	fc.array(fc.string(), { maxLength: 3 })
);

/** Sometimes the field is missing, sometimes wrongly typed, usually the given arbitrary. */
const field = <T>(arb: fc.Arbitrary<T>) =>
	fc.oneof(
		{ weight: 6, arbitrary: arb },
		{ weight: 1, arbitrary: wrongTyped },
		{ weight: 1, arbitrary: fc.constant(undefined) }
	);

/** A set of choices: offered ones, unoffered ones, repeats. */
const choiceSet = (offered: string[]) =>
	fc.oneof(
		fc.subarray(offered),
		fc.uniqueArray(fc.oneof(fc.constantFrom(...offered), oddString), { maxLength: 8 }),
		fc.array(fc.constantFrom(...offered), { maxLength: 12 }),
		fc.array(fc.oneof(fc.constantFrom(...offered), oddString, wrongTyped), { maxLength: 60 })
	);

/** Responses of the kind's shape with wrong, odd or hostile values. */
function shaped(item: Item): fc.Arbitrary<unknown> {
	switch (item.kind) {
		case 'attribution':
			return fc.record(
				{
					speaker: field(fc.oneof(fc.constantFrom(...item.speakers), oddString)),
					mode: field(fc.oneof(fc.constantFrom(...(Object.keys(modes) as string[])), oddString)),
					extra: anything
				},
				{ requiredKeys: [] }
			);
		case 'loaded-wording': {
			const words = item.tokens.filter((t) => t.kind === 'word').map((t) => t.i);
			const tokens = item.tokens.map((t) => t.i);
			const mark = fc.oneof(oddNumber(words), fc.constantFrom(...tokens));
			return fc.record(
				{
					marks: field(
						fc.oneof(
							fc.uniqueArray(fc.constantFrom(...words), { maxLength: 40 }),
							fc.array(mark, { maxLength: 40 }),
							fc.array(fc.oneof(mark, oddString, wrongTyped), { maxLength: 20 }),
							// Over the cap of 500 marks, and every word of the passage at once.
							fc.array(fc.constantFrom(...words), { minLength: 480, maxLength: 620 }),
							fc.constant(words)
						)
					),
					extra: anything
				},
				{ requiredKeys: [] }
			);
		}
		case 'disputed-claim':
			return fc.record(
				{
					asserters: field(choiceSet(item.choices)),
					disputers: field(choiceSet(item.choices)),
					reportedIn: field(choiceSet(item.sources)),
					extra: anything
				},
				{ requiredKeys: [] }
			);
		case 'source-comparison': {
			const ids = item.statements.map((s) => s.id);
			const values = optionsFor(item.sources).map((o) => o.value);
			const choice = fc.oneof(fc.constantFrom(...values), oddString, wrongTyped);
			return fc.record(
				{
					choices: field(
						fc.oneof(
							fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...values)),
							fc.dictionary(fc.oneof(fc.constantFrom(...ids), oddString), choice, { maxKeys: 30 }),
							fc.array(choice, { maxLength: 6 })
						)
					),
					extra: anything
				},
				{ requiredKeys: [] }
			);
		}
		case 'provenance': {
			const ids = item.observations.map((o) => o.id);
			const category = fc.oneof(fc.constantFrom(...categoryIds), oddString, wrongTyped);
			return fc.record(
				{
					choices: field(
						fc.oneof(
							fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...categoryIds)),
							fc.dictionary(fc.oneof(fc.constantFrom(...ids), oddString), category, { maxKeys: 12 }),
							// More answers than the cap, every one of them right where the id exists.
							fc.constant(
								Object.fromEntries(
									[...ids, ...Array.from({ length: 8 }, (_, n) => `x${n}`)].map((id) => [id, 'ordinary'])
								)
							)
						)
					),
					extra: anything
				},
				{ requiredKeys: [] }
			);
		}
	}
}

// ---------------------------------------------------------------- the properties

describe('graders on the real modules', () => {
	it('covers every item kind', () => {
		expect(first, 'the first module is loaded').toBeDefined();
		expect(items.length).toBeGreaterThan(0);
		for (const kind of Object.keys(kinds))
			expect(
				items.some((i) => i.kind === kind),
				`an item of kind ${kind}`
			).toBe(true);
	});

	for (const item of items) {
		describe(`${item.kind} ${item.id}`, () => {
			it("has one max, the kind's maxScore, whatever the response", () => {
				const max = maxOf(item);
				expect(Number.isInteger(max) && max > 0, `maxScore ${max} is a positive integer`).toBe(true);
				expect(grade(item, undefined).max, 'the max of a response of nothing at all').toBe(max);
			});

			it('grades any value without throwing, within [0, max], deterministically', () => {
				fc.assert(
					fc.property(anything, (response) => checkGrade(item, response)),
					{ numRuns: RUNS }
				);
			});

			it('grades well-shaped but wrong responses within [0, max], deterministically', () => {
				fc.assert(
					fc.property(shaped(item), (response) => checkGrade(item, response)),
					{ numRuns: RUNS }
				);
			});
		});
	}

	afterAll(() => {
		console.log(
			`graders.property: ${cases} grading cases over ${graded.size} of the ${items.length} items of ${all.length} module(s) (${RUNS} runs per item and generator)`
		);
	});
});
