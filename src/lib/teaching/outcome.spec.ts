import { describe, expect, it } from 'vitest';
import { outcomeOf, outcomes } from './outcome';

describe('outcomeOf', () => {
	it('tells full marks, some points, none and no answer apart', () => {
		expect(outcomeOf({ score: 2, max: 2 })).toBe('right');
		expect(outcomeOf({ score: 1, max: 2 })).toBe('partly');
		expect(outcomeOf({ score: 0, max: 2 })).toBe('wrong');
		expect(outcomeOf(null)).toBe('unanswered');
	});

	it('gives each outcome a sign of its own', () => {
		const signs = Object.values(outcomes).map((o) => o.sign);
		expect(new Set(signs).size).toBe(signs.length);
	});
});
