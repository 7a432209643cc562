import type { Speaker } from '$lib/quiz/types';
import type { Grade } from './kind';

/** What every kind's Question view is given. */
export interface QuestionProps<Public> {
	item: Public;
	speakers: Record<string, Speaker>;
	names: Record<string, string>;
	/** A saved answer that may still change, to fill the form with. Untrusted shape. */
	answer?: unknown;
}

/** What every kind's Feedback view is given, once the item is answered. */
export interface FeedbackProps<Public, Detail, Solution> extends QuestionProps<Public> {
	answer: unknown;
	grade: Grade<Detail>;
	solution: Solution;
	/**
	 * Who answered, by name, when someone else reads the feedback (their teacher's page for
	 * them): the sentences say "Ana chose …". Unset on the learner's own pages: "You chose …".
	 * Each view words it through `answerer` (./answerer.ts).
	 */
	learner?: string;
}

/**
 * What every kind's Distribution view is given on the teacher's page for one
 * item: the kind's `classify` of the class's answers, and how many answered.
 */
export interface DistributionProps<Public, Distribution> {
	item: Public;
	data: Distribution;
	/** How many learners answered the item (the denominator of every count). */
	answered: number;
	speakers: Record<string, Speaker>;
	names: Record<string, string>;
	/**
	 * False on the discussion view before the teacher reveals the answer: `data` is the kind's
	 * `unkeyed` classification, and the view leaves out whatever speaks of the key. Default true.
	 */
	keyed?: boolean;
}
