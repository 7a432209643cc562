import { describe, expect, it } from 'vitest';
import {
	choiceCounts,
	discrimination,
	facility,
	formatDiscrimination,
	formatFacility,
	itemStats,
	markCounts,
	MIN_ATTEMPTS_FOR_DISCRIMINATION,
	pearson,
	type ScoredAttempt
} from './stats';

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
	it('is the mean of score/max as a percentage', () => {
		expect(
			facility([
				{ score: 1, max: 2 },
				{ score: 3, max: 3 }
			])
		).toBeCloseTo(75);
	});
	it('is null when nobody answered', () => {
		expect(facility([])).toBeNull();
	});
	it('leaves out responses whose maximum is 0 rather than dividing by zero', () => {
		expect(
			facility([
				{ score: 0, max: 0 },
				{ score: 1, max: 1 }
			])
		).toBe(100);
		expect(facility([{ score: 0, max: 0 }])).toBeNull();
	});
});

describe('pearson', () => {
	it('matches a value worked out by hand', () => {
		// Means 3 and 4; Sxy = 6, Sxx = 10, Syy = 6: r = 6 / √60.
		expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
	});
	it('is +1 and −1 for straight lines', () => {
		expect(pearson([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
	});
	it('is null when a series does not vary, or has fewer than two pairs', () => {
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
		expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
		expect(pearson([1], [2])).toBeNull();
		expect(pearson([], [])).toBeNull();
	});
	it('treats a variance that is zero up to rounding as zero', () => {
		expect(pearson([0.1 + 0.2, 0.3, 0.3], [1, 2, 3])).toBeNull();
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
		const result = discrimination(pairs);
		expect(result).toEqual({ status: 'ok', value: expected, attempts: 5 });
		// Against the total it would be a different (less negative) number.
		expect(expected).not.toBeCloseTo(100 * pearson([1, 0, 1, 0, 1], [1, 3, 2, 4, 1])!, 3);
	});
	it(`needs at least ${MIN_ATTEMPTS_FOR_DISCRIMINATION} attempts`, () => {
		const four = [0, 1, 2, 3].map((n) => ({ item: n % 2, total: n }));
		expect(discrimination(four)).toEqual({ status: 'too-few', attempts: 4 });
		expect(discrimination([])).toEqual({ status: 'too-few', attempts: 0 });
	});
	it('is n/a when everybody scored alike on the item', () => {
		const alike = [1, 2, 3, 4, 5].map((total) => ({ item: 1, total }));
		expect(discrimination(alike)).toEqual({ status: 'no-variance', attempts: 5 });
	});
	it('is n/a when the rest of the test does not vary', () => {
		const flatRest = [0, 1, 0, 1, 0].map((item) => ({ item, total: item + 2 }));
		expect(discrimination(flatRest)).toEqual({ status: 'no-variance', attempts: 5 });
	});
});

describe('itemStats', () => {
	it('computes answered, facility and discrimination for the class of six', () => {
		const stats = itemStats(items, fixtures.classOfSix);
		const [easy, hard, split] = stats;

		expect(easy).toMatchObject({ itemId: 'easy', answered: 6, facility: 100, meanScore: 1 });
		expect(easy.discrimination.status).toBe('no-variance');

		expect(hard).toMatchObject({ itemId: 'hard', answered: 6, meanScore: 1 });
		expect(hard.facility).toBeCloseTo(50);
		// Hard against rest (easy + split): 2/4, 2/3, 1/3, 1/2, 0/1, 0/2.
		const hardRest = 100 * pearson([2, 2, 1, 1, 0, 0], [4, 3, 3, 2, 1, 2])!;
		expect(hard.discrimination).toEqual({ status: 'ok', value: hardRest, attempts: 6 });
		expect(hardRest).toBeGreaterThan(50);

		expect(split.facility).toBeCloseTo((100 * (3 + 2 + 2 + 1 + 0 + 1)) / 18);
		expect(split.discrimination.status).toBe('ok');
	});

	it('says "too few" below the minimum number of submitted attempts', () => {
		const [easy, hard, split] = itemStats(items, fixtures.classOfFour);
		expect(easy.discrimination).toEqual({ status: 'too-few', attempts: 4 });
		expect(hard.discrimination).toEqual({ status: 'too-few', attempts: 4 });
		expect(split).toMatchObject({ answered: 0, facility: null, meanScore: null });
	});

	it('counts unsubmitted attempts for facility but not for discrimination, and scores a gap in a submitted attempt 0', () => {
		const [easy, , split] = itemStats(items, fixtures.mixed);
		expect(easy.answered).toBe(6);
		expect(easy.facility).toBeCloseTo((100 * 3) / 6);
		expect(easy.discrimination.attempts).toBe(5);
		expect(split.answered).toBe(4);
		// Split over the five submitted attempts: 3, 0, 2, 1, and 0 for the gap.
		const rest = [3, 0, 2, 0, 3];
		const expected = 100 * pearson([3, 0, 2, 1, 0], rest)!;
		expect(split.discrimination).toEqual({ status: 'ok', value: expected, attempts: 5 });
	});

	it('ignores responses to items that are no longer in the module', () => {
		const stray = [attempt(true, { easy: [1, 1], gone: [5, 5] })];
		const [easy] = itemStats([{ id: 'easy' }], stray);
		expect(easy.answered).toBe(1);
	});
});

describe('markCounts', () => {
	/** "The Kyiv regime , bloody" with the comma as punctuation. */
	const tokens = [
		{ i: 10, kind: 'word' },
		{ i: 11, kind: 'word' },
		{ i: 12, kind: 'word' },
		{ i: 13, kind: 'punct' },
		{ i: 14, kind: 'word' }
	];
	const answers = {
		regimeAndBloody: { answer: { marks: [12, 14] } },
		regimeTwice: { answer: { marks: [12, 12] } },
		punctuationAndOutside: { answer: { marks: [13, 99, 11] } },
		nothing: { answer: { marks: [] } },
		malformed: { answer: 'regime' },
		wrongShape: { answer: { marks: 'twelve' } },
		nonNumbers: { answer: { marks: ['12', null] } }
	};

	it('counts each learner once per word', () => {
		const result = markCounts(tokens, [answers.regimeAndBloody, answers.regimeTwice]);
		expect(result).toEqual({ counts: { 10: 0, 11: 0, 12: 2, 14: 1 }, learners: 2, most: 2 });
	});

	it('ignores marks on punctuation, outside the passage, or of the wrong type', () => {
		const result = markCounts(tokens, [
			answers.punctuationAndOutside,
			answers.malformed,
			answers.wrongShape,
			answers.nonNumbers
		]);
		expect(result.counts).toEqual({ 10: 0, 11: 1, 12: 0, 14: 0 });
		expect(result.learners).toBe(4);
		expect(result.most).toBe(1);
	});

	it('has most 0 when nobody marked anything', () => {
		expect(markCounts(tokens, [answers.nothing]).most).toBe(0);
		expect(markCounts(tokens, []).most).toBe(0);
	});
});

describe('choiceCounts', () => {
	const attribution = [
		{ speaker: 'putin', mode: 'paraphrase' },
		{ speaker: 'putin', mode: 'direct-quote' },
		{ speaker: 'nato', mode: 'paraphrase' },
		null,
		'garbage'
	];
	const disputed = [
		{ asserters: ['putin'], disputers: ['nato', 'nato'] },
		{ asserters: ['putin', 'nato'], disputers: [] },
		{ asserters: 'putin', disputers: [42] }
	];

	it('counts a single-choice field, offered values first and in order, zeros included', () => {
		expect(choiceCounts(attribution, 'speaker', ['nato', 'peskov', 'putin'])).toEqual([
			{ value: 'nato', count: 1 },
			{ value: 'peskov', count: 0 },
			{ value: 'putin', count: 2 }
		]);
	});

	it('counts a many-choice field once per answer and value, and keeps stored values that are not offered', () => {
		expect(choiceCounts(disputed, 'asserters', ['nato'])).toEqual([
			{ value: 'nato', count: 1 },
			{ value: 'putin', count: 3 }
		]);
		expect(choiceCounts(disputed, 'disputers', [])).toEqual([{ value: 'nato', count: 1 }]);
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
