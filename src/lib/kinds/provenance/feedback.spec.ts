import { describe, expect, it } from 'vitest';
import { modules } from '$lib/server/content';
import { seeded } from '../samples';
import { sentenceCount, variants, wordCount } from '../leads';
import { provenance } from './provenance';
import type { ProvenanceItem } from './types';
import { answerer } from '../answerer';
import { opening } from './feedback';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the opening sentence of provenance feedback', () => {
	it('says all is right when every passage is read right', () => {
		const text = opening([
			{ id: 'a', given: 'translation', correct: true },
			{ id: 'b', given: 'ordinary', correct: true }
		]);
		expect(text).toMatch(/^All right/);
		expect(words(text)).toBeLessThanOrEqual(25);
	});

	it('counts the passages read right, unanswered ones included as wrong', () => {
		const text = opening([
			{ id: 'a', given: 'translation', correct: true },
			{ id: 'b', given: null, correct: false },
			{ id: 'c', given: 'republication', correct: false },
			{ id: 'd', given: 'ordinary', correct: false }
		]);
		expect(text).toMatch(/^You read 1 of 4 passages right: /);
		expect(words(text)).toBeLessThanOrEqual(25);
	});

	it('names the learner on the teacher’s page', () => {
		expect(opening([{ id: 'a', given: null, correct: false }], answerer('Ana'))).toMatch(/^Ana read 0 of 1 /);
	});
});

describe('the opening sentence for every item of every module', () => {
	const items = modules().flatMap((m) => m.items.filter((i): i is ProvenanceItem => i.kind === 'provenance'));
	it.each(items.map((item) => [item.id, item] as const))(
		'%s: one sentence of at most 25 words, answered right, wrong or partly right',
		(_, item) => {
			for (const variant of variants) {
				const sentence = opening(provenance.grade(item, provenance.sample(item, variant, seeded(item.id))).detail);
				expect(wordCount(sentence), sentence).toBeLessThanOrEqual(25);
				expect(sentenceCount(sentence), sentence).toBe(1);
			}
		}
	);
});
