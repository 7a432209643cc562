import type { Speaker } from '$lib/quiz/types';

/**
 * What every kind's Solution view is given: the item as learners see it, and
 * the kind's `solution(item)`. Only teacher pages render it; learners get a
 * solution through their Feedback view, once they have earned it.
 */
export interface SolutionProps<Public, Solution> {
	item: Public;
	solution: Solution;
	speakers: Record<string, Speaker>;
	/** "Report A", "Report B"… by document id. */
	names: Record<string, string>;
}
