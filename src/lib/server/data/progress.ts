import type { DB } from '../db/index';
import { countedAttemptId, gradingOf, isLatestAttempt } from './attempts';
import type { GradingMethod } from '$lib/teaching/policy';

/** Where one learner stands in an assignment, as the teacher's live table shows it. */
export interface LearnerProgress {
	id: string;
	displayName: string;
	joinedAt: string;
	/** Their latest attempt's number; 0 when they joined but never started. */
	attempt: number;
	/** Items answered in the latest attempt (drafts included). */
	answered: number;
	/** The number of the attempt that counts by the assignment's grading method (0 before the first). */
	counted: number;
	/** Sum of the scores of the counted attempt's answers, whatever the learners themselves may see yet. */
	score: number;
	max: number;
	/** Whether the counted attempt is finished (submitted, or finished at closing): its unanswered questions count as 0. */
	countedFinished: boolean;
	/** When the latest attempt was submitted (or finished at closing). */
	submittedAt: string | null;
}

export interface ProgressSummary {
	joined: number;
	/** Learners who have answered at least one item. */
	started: number;
	submitted: number;
}

/**
 * Every learner of an assignment with their latest attempt (where they are
 * now) and the score of their counted attempt (what the grading method counts),
 * in one query (and one for the grading method, unless the caller gives it): a class of a thousand costs one
 * round trip, not a thousand. Both attempts are picked in joins; answers are
 * counted and summed by subqueries
 * through the response table's primary key (attempt_id, item_id). That is
 * about three times faster on SQLite than joining every response and
 * grouping, which sorts all of them (1,000 learners × 21 answers: ~15 ms against ~45 ms).
 */
export async function assignmentProgress(
	db: DB,
	assignmentId: string,
	grading?: GradingMethod
): Promise<LearnerProgress[]> {
	const method = grading ?? (await gradingOf(db, assignmentId));
	const rows = await db
		.selectFrom('learner')
		.leftJoin('attempt', (join) => join.onRef('attempt.learner_id', '=', 'learner.id').on(isLatestAttempt))
		.leftJoin('attempt as counted', (join) =>
			join.onRef('counted.learner_id', '=', 'learner.id').on((eb) => eb('counted.id', '=', countedAttemptId(eb, method)))
		)
		.select([
			'learner.id',
			'learner.display_name',
			'learner.created_at',
			'attempt.number',
			'attempt.finished_at',
			'counted.number as counted_number',
			'counted.finished_at as counted_finished_at'
		])
		.select((eb) => {
			const answers = (attempt: 'attempt.id' | 'counted.id') =>
				eb.selectFrom('response').whereRef('response.attempt_id', '=', attempt);
			return [
				answers('attempt.id')
					.select((e) => e.fn.countAll<number | string>().as('n'))
					.as('answered'),
				answers('counted.id')
					.select((e) => e.fn.sum<number | string | null>('response.score').as('n'))
					.as('score'),
				answers('counted.id')
					.select((e) => e.fn.sum<number | string | null>('response.max_score').as('n'))
					.as('max')
			];
		})
		.where('learner.assignment_id', '=', assignmentId)
		.orderBy('learner.created_at')
		.orderBy('learner.id')
		.execute();
	// PostgreSQL returns counts and sums as strings, and a sum over no rows is null.
	return rows.map((row) => ({
		id: row.id,
		displayName: row.display_name,
		joinedAt: row.created_at,
		attempt: row.number ?? 0,
		answered: Number(row.answered ?? 0),
		counted: row.counted_number ?? 0,
		score: Number(row.score ?? 0),
		max: Number(row.max ?? 0),
		countedFinished: row.counted_finished_at !== null && row.counted_finished_at !== undefined,
		submittedAt: row.finished_at ?? null
	}));
}

export function summarize(progress: readonly LearnerProgress[]): ProgressSummary {
	return {
		joined: progress.length,
		started: progress.filter((p) => p.answered > 0 || p.submittedAt !== null).length,
		submitted: progress.filter((p) => p.submittedAt !== null).length
	};
}
