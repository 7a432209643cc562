import type { Variant } from '../kind';
import { pick, someOf } from '../samples';
import { phrasesOf, VOICE_FIELD, type Phrase } from './phrases';
import type { LoadedWordingResponse } from './response';
import { VOICES, type LoadedWordingItem, type Voice } from './types';

/** Responses for tests, the fuzzer and the benchmark seeders; each says whose words every phrase it marks is. */
export const samples = {
	sample(item: LoadedWordingItem, variant: Variant | 'random', random: () => number): LoadedWordingResponse {
		const words = item.tokens.filter((t) => t.kind === 'word').map((t) => t.i);
		const within = (i: number, span: { start: number; end: number }) => i >= span.start && i < span.end;
		const targets = item.targets.map((t) => words.filter((i) => within(i, t.span)));
		const plain = words.filter(
			(i) => !item.targets.some((t) => within(i, t.span)) && !item.defensible.some((d) => within(i, d.span))
		);
		/** The key's voice for a phrase: that of the first target it covers. */
		const keyed = (p: Phrase): Voice =>
			item.targets.find((t) => p.words.some((i) => within(i, t.span)))?.voice ?? 'outlet';
		const otherThan = (voice: Voice): Voice => VOICES.find((v) => v !== voice)!;
		const covers = (p: Phrase) => item.targets.some((t) => p.words.some((i) => within(i, t.span)));
		const voiced = (marks: number[], voiceOf: (p: Phrase, first: boolean) => Voice): LoadedWordingResponse => {
			const phrases = phrasesOf(item.tokens, new Set(marks));
			const first = phrases.find(covers);
			return { marks, voices: Object.fromEntries(phrases.map((p) => [String(p.start), voiceOf(p, p === first)])) };
		};
		switch (variant) {
			// One word finds a phrase, and its voice is the key's.
			case 'right':
				return voiced(
					targets.map((t) => t[0]),
					keyed
				);
			// Unloaded words only: each costs a point, and the score floors at 0.
			case 'wrong':
				return voiced([...new Set([plain[0], plain[plain.length - 1]])], () => 'outlet');
			// Every word of every phrase (a phrase counts once). With two phrases or more, the key's voices and one
			// unloaded word, which costs one: 2n − 1. It then holds the right answer's marks and voices and adds to
			// them, as a learner who goes on marking does (the two-tab test needs such a pair). With one phrase, its
			// voice wrong instead: 1 of 2.
			case 'partial': {
				if (targets.length > 1) return voiced([...targets.flat(), plain[Math.floor(plain.length / 2)]], keyed);
				return voiced(targets.flat(), (p, first) => (first ? otherThan(keyed(p)) : keyed(p)));
			}
			case 'random':
				return voiced(someOf(words, random, 0.15), () => pick(VOICES, random));
		}
	},

	toForm: (response: LoadedWordingResponse): Array<[string, string]> => [
		...response.marks.map((i): [string, string] => ['mark', String(i)]),
		...Object.entries(response.voices ?? {}).map(([at, voice]): [string, string] => [`${VOICE_FIELD}${at}`, voice])
	]
};
