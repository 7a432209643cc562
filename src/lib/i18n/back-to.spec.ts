import { describe, expect, it } from 'vitest';
import { backTo } from './back-to';

const origin = 'http://quiz.test';

describe('backTo (where the language switch returns to)', () => {
	it('keeps the path and query of a page on this site', () => {
		expect(backTo('/a/ABC123/items/3', origin)).toBe('/a/ABC123/items/3');
		expect(backTo('/teach/assignments/7/items?sort=hard', origin)).toBe('/teach/assignments/7/items?sort=hard');
	});

	it('drops a form action from the query, so that going back is a plain page load', () => {
		expect(backTo('/a/ABC123/items/2?/answer', origin)).toBe('/a/ABC123/items/2');
	});

	it('never leads to another site', () => {
		for (const to of ['//evil.test/x', 'http://evil.test/', '/\\evil.test', 'javascript:alert(1)', ''])
			expect(backTo(to, origin)).toBe('/');
	});
});
