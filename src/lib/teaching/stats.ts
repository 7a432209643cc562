/**
 * Item statistics for a teacher's results pages, after Moodle's quiz
 * statistics report: facility (how easy an item was) and discrimination (does
 * it tell apart the learners who did well on the rest of the test). Pure
 * functions over plain numbers, so they are tested without a database.
 */

/** Below this many submitted attempts a correlation says more about chance than about the item. */
export const MIN_ATTEMPTS_FOR_DISCRIMINATION = 5;

export interface ScoredResponse {
	itemId: string;
	score: number;
	max: number;
}

/** One learner's latest attempt, reduced to what the statistics need. */
export interface ScoredAttempt {
	/** Submitted attempts are final; only they count towards discrimination. */
	submitted: boolean;
	responses: readonly ScoredResponse[];
}

/**
 * Mean of score/max over the responses, as a percentage; null when nobody
 * answered. A response with max 0 cannot be right or wrong and is left out.
 */
export function facility(responses: ReadonlyArray<{ score: number; max: number }>): number | null {
	const counted = responses.filter((r) => r.max > 0);
	if (counted.length === 0) return null;
	return (100 * counted.reduce((sum, r) => sum + r.score / r.max, 0)) / counted.length;
}

/** Pearson's r of two equally long series; null when either does not vary (or there are fewer than two pairs). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 2) return null;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += xs[i];
		my += ys[i];
	}
	mx /= n;
	my /= n;
	// Two passes (means first) keep rounding error small, unlike the one-pass sum-of-squares formula.
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i] - mx;
		const dy = ys[i] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// A variance that is zero up to rounding is zero: the scores did not vary.
	const tiny = 1e-12;
	if (sxx <= tiny || syy <= tiny) return null;
	const r = sxy / Math.sqrt(sxx * syy);
	return Math.max(-1, Math.min(1, r));
}

export type Discrimination =
	/** value: Pearson's r × 100, from −100 to +100. */
	| { status: 'ok'; value: number; attempts: number }
	/** Fewer submitted attempts than MIN_ATTEMPTS_FOR_DISCRIMINATION. */
	| { status: 'too-few'; attempts: number }
	/** Everyone scored alike on the item or on the rest of the test: no correlation exists. */
	| { status: 'no-variance'; attempts: number };

/**
 * Moodle's discrimination index: the correlation (× 100) between the scores
 * on this item and those on the rest of the test (total minus this item),
 * across attempts. Leaving the item out of the total keeps it from
 * correlating with itself.
 */
export function discrimination(pairs: ReadonlyArray<{ item: number; total: number }>): Discrimination {
	const attempts = pairs.length;
	if (attempts < MIN_ATTEMPTS_FOR_DISCRIMINATION) return { status: 'too-few', attempts };
	const r = pearson(
		pairs.map((p) => p.item),
		pairs.map((p) => p.total - p.item)
	);
	return r === null ? { status: 'no-variance', attempts } : { status: 'ok', value: 100 * r, attempts };
}

export interface ItemStat {
	itemId: string;
	/** Learners whose latest attempt has an answer to this item. */
	answered: number;
	/** Mean score of those answers as a percentage of the item's maximum; null if none. */
	facility: number | null;
	/** Mean points of those answers; null if none. */
	meanScore: number | null;
	discrimination: Discrimination;
}

/**
 * Statistics for every item, from each learner's latest attempt. Answered
 * counts and facility use every answer given so far; discrimination only
 * submitted attempts, where an unanswered item scores 0 (as in Moodle, where
 * a submitted attempt is complete by definition).
 */
export function itemStats(items: ReadonlyArray<{ id: string }>, attempts: readonly ScoredAttempt[]): ItemStat[] {
	const byItem = new Map<string, ScoredResponse[]>(items.map((item) => [item.id, []]));
	for (const attempt of attempts) {
		for (const r of attempt.responses) byItem.get(r.itemId)?.push(r);
	}

	// Per submitted attempt: its total over the module's items and each item's score.
	const known = new Set(items.map((item) => item.id));
	const submitted = attempts
		.filter((a) => a.submitted)
		.map((a) => {
			const scores = new Map<string, number>();
			for (const r of a.responses) if (known.has(r.itemId)) scores.set(r.itemId, r.score);
			let total = 0;
			for (const s of scores.values()) total += s;
			return { scores, total };
		});

	return items.map((item) => {
		const responses = byItem.get(item.id) ?? [];
		const answered = responses.length;
		return {
			itemId: item.id,
			answered,
			facility: facility(responses),
			meanScore: answered ? responses.reduce((sum, r) => sum + r.score, 0) / answered : null,
			discrimination: discrimination(
				submitted.map((a) => ({ item: a.scores.get(item.id) ?? 0, total: a.total }))
			)
		};
	});
}

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

/** "72 %", or a dash when nobody answered. */
export const formatFacility = (value: number | null): string => (value === null ? '–' : `${Math.round(value)} %`);

/** "+45", "−12" (a real minus sign), or why there is no number. */
export function formatDiscrimination(d: Discrimination): string {
	switch (d.status) {
		case 'ok': {
			const rounded = Math.round(d.value);
			return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
		}
		case 'too-few':
			return `not enough attempts yet (${d.attempts} of ${MIN_ATTEMPTS_FOR_DISCRIMINATION} submitted)`;
		case 'no-variance':
			return 'n/a (everyone scored alike)';
	}
}
