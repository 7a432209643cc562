import type { Variant } from '../kind';
import { complement, someOf } from '../samples';
import type { DisputedClaimResponse } from './disputed-claim';
import { parts, type DisputedClaimItem } from './types';

/** Responses for tests, the fuzzer and the benchmark seeders. */
export const samples = {
	sample(item: DisputedClaimItem, variant: Variant | 'random', random: () => number): DisputedClaimResponse {
		const { asserters, disputers, reportedIn, choices, sources } = item;
		switch (variant) {
			case 'right':
				return { asserters, disputers, reportedIn };
			// The complement gets every box of every part wrong, so each part scores 0 whatever its worth.
			case 'wrong':
				return {
					asserters: complement(choices, asserters),
					disputers: complement(choices, disputers),
					reportedIn: complement(sources, reportedIn)
				};
			// Two parts at full worth, the disputers at 0: above 0 and below the item's max.
			case 'partial':
				return { asserters, disputers: complement(choices, disputers), reportedIn };
			case 'random':
				return {
					asserters: someOf(choices, random),
					disputers: someOf(choices, random),
					reportedIn: someOf(sources, random)
				};
		}
	},

	toForm: (response: DisputedClaimResponse): Array<[string, string]> =>
		parts.flatMap((part) => response[part].map((id): [string, string] => [part, id]))
};
