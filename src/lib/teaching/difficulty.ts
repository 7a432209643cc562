/*
 * Which questions a class found hardest, for the teacher's "Results per
 * question": by facility (the average share of the points), the measure
 * Moodle's statistics report sorts by too.
 */

/** A question is marked hard when its answers averaged less than this share of its points. */
export const HARD_BELOW = 50;

export interface Difficulty {
	n: number;
	stat: { facility: number | null };
}

/** Hard: answered at least once, and on average under half its points. */
export const isHard = (row: Difficulty): boolean => row.stat.facility !== null && row.stat.facility < HARD_BELOW;

/**
 * Hardest first: the lowest facility first, questions nobody answered last
 * (there is nothing to say about them yet), and the module's order among equals.
 */
export function hardestFirst<T extends Difficulty>(rows: readonly T[]): T[] {
	const rank = (row: T) => row.stat.facility ?? Infinity;
	return [...rows].sort((a, b) => rank(a) - rank(b) || a.n - b.n);
}

/** The order a results table is in, from the address (?order=hardest); anything else is the module's order. */
export type Order = 'module' | 'hardest';
export const orderOf = (param: string | null): Order => (param === 'hardest' ? 'hardest' : 'module');
