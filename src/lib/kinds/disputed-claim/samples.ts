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
			// The complement of a set is never the set itself (asserters are never empty; nor are the choices).
			case 'wrong':
				return {
					asserters: complement(choices, asserters),
					disputers: complement(choices, disputers),
					reportedIn: complement(sources, reportedIn)
				};
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
