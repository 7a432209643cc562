import type { DB } from '../db/index';
import type { ResponseTable } from '../db/schema';
import { countedAttemptId, gradingOf, type Attempt, type StoredResponse } from './attempts';
import { countedAttempt, type GradingMethod } from '$lib/teaching/policy';
import type { Learner } from '$lib/teaching/types';
import type { ItemSums, SubmittedSums } from '$lib/teaching/stats';

/*
 * Reads for the teacher's results pages. A class's results are read in a
 * fixed number of queries however many learners there are, so a dashboard
 * over a thousand learners costs about what one over ten does; statistics
 * are summed up by the database and arrive as one row per item. Callers
 * check first that the assignment is the teacher's.
 */

export interface LearnerResult {
	learner: Pick<Learner, 'id' | 'displayName' | 'createdAt'>;
	/** The attempt that counts by the assignment's grading method, or null if they have not started. */
	attempt: Omit<Attempt, 'learnerId' | 'moduleId'> | null;
	/** The answers of that attempt. */
	responses: StoredResponse[];
}

const toResponse = (row: ResponseTable): StoredResponse => ({
	itemId: row.item_id,
	answer: parseAnswer(row.answer),
	score: Number(row.score),
	max: Number(row.max_score),
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

/** Each learner's counted attempt in the assignment (teaching/policy.ts, countedAttempt). */
const latestAttempts = (db: DB, assignmentId: string, method: GradingMethod) =>
	db
		.selectFrom('learner')
		.innerJoin('attempt', 'attempt.learner_id', 'learner.id')
		.select(['attempt.id as attempt_id', 'attempt.learner_id', 'attempt.finished_at'])
		.where('learner.assignment_id', '=', assignmentId)
		.where((eb) => eb('attempt.id', '=', countedAttemptId(eb, method)));

export interface ResultsSummary {
	learners: number;
	/** Learners whose counted attempt has at least one answer. */
	started: number;
	/** Learners whose counted attempt is submitted. */
	submitted: number;
}

export interface AssignmentStatistics {
	summary: ResultsSummary;
	/** One entry per item that has answers; see ItemSums for what is summed. */
	items: ItemSums[];
	submitted: SubmittedSums;
}

/**
 * The sums the item statistics are computed from (teaching/stats.ts, whose
 * sumsOf is the same computation over attempts in memory), added up by the
 * database over every learner's counted attempt: two queries, the second
 * returning a row per item. Answers to items not in `itemIds` (no longer in
 * the module) are left out. The totals over submitted attempts need no query
 * of their own: an attempt's total t is the sum of its item scores x, so
 * Σt = Σ over items of Σx, and Σt² = Σ over items of Σx·t.
 */
export async function assignmentStatistics(
	db: DB,
	assignmentId: string,
	itemIds: readonly string[],
	grading?: GradingMethod
): Promise<AssignmentStatistics> {
	const method = grading ?? (await gradingOf(db, assignmentId));
	const counts = await db
		.selectFrom('learner')
		.leftJoin(latestAttempts(db, assignmentId, method).as('latest'), 'latest.learner_id', 'learner.id')
		.where('learner.assignment_id', '=', assignmentId)
		.select((eb) => [
			eb.fn.countAll().as('learners'),
			eb.fn
				.sum<number>(
					eb
						.case()
						.when(eb.exists(eb.selectFrom('response').select('response.item_id').whereRef('response.attempt_id', '=', 'latest.attempt_id')))
						.then(1)
						.else(0)
						.end()
				)
				.as('started'),
			eb.fn.sum<number>(eb.case().when('latest.finished_at', 'is not', null).then(1).else(0).end()).as('submitted')
		])
		.executeTakeFirstOrThrow();
	const summary = {
		learners: Number(counts.learners),
		started: Number(counts.started ?? 0),
		submitted: Number(counts.submitted ?? 0)
	};
	if (itemIds.length === 0) return { summary, items: [], submitted: { n: summary.submitted, st: 0, stt: 0 } };

	const rows = await db
		// Every counted attempt with its total over the module's items.
		.with('totals', () =>
			latestAttempts(db, assignmentId, method)
				.innerJoin('response', 'response.attempt_id', 'attempt.id')
				.where('response.item_id', 'in', itemIds)
				.groupBy(['attempt.id', 'attempt.finished_at'])
				.select((eb) => eb.fn.sum<number>('response.score').as('total'))
		)
		.selectFrom('totals')
		.innerJoin('response', 'response.attempt_id', 'totals.attempt_id')
		.where('response.item_id', 'in', itemIds)
		.groupBy('response.item_id')
		.select((eb) => {
			const score = eb.ref('response.score');
			const submitted = () => eb.case().when('totals.finished_at', 'is not', null);
			const graded = () => eb.case().when('response.max_score', '>', 0);
			return [
				'response.item_id',
				eb.fn.countAll().as('answered'),
				eb.fn.sum<number>(score).as('score_sum'),
				eb.fn.sum<number>(graded().then(1).else(0).end()).as('graded'),
				// A real division in both: SQLite reads "double precision" as REAL, PostgreSQL as float8.
				eb.fn
					.sum<number>(graded().then(eb(eb.cast<number>(score, 'double precision'), '/', eb.ref('response.max_score'))).else(0).end())
					.as('fraction_sum'),
				eb.fn.sum<number>(submitted().then(score).else(0).end()).as('sx'),
				eb.fn.sum<number>(submitted().then(eb(score, '*', score)).else(0).end()).as('sxx'),
				eb.fn.sum<number>(submitted().then(eb(score, '*', eb.ref('totals.total'))).else(0).end()).as('sxt')
			];
		})
		.execute();

	const items: ItemSums[] = rows.map((row) => ({
		itemId: row.item_id,
		answered: Number(row.answered),
		scoreSum: Number(row.score_sum),
		graded: Number(row.graded),
		fractionSum: Number(row.fraction_sum),
		sx: Number(row.sx),
		sxx: Number(row.sxx),
		sxt: Number(row.sxt)
	}));
	return {
		summary,
		items,
		submitted: {
			n: summary.submitted,
			st: items.reduce((sum, item) => sum + item.sx, 0),
			stt: items.reduce((sum, item) => sum + item.sxt, 0)
		}
	};
}

/** The answers to one item in every learner's counted attempt, for its answer distribution. */
export async function itemAnswers(
	db: DB,
	assignmentId: string,
	itemId: string,
	grading?: GradingMethod
): Promise<LearnerAnswer[]> {
	const method = grading ?? (await gradingOf(db, assignmentId));
	const rows = await db
		.with('latest', () => latestAttempts(db, assignmentId, method))
		.selectFrom('latest')
		.innerJoin('response', 'response.attempt_id', 'latest.attempt_id')
		.innerJoin('learner', 'learner.id', 'latest.learner_id')
		.selectAll('response')
		.select(['learner.id as learner_id', 'learner.display_name'])
		.where('response.item_id', '=', itemId)
		.execute();
	return rows.map((row) => ({ ...toResponse(row), learnerId: row.learner_id, learnerName: row.display_name }));
}

/** A learner's answer to one item, with who gave it: the teacher's "answers by name". */
export interface LearnerAnswer extends StoredResponse {
	learnerId: string;
	learnerName: string;
}

/**
 * Every learner of the assignment with their counted attempt and all its
 * answers, in the order they joined: everything the CSV export holds. Two
 * queries (and one for the grading method, unless the caller gives it): learners with their counted attempt,
 * then the responses of all those attempts.
 */
export async function assignmentResults(
	db: DB,
	assignmentId: string,
	grading?: GradingMethod
): Promise<LearnerResult[]> {
	const method = grading ?? (await gradingOf(db, assignmentId));
	const rows = await db
		.selectFrom('learner')
		.leftJoin('attempt', (join) =>
			join.onRef('attempt.learner_id', '=', 'learner.id').on((eb) => eb('attempt.id', '=', countedAttemptId(eb, method)))
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

	// The same "counted attempt" condition, so this reads only the answers the first query's attempts hold.
	const responses = await latestAttempts(db, assignmentId, method)
		.innerJoin('response', 'response.attempt_id', 'attempt.id')
		.selectAll('response')
		.execute();

	// Grouped by attempt id, not learner: an attempt started between the two queries is simply not matched.
	const byAttempt = new Map<string, StoredResponse[]>();
	for (const row of responses) {
		const response = toResponse(row);
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
	grading: GradingMethod;
	/** The number of the attempt that counts, or null before the first. */
	counted: number | null;
}

/** One learner of the assignment with every attempt and answer; undefined if the learner is not in it. */
export async function learnerAttempts(
	db: DB,
	assignmentId: string,
	learnerId: string,
	grading?: GradingMethod
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

	const shaped = attempts.map((a) => ({
		id: a.id,
		number: Number(a.number),
		createdAt: a.created_at,
		finishedAt: a.finished_at,
		responses: responses.filter((r) => r.attempt_id === a.id).map(toResponse)
	}));
	const method = grading ?? (await gradingOf(db, assignmentId));
	const scored = shaped.map((a) => ({ ...a, score: a.responses.reduce((n, r) => n + r.score, 0) }));
	return {
		learner: {
			id: learner.id,
			assignmentId: learner.assignment_id,
			displayName: learner.display_name,
			resumeCode: learner.resume_code,
			createdAt: learner.created_at
		},
		attempts: shaped,
		grading: method,
		counted: countedAttempt(method, scored)?.number ?? null
	};
}
