import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyValue } from './arbitraries';
import { kindOf, kinds, type Item } from './registry';
import type { Grade } from './kind';
import { seeded } from './samples';
import { findModule, modules } from '$lib/server/content';

/*
 * Property tests of every grader against every item of every real module: any
 * response at all (fc.anything()) and responses of the right shape with wrong,
 * odd or hostile values. Grading must never throw, must give an integer score
 * within [0, max], the same max for every response to one item, and the same
 * result every time for the same response.
 */

// 200 responses per item and generator: 14,400 gradings over the 36 items of the two modules (each graded three
// times), many of them per kind. 500 took 17.5 s of CPU against 10.8 s, and past Vitest's 5 s per test on a busy machine.
const RUNS = 200;
/** Generous, for a busy 2-core machine: the whole file took 11 s here, under load. */
const TIMEOUT = 30_000;
let cases = 0;

const all = modules();
const first = findModule('putin-press-conference-2021');
const items: Item[] = all.flatMap((m) => m.items);

const grade = (item: Item, response: unknown): Grade<unknown> => kindOf(item).grade(item, response);

/** The max a grader must give an item, fixed by the item alone: what its kind says. */
const maxOf = (item: Item): number => kindOf(item).maxScore(item);
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

const anything = anyValue();

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

/** Numbers a value could be: the sample's own, others, negative, huge, fractional, NaN, infinite. */
const oddNumber = (own: number[]) =>
	fc.oneof(
		own.length ? fc.constantFrom(...own) : fc.constant(0),
		fc.integer({ min: -1_000_000, max: 1_000_000 }),
		fc.double(),
		fc.constantFrom(-1, -0, 0.5, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, NaN, Infinity, -Infinity)
	);

const wrongTyped = fc.oneof(
	fc.constantFrom(null, undefined, true, false, 0, 1, NaN, [], {}),
	fc.bigInt(),
	fc.array(fc.string(), { maxLength: 3 })
);

const KEEP = Symbol('keep');
const DROP = Symbol('drop');

function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(numbersIn);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
	return [];
}

/**
 * An object of the entries and the extra keys, each an own data property, as JSON.parse makes them. Not
 * Object.assign: an extra key "__proto__" would set the object's prototype (to a function, say), and an extra
 * "length" after it then threw "Cannot assign to read only property 'length'" now and then.
 */
function withKeys(entries: ReadonlyArray<readonly [string, unknown]>, extra: Record<string, unknown>): object {
	return Object.fromEntries([...entries, ...Object.entries(extra)]);
}

/**
 * Responses of the item's own shape, whatever its kind: one its kind made up
 * (right, wrong, partial or random), with some values made odd or wrongly
 * typed, some dropped, some lists grown, and extra keys, prototype names among them.
 */
function shaped(item: Item): fc.Arbitrary<unknown> {
	const kind = kindOf(item);
	const samples = (['right', 'wrong', 'partial', 'random', 'random', 'random'] as const).map((variant, n) =>
		kind.sample(item, variant, seeded(`${item.id}:${n}`))
	);
	const odd = fc.oneof(oddString, oddNumber(samples.flatMap(numbersIn)), wrongTyped);
	const change = fc.oneof(
		{ weight: 6, arbitrary: fc.constant<unknown>(KEEP) },
		{ weight: 2, arbitrary: odd },
		{ weight: 1, arbitrary: fc.constant<unknown>(DROP) }
	);
	return fc
		.tuple(
			fc.constantFrom(...samples),
			fc.infiniteStream(change),
			fc.infiniteStream(fc.array(odd, { maxLength: 3 })),
			fc.dictionary(oddString, anything, { maxKeys: 3 })
		)
		.map(([sample, changes, extras, extraKeys]) => {
			const next = () => changes.next().value as unknown;
			const mutate = (value: unknown): unknown => {
				if (Array.isArray(value)) {
					const kept = value.map(mutate).filter((v) => v !== DROP);
					return [...kept, ...(extras.next().value as unknown[])];
				}
				if (typeof value === 'object' && value !== null) {
					const entries = Object.entries(value)
						.map(([k, v]) => [k, mutate(v)] as const)
						.filter(([, v]) => v !== DROP);
					return withKeys(entries, extraKeys);
				}
				const changed = next();
				return changed === KEEP ? value : changed;
			};
			const response = mutate(sample);
			return response === DROP ? undefined : response;
		});
}

// ---------------------------------------------------------------- the properties

describe('the made-up responses', () => {
	it('keep extra keys named like prototype properties as plain own data', () => {
		const extra = Object.fromEntries([
			['__proto__', () => 0],
			['length', 1]
		]);
		const made = withKeys([['speaker', 'putin']], extra) as Record<string, unknown>;
		expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
		expect(Object.keys(made)).toEqual(['speaker', '__proto__', 'length']);
		expect(made.length).toBe(1);
	});
});

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

			it('grades any value without throwing, within [0, max], deterministically', { timeout: TIMEOUT }, () => {
				fc.assert(
					fc.property(anything, (response) => checkGrade(item, response)),
					{ numRuns: RUNS }
				);
			});

			it('grades well-shaped but wrong responses within [0, max], deterministically', { timeout: TIMEOUT }, () => {
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
