/*
 * Counting a class's choices, for the kinds whose answers are picks from a
 * list (a speaker, a mode, a set of reports). Shared by those kinds' classify
 * and drawn by Tallies.svelte.
 */

/** One choice offered (or stored) and how many learners made it. */
export interface Tally {
	id: string;
	label: string;
	count: number;
	/** Whether this choice is (part of) the answer key. */
	key: boolean;
}

/**
 * How many answers chose each value of one field, where the field holds a
 * string (an attribution's speaker) or a list of strings (a disputed claim's
 * asserters). Each answer counts once per value. Values are those offered,
 * in their order, followed by anything else stored (so nothing is hidden).
 */
export function choiceCounts(
	answers: readonly unknown[],
	field: string,
	offered: readonly string[] = []
): Array<{ value: string; count: number }> {
	const counts = new Map<string, number>(offered.map((value) => [value, 0]));
	for (const answer of answers) {
		if (typeof answer !== 'object' || answer === null) continue;
		const raw = (answer as Record<string, unknown>)[field];
		const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
		for (const value of new Set(values)) {
			if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
		}
	}
	return [...counts].map(([value, count]) => ({ value, count }));
}

/** Rows with the answer key taken out: for the discussion view before the answer is revealed. */
export const unkeyedTallies = <T extends Tally>(rows: readonly T[]): T[] => rows.map((row) => ({ ...row, key: false }));

/** choiceCounts as rows for Tallies: each value named, and marked when it is in the key. */
export function tallies(
	answers: readonly unknown[],
	field: string,
	offered: readonly string[],
	label: (id: string) => string,
	inKey: (id: string) => boolean
): Tally[] {
	return choiceCounts(answers, field, offered).map(({ value, count }) => ({
		id: value,
		label: label(value),
		count,
		key: inKey(value)
	}));
}
