import { describe, expect, it } from 'vitest';
import { modules } from '$lib/server/content';
import { seeded } from '../samples';
import { sentenceCount, variants, wordCount } from '../leads';
import type { DisputedClaimItem } from './types';
import { disputedClaim } from './disputed-claim';
import { answerer } from '../answerer';
import { boxState, opening } from './feedback';
import {
	disputedClaimResponses as responses,
	disputedClaimWideItem as wideItem,
	disputedClaimWideResponses as wideResponses
} from '../fixtures';

const words = (sentence: string) => sentence.split(/\s+/).length;

describe('disputed-claim feedback words', () => {
	it('names each box by what was ticked and what the key has', () => {
		expect(boxState({ chosen: true, key: true })).toBe('right');
		expect(boxState({ chosen: true, key: false })).toBe('wrong');
		expect(boxState({ chosen: false, key: true })).toBe('missed');
		expect(boxState({ chosen: false, key: false })).toBe('left');
	});

	it('opens with one plain sentence of at most 25 words', () => {
		const perfect = opening(disputedClaim.grade(wideItem, wideResponses.perfect));
		expect(perfect).toBe(
			'Every box is right: you found exactly who asserts the claim, who disputes it and which reports say it is disputed.'
		);
		// Four speakers twice and two reports: ten boxes, three of them wrong.
		const some = opening(disputedClaim.grade(wideItem, wideResponses.oneWrongEach));
		expect(some).toBe(
			'You got 7 of 10 boxes right; each wrong tick, and each tick you missed, costs its part one point.'
		);
		const unread = opening(disputedClaim.grade(wideItem, responses.malformed.null));
		expect(unread).toBe('This answer could not be read, so it scores no points.');
		for (const sentence of [perfect, some, unread]) {
			expect(words(sentence)).toBeLessThanOrEqual(25);
			expect(sentence.match(/[.!?](\s|$)/g)).toHaveLength(1);
		}
	});

	it('names the learner on their teacher’s page', () => {
		const ana = answerer('Ana');
		expect(opening(disputedClaim.grade(wideItem, wideResponses.perfect), ana)).toBe(
			'Every box is right: Ana found exactly who asserts the claim, who disputes it and which reports say it is disputed.'
		);
		expect(opening(disputedClaim.grade(wideItem, wideResponses.oneWrongEach), ana)).toBe(
			'Ana got 7 of 10 boxes right; each wrong tick, and each tick Ana missed, costs its part one point.'
		);
	});
});

describe('the opening sentence for every item of every module', () => {
	const items = modules().flatMap((m) => m.items.filter((i): i is DisputedClaimItem => i.kind === 'disputed-claim'));
	it.each(items.map((item) => [item.id, item] as const))(
		'%s: one sentence of at most 25 words, answered right, wrong or partly right',
		(_, item) => {
			for (const variant of variants) {
				const sentence = opening(disputedClaim.grade(item, disputedClaim.sample(item, variant, seeded(item.id))));
				expect(wordCount(sentence), sentence).toBeLessThanOrEqual(25);
				expect(sentenceCount(sentence), sentence).toBe(1);
			}
		}
	);
});
