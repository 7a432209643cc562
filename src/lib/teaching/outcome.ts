import { m } from '$lib/paraglide/messages';

/*
 * How an answer did, in a word and a sign, for the teacher's tables and the
 * boxes of one learner's questions: never colour alone (WCAG 1.4.1).
 */

export type Outcome = 'right' | 'partly' | 'wrong' | 'unanswered';

/** Full marks, some points, none; or no answer (null). An item worth nothing counts as right when answered. */
export function outcomeOf(grade: { score: number; max: number } | null): Outcome {
	if (!grade) return 'unanswered';
	if (grade.score >= grade.max) return 'right';
	return grade.score > 0 ? 'partly' : 'wrong';
}

/** The sign drawn beside the score; the words are what a screen reader hears, in the page's language. */
export const outcomes: Record<Outcome, { sign: string; words: () => string }> = {
	right: { sign: '✓', words: m.t_outcome_right },
	partly: { sign: '◐', words: m.t_outcome_partly },
	wrong: { sign: '✗', words: m.t_outcome_wrong },
	unanswered: { sign: '–', words: m.t_outcome_unanswered }
};
