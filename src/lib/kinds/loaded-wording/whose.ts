import type { Speaker } from '$lib/quiz/types';

/** "“bellicose” is The White House’s word, quoted by the reporter": the same words in feedback and in the key. */
export function whoseWord(speakers: Record<string, Speaker>, whose: string): string {
	if (whose === 'outlet') return 'the outlet’s own word';
	return `${speakers[whose]?.name ?? whose}’s word, quoted by the reporter`;
}
