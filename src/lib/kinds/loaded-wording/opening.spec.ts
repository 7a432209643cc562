import { describe, expect, it } from 'vitest';
import { modules } from '$lib/server/content';
import { seeded } from '../samples';
import { sentenceCount, variants, wordCount } from '../leads';
import type { ExtraMark, LoadedWordingItem } from './types';
import { loadedWording } from './loaded-wording';
import { answerer } from '../answerer';
import { opening } from './opening';
import { loadedWordingItem as item, loadedWordingResponses as responses, passageToken } from '../fixtures';

const of = (answer: unknown) => opening(loadedWording.grade(item, answer).detail);
const words = (sentence: string) => sentence.split(/\s+/).length;

/** A detail of n targets, the first `found` found, the first `voices` of them with the right voice. */
const counted = (n: number, found: number, voices: number, extras: ExtraMark[] = []) => ({
	found: Array.from({ length: n }, (_, k) => k < found),
	voiceRight: Array.from({ length: n }, (_, k) => k < voices),
	extras
});

describe('the feedback’s opening sentence', () => {
	it('names the learner on their teacher’s page', () => {
		const named = (answer: unknown) => opening(loadedWording.grade(item, answer).detail, answerer('Ana'));
		expect(named(responses.whoseRight)).toBe('Ana found all 3 loaded phrases and said rightly whose words they are.');
		expect(named(responses.whoseWrong)).toBe(
			'Ana found all 3 loaded phrases, but look again at whose words they are: Ana had 0 of 3 right.'
		);
		expect(named(responses.defensibleExtra)).not.toMatch(/\b[Yy]ou/);
	});

	it('says all was found and the voices named, for the right answer', () => {
		expect(of(responses.whoseRight)).toBe('You found all 3 loaded phrases and said rightly whose words they are.');
	});

	it('says what was found and names the wrongly marked word, never only “not quite”', () => {
		const extra = { ...responses.whoseRight, marks: [...responses.whoseRight.marks, passageToken('Donbas')] };
		expect(of(extra)).toBe(
			'You found all 3 loaded phrases and whose words they are, but “Donbas” is not loaded: see why below.'
		);
	});

	it('says a defensible word cost nothing', () => {
		expect(of(responses.defensibleExtra)).toBe(
			'You found all 3 loaded phrases and whose words they are; “claimed” was a fair mark too, and cost nothing.'
		);
	});

	it('points at whose words, when every phrase was found and a voice is wrong', () => {
		expect(of(responses.whoseWrong)).toBe(
			'You found all 3 loaded phrases, but look again at whose words they are: you had 0 of 3 right.'
		);
		expect(of(responses.oldShape)).toContain('look again at whose words');
	});

	it('points at the missed phrases first', () => {
		expect(of(responses.partial)).toBe('You found 2 of 3 loaded phrases; look below for the one you missed.');
		expect(of(responses.empty)).toBe(
			'You found none of the 3 loaded phrases: they are shown below, with whose words they are.'
		);
	});

	it('reads well for one phrase and for two', () => {
		expect(opening(counted(1, 1, 1))).toBe('You found the loaded phrase and said rightly whose words it is.');
		expect(opening(counted(1, 1, 0))).toBe('You found the loaded phrase, but look again at whose words it is.');
		expect(opening(counted(1, 0, 0))).toBe(
			'You did not find the loaded phrase: it is shown below, with whose words it is.'
		);
		expect(opening(counted(2, 2, 2, [{ text: 'strange', defensible: 0, notLoaded: null, words: 1 }]))).toBe(
			'You found both loaded phrases and whose words they are; “strange” was a fair mark too, and cost nothing.'
		);
	});

	it('counts the wrong words instead of quoting a long run of them', () => {
		const long = { text: 'the Russian proposal for security guarantees', defensible: null, notLoaded: null, words: 6 };
		expect(opening(counted(2, 2, 2, [long]))).toBe(
			'You found both loaded phrases and whose words they are, but 6 of the words you marked are not loaded: see why below.'
		);
	});

	it('keeps to 25 words in every case', () => {
		const extras: ExtraMark[][] = [
			[],
			[{ text: 'provocations and aggressions', defensible: null, notLoaded: null, words: 3 }],
			[{ text: 'immediately, now', defensible: 0, notLoaded: null, words: 2 }],
			[
				{ text: 'a', defensible: null, notLoaded: null, words: 1 },
				{ text: 'b', defensible: null, notLoaded: null, words: 1 }
			]
		];
		for (const n of [1, 2, 3, 12])
			for (let found = 0; found <= n; found++)
				for (const voices of [0, found])
					for (const extra of extras) {
						const sentence = opening(counted(n, found, voices, extra));
						expect(words(sentence), sentence).toBeLessThanOrEqual(25);
					}
	});
});

describe('the opening sentence for every item of every module', () => {
	const items = modules().flatMap((m) => m.items.filter((i): i is LoadedWordingItem => i.kind === 'loaded-wording'));
	it.each(items.map((item) => [item.id, item] as const))(
		'%s: one sentence of at most 25 words, answered right, wrong or partly right',
		(_, item) => {
			for (const variant of variants) {
				const sentence = opening(
					loadedWording.grade(item, loadedWording.sample(item, variant, seeded(item.id))).detail
				);
				expect(wordCount(sentence), sentence).toBeLessThanOrEqual(25);
				expect(sentenceCount(sentence), sentence).toBe(1);
			}
		}
	);
});
