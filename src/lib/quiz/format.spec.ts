import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { inBrackets, moduleFacts, nestQuotes, percent, pointsOf, reportCount } from './format';

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

describe('counts in words', () => {
	afterEach(restoreLocale);

	it('says question and minute for one, in both languages', () => {
		expect(moduleFacts(1, 1)).toBe('1 question · about 1 minute');
		expect(moduleFacts(12, 40)).toBe('12 questions · about 40 minutes');
		expect(reportCount(1)).toBe('1 report');
		expect(reportCount(2)).toBe('2 reports');
		useLocale('de');
		expect(moduleFacts(1, 1)).toBe('1 Frage · etwa 1 Minute');
		expect(moduleFacts(12, 40)).toBe('12 Fragen · etwa 40 Minuten');
		expect(reportCount(1)).toBe('1 Bericht');
	});
});
