import { describe, expect, it } from 'vitest';
import { modules } from '$lib/server/content';
import { seeded } from '../samples';
import { sentenceCount, variants, wordCount } from '../leads';
import { sourceComparison } from './source-comparison';
import type { SourceComparisonItem } from './types';
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
		expect(text).toMatch(/^You placed 1 of 3 right: /);
		expect(words(text)).toBeLessThanOrEqual(25);
	});

	it('names the learner on the teacher’s page', () => {
		expect(opening([{ id: 'a', given: null, correct: false }], answerer('Ana'))).toMatch(/^Ana placed 0 of 1 /);
	});
});

describe('the opening sentence for every item of every module', () => {
	const items = modules().flatMap((m) =>
		m.items.filter((i): i is SourceComparisonItem => i.kind === 'source-comparison')
	);
	it.each(items.map((item) => [item.id, item] as const))(
		'%s: one sentence of at most 25 words, answered right, wrong or partly right',
		(_, item) => {
			for (const variant of variants) {
				const sentence = opening(
					sourceComparison.grade(item, sourceComparison.sample(item, variant, seeded(item.id))).detail
				);
				expect(wordCount(sentence), sentence).toBeLessThanOrEqual(25);
				expect(sentenceCount(sentence), sentence).toBe(1);
			}
		}
	);
});
