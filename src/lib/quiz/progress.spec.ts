import { describe, expect, it } from 'vitest';
import { attemptTotal, formatTotal, scoreBySkill, total, unansweredCount, type ScoredItem } from './progress';
import { questions } from './format';

/* 21 questions worth 51 points in the review; here four worth 2, 3, 1 and 4. */
const items: ScoredItem[] = [
	{ id: 'q1', skill: 'who-speaks', max: 2 },
	{ id: 'q2', skill: 'who-speaks', max: 3 },
	{ id: 'q3', skill: 'word-choice', max: 1 },
	{ id: 'q4', skill: 'word-choice', max: 4 }
];
const firstTwo = [
	{ itemId: 'q1', score: 2, max: 2 },
	{ itemId: 'q2', score: 1, max: 3 }
];

describe('the totals rule', () => {
	it('counts unanswered questions as 0 of their points once the attempt is final', () => {
		expect(attemptTotal(items, firstTwo, true)).toEqual({ score: 3, max: 10, soFar: false });
		expect(formatTotal(attemptTotal(items, firstTwo, true))).toBe('3 of 10 points');
	});

	it('counts the answered questions only while the attempt is open, and says “so far”', () => {
		expect(attemptTotal(items, firstTwo, false)).toEqual({ score: 3, max: 5, soFar: true });
		expect(formatTotal(attemptTotal(items, firstTwo, false))).toBe('3 of 5 points so far');
	});

	it('is not “so far” when every question is answered', () => {
		const all = items.map((item) => ({ itemId: item.id, score: 1, max: item.max }));
		expect(attemptTotal(items, all, false)).toEqual({ score: 4, max: 10, soFar: false });
		expect(total({ score: 0, max: 0 }, { max: 10, complete: false }, true)).toEqual({
			score: 0,
			max: 10,
			soFar: false
		});
	});

	it('leaves out answers to questions no longer in the module', () => {
		const stray = [...firstTwo, { itemId: 'gone', score: 5, max: 5 }];
		expect(attemptTotal(items, stray, true)).toEqual({ score: 3, max: 10, soFar: false });
	});

	it('gives a skill with nothing answered its full maximum once final, never “0 of 0”', () => {
		const final = scoreBySkill(items, firstTwo, true);
		expect(final.map((s) => [s.skill, s.score, s.max, s.answered, s.items, s.soFar])).toEqual([
			['who-speaks', 3, 5, 2, 2, false],
			['word-choice', 0, 5, 0, 2, false]
		]);
		const open = scoreBySkill(items, firstTwo, false);
		expect(open.map((s) => [s.skill, s.score, s.max, s.soFar])).toEqual([
			['who-speaks', 3, 5, false],
			['word-choice', 0, 0, true]
		]);
	});
});

describe('unanswered questions', () => {
	it('counts the items without an answer, ignoring answers to other items', () => {
		expect(unansweredCount(items, ['q1', 'q3', 'gone'])).toBe(2);
		expect(
			unansweredCount(
				items,
				items.map((i) => i.id)
			)
		).toBe(0);
		expect([questions(1), questions(18)]).toEqual(['1 question', '18 questions']);
	});
});
