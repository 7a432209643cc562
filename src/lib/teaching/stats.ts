import { m } from '$lib/paraglide/messages';

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

export type Discrimination =
	/** value: Pearson's r × 100, from −100 to +100. */
	| { status: 'ok'; value: number; attempts: number }
	/** Fewer submitted attempts than MIN_ATTEMPTS_FOR_DISCRIMINATION. */
	| { status: 'too-few'; attempts: number }
	/** Everyone scored alike on the item or on the rest of the test: no correlation exists. */
	| { status: 'no-variance'; attempts: number };

/**
 * Everything the statistics of one item need, as sums over the learners'
 * latest attempts. Sums, not rows, so that the database can add them up for
 * a thousand learners and send back one row per item.
 */
export interface ItemSums {
	itemId: string;
	/** Answers to the item, and the sum of their scores. */
	answered: number;
	scoreSum: number;
	/** Answers with a maximum above 0 (the rest cannot be right or wrong), and the sum of their score/max. */
	graded: number;
	fractionSum: number;
	/**
	 * Over submitted attempts only, with x the item's score (0 when unanswered)
	 * and t the attempt's total over the module's items: Σx, Σx² and Σx·t.
	 */
	sx: number;
	sxx: number;
	sxt: number;
}

/** Over the submitted attempts: how many, Σt and Σt² of their totals. */
export interface SubmittedSums {
	n: number;
	st: number;
	stt: number;
}

/**
 * Moodle's discrimination index: the correlation (× 100) between the scores
 * on this item and those on the rest of the test (total minus this item),
 * across submitted attempts. Leaving the item out of the total keeps it from
 * correlating with itself. With y = t − x, every sum Pearson's r needs
 * follows from Σx, Σx², Σx·t, Σt and Σt². Scores are whole points, so the
 * sums, and n·Σx² − (Σx)² with them, are exact: a variance of 0 is exactly 0.
 */
export function discrimination(item: Pick<ItemSums, 'sx' | 'sxx' | 'sxt'>, submitted: SubmittedSums): Discrimination {
	const { n, st, stt } = submitted;
	if (n < MIN_ATTEMPTS_FOR_DISCRIMINATION) return { status: 'too-few', attempts: n };
	const { sx, sxx, sxt } = item;
	const sy = st - sx;
	const syy = stt - 2 * sxt + sxx;
	const sxy = sxt - sxx;
	const vx = n * sxx - sx * sx;
	const vy = n * syy - sy * sy;
	// Fractional scores (none are stored today) would leave rounding dust where the variance is 0.
	const dust = (sumOfSquares: number) => 1e-9 * Math.max(1, n * sumOfSquares);
	if (vx <= dust(sxx) || vy <= dust(syy)) return { status: 'no-variance', attempts: n };
	const r = (n * sxy - sx * sy) / Math.sqrt(vx * vy);
	return { status: 'ok', value: 100 * Math.max(-1, Math.min(1, r)), attempts: n };
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

/** An item's statistics from its sums; an item nobody answered has no sums and gets zeros. */
export function itemStat(itemId: string, sums: ItemSums | undefined, submitted: SubmittedSums): ItemStat {
	const s = sums ?? emptySums(itemId);
	return {
		itemId,
		answered: s.answered,
		facility: s.graded ? (100 * s.fractionSum) / s.graded : null,
		meanScore: s.answered ? s.scoreSum / s.answered : null,
		discrimination: discrimination(s, submitted)
	};
}

const emptySums = (itemId: string): ItemSums => ({
	itemId,
	answered: 0,
	scoreSum: 0,
	graded: 0,
	fractionSum: 0,
	sx: 0,
	sxx: 0,
	sxt: 0
});

/**
 * The sums of every item from the attempts themselves: the definition that
 * the database's query (data/results.ts, itemSums) reproduces. Answered
 * counts and facility use every answer given so far; discrimination only
 * submitted attempts, where an unanswered item scores 0 (as in Moodle, where
 * a submitted attempt is complete by definition). Answers to items that are
 * not in the module are left out.
 */
export function sumsOf(
	items: ReadonlyArray<{ id: string }>,
	attempts: readonly ScoredAttempt[]
): { items: ItemSums[]; submitted: SubmittedSums } {
	const sums = new Map(items.map((item) => [item.id, emptySums(item.id)]));
	const submitted: SubmittedSums = { n: 0, st: 0, stt: 0 };
	for (const attempt of attempts) {
		const own = attempt.responses.filter((r) => sums.has(r.itemId));
		const total = own.reduce((t, r) => t + r.score, 0);
		if (attempt.submitted) {
			submitted.n++;
			submitted.st += total;
			submitted.stt += total * total;
		}
		for (const r of own) {
			const s = sums.get(r.itemId)!;
			s.answered++;
			s.scoreSum += r.score;
			if (r.max > 0) {
				s.graded++;
				s.fractionSum += r.score / r.max;
			}
			if (attempt.submitted) {
				s.sx += r.score;
				s.sxx += r.score * r.score;
				s.sxt += r.score * total;
			}
		}
	}
	return { items: [...sums.values()], submitted };
}

/** Statistics for every item, in the order given. */
export function itemStats(
	items: ReadonlyArray<{ id: string }>,
	sums: { items: readonly ItemSums[]; submitted: SubmittedSums }
): ItemStat[] {
	const byId = new Map(sums.items.map((s) => [s.itemId, s]));
	return items.map((item) => itemStat(item.id, byId.get(item.id), sums.submitted));
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
			return m.t_stat_too_few({ attempts: d.attempts, min: MIN_ATTEMPTS_FOR_DISCRIMINATION });
		case 'no-variance':
			return m.t_stat_no_variance();
	}
}
