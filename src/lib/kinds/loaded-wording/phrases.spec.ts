import { describe, expect, it } from 'vitest';
import type { Token } from '$lib/quiz/types';
import { phrasesOf, voiceOf } from './phrases';

/** Tokens of a sentence written as words and punctuation: "The Kyiv regime , bloody . Then". */
function tokens(text: string): Token[] {
	return text.split(' ').map((t, n) => ({
		i: 100 + n,
		text: t,
		kind: /\p{L}/u.test(t) ? 'word' : 'punct',
		after: ' '
	}));
}

const sentence = tokens('The “ Kyiv regime ” , bloody . Then senseless : war');
const at = (text: string) => sentence.find((t) => t.text === text)!.i;
const phrases = (...words: string[]) => phrasesOf(sentence, new Set(words.map(at)));

describe('phrasesOf', () => {
	it('makes one phrase of marked words next to each other', () => {
		expect(phrases('Kyiv', 'regime')).toEqual([
			{ start: at('Kyiv'), words: [at('Kyiv'), at('regime')], text: 'Kyiv regime' }
		]);
	});

	it('joins marked words across quotation marks and commas, keeping them in its text', () => {
		expect(phrases('regime', 'bloody')).toEqual([
			{ start: at('regime'), words: [at('regime'), at('bloody')], text: 'regime ” , bloody' }
		]);
		expect(phrases('The', 'Kyiv').map((p) => p.text)).toEqual(['The “ Kyiv']);
	});

	it('ends a phrase at an unmarked word, and at the end of a sentence or clause', () => {
		expect(phrases('The', 'regime').map((p) => p.text)).toEqual(['The', 'regime']);
		expect(phrases('bloody', 'Then').map((p) => p.text)).toEqual(['bloody', 'Then']);
		expect(phrases('senseless', 'war').map((p) => p.text)).toEqual(['senseless', 'war']);
	});

	it('ignores marks on punctuation and leaves out punctuation after the last word', () => {
		expect(phrasesOf(sentence, new Set([at('”'), at(',')]))).toEqual([]);
		expect(phrases('regime').map((p) => p.text)).toEqual(['regime']);
	});
});

describe('voiceOf', () => {
	const [kyivRegime] = phrases('Kyiv', 'regime');

	it('takes the voice posted at the phrase’s first word, else at another of its words', () => {
		expect(voiceOf(kyivRegime, { [at('Kyiv')]: 'quoted', [at('regime')]: 'outlet' })).toBe('quoted');
		expect(voiceOf(kyivRegime, { [at('regime')]: 'outlet' })).toBe('outlet');
		expect(voiceOf(kyivRegime, { [at('bloody')]: 'outlet' })).toBeNull();
	});

	it('does not take an object’s inherited properties for voices', () => {
		const odd = { ...phrases('Kyiv')[0], words: ['constructor' as unknown as number] };
		expect(voiceOf(odd, {})).toBeNull();
	});
});
