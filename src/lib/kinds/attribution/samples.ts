import type { Variant } from '../kind';
import { pick } from '../samples';
import type { AttributionResponse } from './attribution';
import { modes, type AttributionItem, type Mode } from './types';

const allModes = Object.keys(modes) as Mode[];

/** Responses for tests, the fuzzer and the benchmark seeders. */
export const samples = {
	sample(item: AttributionItem, variant: Variant | 'random', random: () => number): AttributionResponse {
		const otherSpeaker = item.speakers.find((s) => s !== item.speaker) ?? item.speaker;
		const otherMode = allModes.find((m) => m !== item.mode) ?? item.mode;
		switch (variant) {
			case 'right':
				return { speaker: item.speaker, mode: item.mode };
			case 'wrong':
				return { speaker: otherSpeaker, mode: otherMode };
			case 'partial':
				return { speaker: item.speaker, mode: otherMode };
			case 'random':
				return { speaker: pick(item.speakers, random), mode: pick(allModes, random) };
		}
	},

	toForm: (response: AttributionResponse): Array<[string, string]> => [
		['speaker', response.speaker],
		['mode', response.mode]
	]
};
