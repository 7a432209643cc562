import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	discrimination,
	formatDiscrimination,
	formatFacility,
	itemStats,
	MIN_ATTEMPTS_FOR_DISCRIMINATION,
	sumsOf,
	type ScoredAttempt
} from './stats';

/**
 * The oracle: Pearson's r the textbook way, in two passes (means first), on
 * the series themselves. The app computes it from sums instead; the tests
 * hold the two together.
 */
function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = xs.length;
	if (n < 2) return null;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return sxy / Math.sqrt(sxx * syy);
}

/** The sums of an item's (score, attempt total) pairs, one pair per submitted attempt. */
function pairSums(pairs: ReadonlyArray<{ item: number; total: number }>) {
	return {
		item: {
			sx: pairs.reduce((s, p) => s + p.item, 0),
			sxx: pairs.reduce((s, p) => s + p.item * p.item, 0),
			sxt: pairs.reduce((s, p) => s + p.item * p.total, 0)
		},
		submitted: {
			n: pairs.length,
			st: pairs.reduce((s, p) => s + p.total, 0),
			stt: pairs.reduce((s, p) => s + p.total * p.total, 0)
		}
	};
}
const discriminationOf = (pairs: ReadonlyArray<{ item: number; total: number }>) => {
	const { item, submitted } = pairSums(pairs);
	return discrimination(item, submitted);
};
function expectOk(d: ReturnType<typeof discrimination>, value: number, attempts: number) {
	expect(d).toMatchObject({ status: 'ok', attempts });
	if (d.status === 'ok') expect(d.value).toBeCloseTo(value, 9);
}
const statsOf = (items: ReadonlyArray<{ id: string }>, attempts: readonly ScoredAttempt[]) =>
	itemStats(items, sumsOf(items, attempts));

/*
 * Named fixtures: small classes whose statistics can be worked out by hand.
 * Items: "easy" (max 1), "hard" (max 2), "split" (max 3).
 */
const items = [{ id: 'easy' }, { id: 'hard' }, { id: 'split' }];

const attempt = (submitted: boolean, scores: Record<string, [number, number]>): ScoredAttempt => ({
	submitted,
	responses: Object.entries(scores).map(([itemId, [score, max]]) => ({ itemId, score, max }))
});

const fixtures = {
	/** Six submitted attempts. Everybody gets "easy"; "split" tracks "hard" (strong learners do well on both). */
	classOfSix: [
		attempt(true, { easy: [1, 1], hard: [2, 2], split: [3, 3] }),
		attempt(true, { easy: [1, 1], hard: [2, 2], split: [2, 3] }),
		attempt(true, { easy: [1, 1], hard: [1, 2], split: [2, 3] }),
		attempt(true, { easy: [1, 1], hard: [1, 2], split: [1, 3] }),
		attempt(true, { easy: [1, 1], hard: [0, 2], split: [0, 3] }),
		attempt(true, { easy: [1, 1], hard: [0, 2], split: [1, 3] })
	],
	/** Four submitted attempts: one short of the minimum. */
	classOfFour: [
		attempt(true, { easy: [1, 1], hard: [2, 2] }),
		attempt(true, { easy: [0, 1], hard: [0, 2] }),
		attempt(true, { easy: [1, 1], hard: [1, 2] }),
		attempt(true, { easy: [0, 1], hard: [2, 2] })
	],
	/** Five submitted plus two in progress: the two count for facility, not for discrimination. */
	mixed: [
		attempt(true, { easy: [1, 1], hard: [2, 2], split: [3, 3] }),
		attempt(true, { easy: [0, 1], hard: [0, 2], split: [0, 3] }),
		attempt(true, { easy: [1, 1], hard: [1, 2], split: [2, 3] }),
		attempt(true, { easy: [0, 1], hard: [0, 2], split: [1, 3] }),
		// Submitted with "split" unanswered: it scores 0 there.
		attempt(true, { easy: [1, 1], hard: [2, 2] }),
		attempt(false, { easy: [0, 1] }),
		attempt(false, {})
	]
};

describe('facility', () => {
	const one = [{ id: 'q' }];
	const answers = (...scores: Array<[number, number]>) =>
		scores.map(([score, max]) => ({ submitted: false, responses: [{ itemId: 'q', score, max }] }));
	it('is the mean of score/max as a percentage', () => {
		expect(statsOf(one, answers([2, 2], [1, 2], [3, 3], [0, 3]))[0].facility).toBeCloseTo(62.5);
	});
	it('is null when nobody answered', () => {
		expect(statsOf(one, [])[0].facility).toBeNull();
	});
	it('leaves out responses whose maximum is 0 rather than dividing by zero', () => {
		expect(statsOf(one, answers([0, 0], [1, 1]))[0].facility).toBe(100);
		expect(statsOf(one, answers([0, 0]))[0].facility).toBeNull();
	});
});

describe('discrimination', () => {
	it('correlates the item with the rest of the test, not with the total', () => {
		const pairs = [
			{ item: 1, total: 1 },
			{ item: 0, total: 3 },
			{ item: 1, total: 2 },
			{ item: 0, total: 4 },
			{ item: 1, total: 1 }
		];
		// Rest of test: 0, 3, 1, 4, 0 against item 1, 0, 1, 0, 1.
		const expected = 100 * pearson([1, 0, 1, 0, 1], [0, 3, 1, 4, 0])!;
		const result = discriminationOf(pairs);
		expectOk(result, expected, 5);
		// Against the total it would be a different (less negative) number.
		expect(expected).not.toBeCloseTo(100 * pearson([1, 0, 1, 0, 1], [1, 3, 2, 4, 1])!, 3);
	});
	it(`needs at least ${MIN_ATTEMPTS_FOR_DISCRIMINATION} attempts`, () => {
		const four = [0, 1, 2, 3].map((n) => ({ item: n % 2, total: n }));
		expect(discriminationOf(four)).toEqual({ status: 'too-few', attempts: 4 });
		expect(discriminationOf([])).toEqual({ status: 'too-few', attempts: 0 });
	});
	it('is n/a when everybody scored alike on the item', () => {
		const alike = [1, 2, 3, 4, 5].map((total) => ({ item: 1, total }));
		expect(discriminationOf(alike)).toEqual({ status: 'no-variance', attempts: 5 });
	});
	it('is n/a when the rest of the test does not vary', () => {
		const flatRest = [0, 1, 0, 1, 0].map((item) => ({ item, total: item + 2 }));
		expect(discriminationOf(flatRest)).toEqual({ status: 'no-variance', attempts: 5 });
	});

	it('agrees with the two-pass textbook formula on any class', () => {
		const pair = fc.record({ item: fc.integer({ min: 0, max: 4 }), rest: fc.integer({ min: 0, max: 60 }) });
		let cases = 0;
		fc.assert(
			fc.property(fc.array(pair, { minLength: MIN_ATTEMPTS_FOR_DISCRIMINATION, maxLength: 300 }), (drawn) => {
				cases++;
				const result = discriminationOf(drawn.map((p) => ({ item: p.item, total: p.item + p.rest })));
				const r = pearson(
					drawn.map((p) => p.item),
					drawn.map((p) => p.rest)
				);
				if (r === null) expect(result).toEqual({ status: 'no-variance', attempts: drawn.length });
				else expectOk(result, 100 * r, drawn.length);
			}),
			{ numRuns: 2000 }
		);
		expect(cases).toBe(2000);
	});
});

describe('itemStats', () => {
	it('computes answered, facility and discrimination for the class of six', () => {
		const stats = statsOf(items, fixtures.classOfSix);
		const [easy, hard, split] = stats;

		expect(easy).toMatchObject({ itemId: 'easy', answered: 6, facility: 100, meanScore: 1 });
		expect(easy.discrimination.status).toBe('no-variance');

		expect(hard).toMatchObject({ itemId: 'hard', answered: 6, meanScore: 1 });
		expect(hard.facility).toBeCloseTo(50);
		// Hard against rest (easy + split): 2/4, 2/3, 1/3, 1/2, 0/1, 0/2.
		const hardRest = 100 * pearson([2, 2, 1, 1, 0, 0], [4, 3, 3, 2, 1, 2])!;
		expectOk(hard.discrimination, hardRest, 6);
		expect(hardRest).toBeGreaterThan(50);

		expect(split.facility).toBeCloseTo((100 * (3 + 2 + 2 + 1 + 0 + 1)) / 18);
		expect(split.discrimination.status).toBe('ok');
	});

	it('says "too few" below the minimum number of submitted attempts', () => {
		const [easy, hard, split] = statsOf(items, fixtures.classOfFour);
		expect(easy.discrimination).toEqual({ status: 'too-few', attempts: 4 });
		expect(hard.discrimination).toEqual({ status: 'too-few', attempts: 4 });
		expect(split).toMatchObject({ answered: 0, facility: null, meanScore: null });
	});

	it('counts unsubmitted attempts for facility but not for discrimination, and scores a gap in a submitted attempt 0', () => {
		const [easy, , split] = statsOf(items, fixtures.mixed);
		expect(easy.answered).toBe(6);
		expect(easy.facility).toBeCloseTo((100 * 3) / 6);
		expect(easy.discrimination.attempts).toBe(5);
		expect(split.answered).toBe(4);
		// Split over the five submitted attempts: 3, 0, 2, 1, and 0 for the gap.
		const rest = [3, 0, 2, 0, 3];
		const expected = 100 * pearson([3, 0, 2, 1, 0], rest)!;
		expectOk(split.discrimination, expected, 5);
	});

	it('ignores responses to items that are no longer in the module', () => {
		const stray = [attempt(true, { easy: [1, 1], gone: [5, 5] })];
		const [easy] = statsOf([{ id: 'easy' }], stray);
		expect(easy.answered).toBe(1);
	});
});

describe('formatting', () => {
	it('rounds facility to a whole percentage, with a dash for none', () => {
		expect(formatFacility(72.4)).toBe('72 %');
		expect(formatFacility(null)).toBe('–');
	});
	it('signs discrimination and says why there is none', () => {
		expect(formatDiscrimination({ status: 'ok', value: 45.4, attempts: 9 })).toBe('+45');
		expect(formatDiscrimination({ status: 'ok', value: -12.2, attempts: 9 })).toBe('−12');
		expect(formatDiscrimination({ status: 'ok', value: 0.2, attempts: 9 })).toBe('0');
		expect(formatDiscrimination({ status: 'too-few', attempts: 3 })).toBe('not enough attempts yet (3 of 5 submitted)');
		expect(formatDiscrimination({ status: 'no-variance', attempts: 7 })).toBe('n/a (everyone scored alike)');
	});
});
