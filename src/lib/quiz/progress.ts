import { m } from '$lib/paraglide/messages';
import { pointsOf } from './format';
import { skillLabels, skills, type Skill } from './types';

export interface Scored {
	itemId: string;
	score: number;
	max: number;
}

/** An item as the totals need it: which skill it trains and what it is worth. */
export interface ScoredItem {
	id: string;
	skill: Skill;
	max: number;
}

/**
 * Points out of a maximum. `soFar`: the attempt is still open and some
 * questions are unanswered, so the maximum is that of the answered ones only
 * and the page must say “so far”.
 */
export interface Total {
	score: number;
	max: number;
	soFar: boolean;
}

export interface SkillScore extends Total {
	skill: Skill;
	label: string;
	answered: number;
	items: number;
}

/**
 * The rule for every total a page or a spreadsheet shows: once an attempt is
 * final (submitted, or its assignment closed), an unanswered question counts
 * as 0 of its points, so the maximum is that of every question; while it is
 * open, the total is over the answered questions only, and says so. A learner
 * who answered 3 of 21 questions must never read “4 of 6 points” as a result.
 */
export function total(
	answered: { score: number; max: number },
	full: { max: number; complete: boolean },
	final: boolean
): Total {
	if (final) return { score: answered.score, max: full.max, soFar: false };
	return { score: answered.score, max: answered.max, soFar: !full.complete };
}

const sum = (scores: ReadonlyArray<{ score: number; max: number }>) => ({
	score: scores.reduce((n, r) => n + r.score, 0),
	max: scores.reduce((n, r) => n + r.max, 0)
});

/** An attempt's total over the module's items; answers to items no longer in the module are left out. */
export function attemptTotal(items: readonly ScoredItem[], responses: readonly Scored[], final: boolean): Total {
	const byItem = new Map(responses.map((r) => [r.itemId, r]));
	const answered = items.map((item) => byItem.get(item.id)).filter((r) => r !== undefined);
	const max = items.reduce((n, item) => n + item.max, 0);
	return total(sum(answered), { max, complete: answered.length === items.length }, final);
}

/** Score per skill, in the order skills are listed, by the same rule as the attempt's total. */
export function scoreBySkill(items: readonly ScoredItem[], responses: readonly Scored[], final: boolean): SkillScore[] {
	return (Object.keys(skills) as Skill[])
		.map((skill) => {
			const own = items.filter((item) => item.skill === skill);
			const ids = new Set(own.map((item) => item.id));
			const answered = responses.filter((r) => ids.has(r.itemId));
			return {
				skill,
				label: skillLabels[skill](),
				...attemptTotal(own, answered, final),
				answered: answered.length,
				items: own.length
			};
		})
		.filter((s) => s.items > 0);
}

/** “4 of 51 points”, or “4 of 6 points so far” while unanswered questions are not counted yet. */
export const formatTotal = (t: Total): string =>
	t.soFar ? m.total_so_far({ points: pointsOf(t.score, t.max) }) : pointsOf(t.score, t.max);

/** How many of the items have no answer among the given ones. */
export function unansweredCount(items: ReadonlyArray<{ id: string }>, answeredIds: Iterable<string>): number {
	const answered = new Set(answeredIds);
	return items.filter((item) => !answered.has(item.id)).length;
}
