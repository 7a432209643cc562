import { describe, expect, it } from 'vitest';
import { answerer } from '../answerer';
import { opening } from './feedback';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the opening sentence of source-comparison feedback', () => {
	it('says all is right when every statement is placed right', () => {
		const text = opening([
			{ id: 'a', given: 'es', correct: true },
			{ id: 'b', given: 'both', correct: true }
		]);
		expect(text).toMatch(/^All right/);
		expect(words(text)).toBeLessThanOrEqual(25);
	});

	it('counts the statements placed right, unanswered ones included as wrong', () => {
		const text = opening([
			{ id: 'a', given: 'es', correct: true },
			{ id: 'b', given: null, correct: false },
			{ id: 'c', given: 'de', correct: false }
		]);
		expect(text).toMatch(/^You placed 1 of 3 right\./);
		expect(words(text)).toBeLessThanOrEqual(25);
	});

	it('names the learner on the teacher’s page', () => {
		expect(opening([{ id: 'a', given: null, correct: false }], answerer('Ana'))).toMatch(/^Ana placed 0 of 1 /);
	});
});
