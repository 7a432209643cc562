import { describe, expect, it } from 'vitest';
import { inBrackets, nestQuotes, percent, pointsOf } from './format';

describe('scores in words', () => {
	it('says point for a question worth one point, points otherwise', () => {
		expect(pointsOf(1, 1)).toBe('1 of 1 point');
		expect(pointsOf(0, 1)).toBe('0 of 1 point');
		expect(pointsOf(1, 2)).toBe('1 of 2 points');
		expect(pointsOf(0, 0)).toBe('0 of 0 points');
	});

	it('writes every percentage the same way, rounded', () => {
		expect(percent(56.4)).toBe('56 %');
		expect(percent(100)).toBe('100 %');
	});

	it('puts a note in brackets without brackets inside brackets', () => {
		expect(inBrackets('Spanish (translated into English by machine)')).toBe(
			'(Spanish, translated into English by machine)'
		);
		expect(inBrackets('English')).toBe('(English)');
	});

	it('writes a quote inside a quote with single marks', () => {
		expect(nestQuotes('Putin has stressed that “Russia does not threaten anyone”')).toBe(
			'Putin has stressed that ‘Russia does not threaten anyone’'
		);
		expect(nestQuotes('said Mayor Dana Holt')).toBe('said Mayor Dana Holt');
	});
});
