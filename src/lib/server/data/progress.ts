import type { DB } from '../db/index';

/** Where one learner stands in an assignment, as the teacher's live table shows it. */
export interface LearnerProgress {
	id: string;
	displayName: string;
	joinedAt: string;
	/** Their latest attempt's number; 0 when they joined but never started. */
	attempt: number;
	/** Items answered in the latest attempt (drafts included). */
	answered: number;
	/** Sum of the scores of those answers, whatever the learners themselves may see yet. */
	score: number;
	max: number;
	submittedAt: string | null;
}

export interface ProgressSummary {
	joined: number;
	started: number;
	submitted: number;
}

/**
 * Every learner of an assignment with their latest attempt, in one query: a
 * class of a thousand costs one round trip, not a thousand. The latest attempt
 * is picked in the join, and its answers are counted through the response
 * table's primary key (attempt_id, item_id), so each learner is a few index lookups.
 */
export async function assignmentProgress(db: DB, assignmentId: string): Promise<LearnerProgress[]> {
	const rows = await db
		.selectFrom('learner')
		.leftJoin('attempt', (join) =>
			join
				.onRef('attempt.learner_id', '=', 'learner.id')
				.on((eb) =>
					eb(
						'attempt.number',
						'=',
						eb
							.selectFrom('attempt as later')
							.select((e) => e.fn.max('later.number').as('latest'))
							.whereRef('later.learner_id', '=', 'learner.id')
					)
				)
		)
		.leftJoin('response', 'response.attempt_id', 'attempt.id')
		.select([
			'learner.id',
			'learner.display_name',
			'learner.created_at',
			'attempt.number',
			'attempt.finished_at'
		])
		.select((eb) => [
			eb.fn.count<number | string>('response.item_id').as('answered'),
			eb.fn.coalesce(eb.fn.sum<number | string | null>('response.score'), eb.lit(0)).as('score'),
			eb.fn.coalesce(eb.fn.sum<number | string | null>('response.max_score'), eb.lit(0)).as('max')
		])
		.where('learner.assignment_id', '=', assignmentId)
		// Every selected column is grouped, as PostgreSQL requires.
		.groupBy([
			'learner.id',
			'learner.display_name',
			'learner.created_at',
			'attempt.id',
			'attempt.number',
			'attempt.finished_at'
		])
		.orderBy('learner.created_at')
		.orderBy('learner.id')
		.execute();
	// PostgreSQL returns counts and sums as strings.
	return rows.map((row) => ({
		id: row.id,
		displayName: row.display_name,
		joinedAt: row.created_at,
		attempt: row.number ?? 0,
		answered: Number(row.answered),
		score: Number(row.score),
		max: Number(row.max),
		submittedAt: row.finished_at ?? null
	}));
}

export function summarize(progress: readonly LearnerProgress[]): ProgressSummary {
	return {
		joined: progress.length,
		started: progress.filter((p) => p.attempt > 0).length,
		submitted: progress.filter((p) => p.submittedAt !== null).length
	};
}
