import type { DB } from '../db/index';
import type { ResponseTable } from '../db/schema';
import type { Attempt, StoredResponse } from './attempts';
import type { Learner } from '$lib/teaching/types';

/*
 * Reads for the teacher's results pages. A class's results are read in a
 * fixed number of queries however many learners there are (two, not one per
 * learner), so a dashboard over a thousand learners costs about what one over
 * ten does. Callers check first that the assignment is the teacher's.
 */

export interface LearnerResult {
	learner: Pick<Learner, 'id' | 'displayName' | 'createdAt'>;
	/** The learner's latest attempt (highest number), or null if they have not started. */
	attempt: Omit<Attempt, 'learnerId' | 'moduleId'> | null;
	/** The answers of that attempt. */
	responses: StoredResponse[];
}

const toResponse = (row: ResponseTable): StoredResponse => ({
	itemId: row.item_id,
	answer: parseAnswer(row.answer),
	score: row.score,
	max: row.max_score,
	createdAt: row.created_at,
	updatedAt: row.updated_at
});

/** A stored answer that is not JSON (hand-edited, truncated) is shown as missing, not a crash. */
function parseAnswer(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return null;
	}
}

/**
 * Which stored answers to read: none (scores are enough for statistics), one
 * item's (its answer distribution), or all (the CSV export). Reading and
 * parsing 21,000 answers costs more than the rest of the dashboard.
 */
export type AnswersWanted = 'none' | 'all' | { itemId: string };

/**
 * Every learner of the assignment with their latest attempt and its answers,
 * in the order they joined. Two queries: learners with their latest attempt,
 * then the responses of all those attempts. Responses whose answer was not
 * asked for carry `answer: null`.
 */
export async function assignmentResults(
	db: DB,
	assignmentId: string,
	answers: AnswersWanted = 'none'
): Promise<LearnerResult[]> {
	const rows = await db
		.selectFrom('learner')
		.leftJoin('attempt', (join) =>
			join.onRef('attempt.learner_id', '=', 'learner.id').on('attempt.number', '=', (eb) =>
				eb
					.selectFrom('attempt as later')
					.select((eb) => eb.fn.max('later.number').as('latest'))
					.whereRef('later.learner_id', '=', 'learner.id')
			)
		)
		.select([
			'learner.id as learner_id',
			'learner.display_name',
			'learner.created_at as joined_at',
			'attempt.id as attempt_id',
			'attempt.number',
			'attempt.created_at as started_at',
			'attempt.finished_at'
		])
		.where('learner.assignment_id', '=', assignmentId)
		.orderBy('learner.created_at')
		.orderBy('learner.id')
		.execute();

	// The same "latest attempt" condition, so this reads only the answers the first query's attempts hold.
	const responses = await db
		.selectFrom('response')
		.innerJoin('attempt', 'attempt.id', 'response.attempt_id')
		.innerJoin('learner', 'learner.id', 'attempt.learner_id')
		.select([
			'response.attempt_id',
			'response.item_id',
			'response.score',
			'response.max_score',
			'response.created_at',
			'response.updated_at'
		])
		.select((eb) =>
			(answers === 'all'
				? eb.ref('response.answer')
				: answers === 'none'
					? eb.lit(null)
					: eb.case().when('response.item_id', '=', answers.itemId).then(eb.ref('response.answer')).end()
			).as('answer')
		)
		.where('learner.assignment_id', '=', assignmentId)
		.where('attempt.number', '=', (eb) =>
			eb
				.selectFrom('attempt as later')
				.select((eb) => eb.fn.max('later.number').as('latest'))
				.whereRef('later.learner_id', '=', 'learner.id')
		)
		.execute();

	// Grouped by attempt id, not learner: an attempt started between the two queries is simply not matched.
	const byAttempt = new Map<string, StoredResponse[]>();
	for (const row of responses) {
		const response: StoredResponse = {
			itemId: row.item_id,
			answer: row.answer === null ? null : parseAnswer(row.answer),
			score: Number(row.score),
			max: Number(row.max_score),
			createdAt: row.created_at,
			updatedAt: row.updated_at
		};
		const list = byAttempt.get(row.attempt_id);
		if (list) list.push(response);
		else byAttempt.set(row.attempt_id, [response]);
	}

	return rows.map((row) => ({
		learner: { id: row.learner_id, displayName: row.display_name, createdAt: row.joined_at },
		attempt:
			row.attempt_id === null
				? null
				: {
						id: row.attempt_id,
						number: Number(row.number),
						createdAt: row.started_at ?? '',
						finishedAt: row.finished_at ?? null
					},
		responses: (row.attempt_id && byAttempt.get(row.attempt_id)) || []
	}));
}

export interface LearnerAttempts {
	learner: Learner;
	/** Oldest first. */
	attempts: Array<Omit<Attempt, 'learnerId' | 'moduleId'> & { responses: StoredResponse[] }>;
}

/** One learner of the assignment with every attempt and answer; undefined if the learner is not in it. */
export async function learnerAttempts(
	db: DB,
	assignmentId: string,
	learnerId: string
): Promise<LearnerAttempts | undefined> {
	const learner = await db
		.selectFrom('learner')
		.select(['id', 'assignment_id', 'display_name', 'resume_code', 'created_at'])
		.where('id', '=', learnerId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	if (!learner) return undefined;

	const attempts = await db
		.selectFrom('attempt')
		.select(['id', 'number', 'created_at', 'finished_at'])
		.where('learner_id', '=', learner.id)
		.orderBy('number')
		.execute();
	const responses = attempts.length
		? await db
				.selectFrom('response')
				.innerJoin('attempt', 'attempt.id', 'response.attempt_id')
				.selectAll('response')
				.where('attempt.learner_id', '=', learner.id)
				.orderBy('response.created_at')
				.execute()
		: [];

	return {
		learner: {
			id: learner.id,
			assignmentId: learner.assignment_id,
			displayName: learner.display_name,
			resumeCode: learner.resume_code,
			createdAt: learner.created_at
		},
		attempts: attempts.map((a) => ({
			id: a.id,
			number: Number(a.number),
			createdAt: a.created_at,
			finishedAt: a.finished_at,
			responses: responses.filter((r) => r.attempt_id === a.id).map(toResponse)
		}))
	};
}
