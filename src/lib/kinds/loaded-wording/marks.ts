/*
 * Counting a class's marks per word, for the heatmap on the teacher's page.
 * Plain numbers over stored answers of any shape, so it is tested without an item.
 */

export interface MarkCounts {
	/** For every word token of the passage (by token index): how many learners marked it. */
	counts: Record<number, number>;
	/** How many answers were counted. */
	learners: number;
	/** The highest count, for scaling a heatmap; 0 when nobody marked anything. */
	most: number;
}

/** The marks of a loaded-wording answer, or none when the stored answer has another shape. */
function marksOf(answer: unknown): unknown[] {
	if (typeof answer !== 'object' || answer === null) return [];
	const marks = (answer as { marks?: unknown }).marks;
	return Array.isArray(marks) ? marks : [];
}

/**
 * How many learners marked each word of a passage. A learner counts once per
 * word however often the index repeats; marks on punctuation or outside the
 * passage are ignored, as the grader ignores them.
 */
export function markCounts(
	tokens: ReadonlyArray<{ i: number; kind: string }>,
	responses: ReadonlyArray<{ answer: unknown }>
): MarkCounts {
	const counts: Record<number, number> = {};
	for (const token of tokens) if (token.kind === 'word') counts[token.i] = 0;
	for (const response of responses) {
		for (const mark of new Set(marksOf(response.answer))) {
			if (typeof mark === 'number' && Object.hasOwn(counts, mark)) counts[mark]++;
		}
	}
	const most = Math.max(0, ...Object.values(counts));
	return { counts, learners: responses.length, most };
}
