import type { Variant } from '../kind';
import { someOf } from '../samples';
import type { LoadedWordingResponse } from './loaded-wording';
import type { LoadedWordingItem } from './types';

/** Responses for tests, the fuzzer and the benchmark seeders. */
export const samples = {
	sample(item: LoadedWordingItem, variant: Variant | 'random', random: () => number): LoadedWordingResponse {
		const words = item.tokens.filter((t) => t.kind === 'word').map((t) => t.i);
		const targets = item.targets.map((t) => words.filter((i) => i >= t.span.start && i < t.span.end));
		const plain = words.filter((i) => !targets.some((t) => t.includes(i)));
		switch (variant) {
			// One word finds a phrase.
			case 'right':
				return { marks: targets.map((t) => t[0]) };
			// Unloaded words only: each costs a point, and the score floors at 0.
			case 'wrong':
				return { marks: [...new Set([plain[0], plain[plain.length - 1]])] };
			// Every word of every phrase (a phrase counts once) and one unloaded word, which costs one.
			case 'partial':
				return { marks: [...targets.flat(), plain[Math.floor(plain.length / 2)]] };
			case 'random':
				return { marks: someOf(words, random, 0.15) };
		}
	},

	toForm: (response: LoadedWordingResponse): Array<[string, string]> => response.marks.map((i) => ['mark', String(i)])
};
