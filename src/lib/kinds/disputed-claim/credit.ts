import type { ChoiceResult, DisputedClaimItem, Part, PartResult } from './types';

/*
 * The credit rule, shared by grading and the teacher's report: every box of a
 * part (each choice offered) is a decision, right or wrong. A part is worth
 * one point per answer in its key, or one point when the answer is nobody or
 * neither report; each wrong decision (a box ticked that the key does not
 * have, or one the key has left empty) costs one point, never below zero.
 * So ticking nothing, or everything, earns nothing unless the key is empty,
 * or holds most of the choices.
 */

/** What a part with this key is worth. */
export const partMax = (key: readonly string[]): number => Math.max(1, new Set(key).size);

/** The boxes of a part: speakers (and outlets) for who asserts and who disputes, reports for where. */
export const offeredFor = (item: Pick<DisputedClaimItem, 'choices' | 'sources'>, part: Part): readonly string[] =>
	part === 'reportedIn' ? item.sources : item.choices;

/**
 * A part graded box by box. Ids the answer holds that are not offered (a
 * stored answer from before a choice was removed) are wrong ticks.
 */
export function partCredit(offered: readonly string[], key: readonly string[], given: readonly string[]): PartResult {
	const inKey = new Set(key);
	const ticked = new Set(given);
	const choices = [...new Set([...offered, ...key, ...given])].map((id): ChoiceResult => {
		const chosen = ticked.has(id);
		return { id, chosen, key: inKey.has(id), points: chosen === inKey.has(id) ? 0 : -1 };
	});
	const max = partMax(key);
	const score = Math.max(0, max + choices.reduce((sum, choice) => sum + choice.points, 0));
	return { given: [...given], choices, score, max, correct: score === max };
}
