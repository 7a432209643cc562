import { describe, expect, it } from 'vitest';
import { hardestFirst, isHard, orderOf } from './difficulty';

const row = (n: number, facility: number | null) => ({ n, stat: { facility } });

describe('hardestFirst', () => {
	it('puts the lowest facility first, unanswered questions last, and keeps the module order among equals', () => {
		const rows = [row(1, 80), row(2, null), row(3, 20), row(4, 55), row(5, 20), row(6, 0)];
		expect(hardestFirst(rows).map((r) => r.n)).toEqual([6, 3, 5, 4, 1, 2]);
	});

	it('leaves the rows it was given as they were', () => {
		const rows = [row(1, 90), row(2, 10)];
		hardestFirst(rows);
		expect(rows.map((r) => r.n)).toEqual([1, 2]);
	});
});

describe('isHard', () => {
	it('marks a question answered for under half its points on average, and nothing unanswered', () => {
		expect(isHard(row(1, 49.9))).toBe(true);
		expect(isHard(row(1, 0))).toBe(true);
		expect(isHard(row(1, 50))).toBe(false);
		expect(isHard(row(1, null))).toBe(false);
	});
});

describe('orderOf', () => {
	it('reads only "hardest" as the hardest-first order', () => {
		expect(orderOf('hardest')).toBe('hardest');
		expect(orderOf(null)).toBe('module');
		expect(orderOf('HARDEST')).toBe('module');
	});
});
