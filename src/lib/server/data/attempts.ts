import { PostgresAdapter, type ExpressionBuilder } from 'kysely';
import type { DB } from '../db/index';
import { compiledOnce } from '../db/compiled';
import type { AttemptTable, Database } from '../db/schema';
import { defaultGrading, type GradingMethod } from '$lib/teaching/policy';
import { now } from '$lib/teaching/time';

export interface StoredResponse {
	itemId: string;
	answer: unknown;
	score: number;
	max: number;
	createdAt: string;
	updatedAt: string;
}

export interface Attempt {
	id: string;
	moduleId: string;
	learnerId: string | null;
	number: number;
	createdAt: string;
	finishedAt: string | null;
	/** A practice attempt's authored module version (catalog.ts); absent for file modules and assignments. */
	moduleVersion?: number;
}

export type Graded = Pick<StoredResponse, 'itemId' | 'answer' | 'score' | 'max'>;

/**
 * The condition that an attempt is its learner's latest (the highest
 * number): what every teacher's view of a class counts. For a query over
 * learners joined to their attempts.
 */
export const isLatestAttempt = (eb: ExpressionBuilder<Database, 'learner' | 'attempt'>) =>
	eb(
		'attempt.number',
		'=',
		eb
			.selectFrom('attempt as later')
			.select((e) => e.fn.max('later.number').as('latest'))
			.whereRef('later.learner_id', '=', 'attempt.learner_id')
	);

/**
 * The id of the attempt that counts for the learner in scope (`learner.id`),
 * by the assignment's grading method: the database's version of
 * countedAttempt in teaching/policy.ts. Finished attempts come first and
 * compete by the method; a learner with none finished is shown by their
 * latest. One correlated subquery per learner, through the attempt's
 * (learner_id, number) index and, for the highest score, the response_scores index.
 */
export function countedAttemptId(eb: ExpressionBuilder<Database, 'learner'>, method: GradingMethod) {
	let query = eb
		.selectFrom('attempt as candidate')
		.select('candidate.id')
		.whereRef('candidate.learner_id', '=', 'learner.id')
		.orderBy((e) => e.case().when('candidate.finished_at', 'is', null).then(1).else(0).end())
		// Only matters when nothing is finished: then the latest.
		.orderBy((e) => e.case().when('candidate.finished_at', 'is', null).then(e.ref('candidate.number')).else(0).end(), 'desc');
	if (method === 'highest') {
		query = query.orderBy(
			(e) =>
				e
					.selectFrom('response')
					.select((r) => r.fn.coalesce(r.fn.sum<number>('response.score'), r.lit(0)).as('total'))
					.whereRef('response.attempt_id', '=', 'candidate.id'),
			'desc'
		);
	}
	return query.orderBy('candidate.number', method === 'last' ? 'desc' : 'asc').limit(1);
}

/** The assignment's grading method (the default for an id that is no assignment's). */
export async function gradingOf(db: DB, assignmentId: string): Promise<GradingMethod> {
	const row = await db.selectFrom('assignment').select('grading').where('id', '=', assignmentId).executeTakeFirst();
	return row?.grading ?? defaultGrading;
}

export const toAttempt = (row: AttemptTable): Attempt => ({
	id: row.id,
	moduleId: row.module_id,
	learnerId: row.learner_id,
	number: row.number,
	createdAt: row.created_at,
	finishedAt: row.finished_at,
	...(typeof row.module_version === 'number' && { moduleVersion: row.module_version })
});

export async function createAttempt(
	db: DB,
	moduleId: string,
	learner: { id: string; number: number } | null = null,
	/** Practice of an authored module: the version it answers (an assignment's attempts have their assignment's). */
	moduleVersion: number | null = null
): Promise<Attempt> {
	const row: AttemptTable = {
		id: crypto.randomUUID(),
		module_id: moduleId,
		learner_id: learner?.id ?? null,
		number: learner?.number ?? 1,
		created_at: now(),
		finished_at: null,
		module_version: moduleVersion
	};
	await db.insertInto('attempt').values(row).execute();
	return toAttempt(row);
}

export async function findAttempt(db: DB, id: string): Promise<Attempt | undefined> {
	const row = await db.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirst();
	return row && toAttempt(row);
}

/** Compiled once, as the statements below: every learner's request reads their attempts (db/compiled.ts). */
const attemptsOfLearner = compiledOnce(['learnerId'], (db: DB, p) =>
	db.selectFrom('attempt').selectAll().where('learner_id', '=', p.learnerId).orderBy('number')
);

export async function attemptsOf(db: DB, learnerId: string): Promise<Attempt[]> {
	return (await attemptsOfLearner(db, { learnerId })).rows.map(toAttempt);
}

const values = (attemptId: string, response: Graded) => {
	const at = now();
	return {
		attempt_id: attemptId,
		item_id: response.itemId,
		answer: JSON.stringify(response.answer),
		score: response.score,
		max_score: response.max,
		created_at: at,
		updated_at: at
	};
};

/**
 * Stores an answer that is final as soon as it is given (feedback after each
 * item). A second submission (a double click, a resent form) changes nothing.
 * Returns whether this call stored it.
 */
export async function saveFinalResponse(db: DB, attemptId: string, response: Graded): Promise<boolean> {
	const result = await db
		.insertInto('response')
		.values(values(attemptId, response))
		.onConflict((oc) => oc.columns(['attempt_id', 'item_id']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const isPostgres = (db: DB) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The draft answer statement of saveDraftResponse, below. */
const draftColumns = ['attemptId', 'itemId', 'answer', 'score', 'max', 'createdAt', 'updatedAt'] as const;
const insertDraft = compiledOnce(draftColumns, (db: DB, p) =>
	db
		.insertInto('response')
		.columns(['attempt_id', 'item_id', 'answer', 'score', 'max_score', 'created_at', 'updated_at'])
		.expression((eb) =>
			eb
				.selectFrom('attempt')
				.select([
					eb.val(p.attemptId).as('attempt_id'),
					eb.val(p.itemId).as('item_id'),
					eb.val(p.answer).as('answer'),
					eb.cast<number>(eb.val(p.score), 'integer').as('score'),
					eb.cast<number>(eb.val(p.max), 'integer').as('max_score'),
					eb.val(p.createdAt).as('created_at'),
					eb.val(p.updatedAt).as('updated_at')
				])
				.where('id', '=', p.attemptId)
				.where('finished_at', 'is', null)
				.$if(isPostgres(db), (qb) => qb.forShare())
		)
		.onConflict((oc) =>
			oc.columns(['attempt_id', 'item_id']).doUpdateSet((eb) => ({
				answer: eb.ref('excluded.answer'),
				score: eb.ref('excluded.score'),
				max_score: eb.ref('excluded.max_score'),
				updated_at: eb.ref('excluded.updated_at')
			}))
		)
);

/**
 * Stores or replaces a draft answer, as long as the attempt is not submitted.
 * The check and the write are one statement, so a submit that lands between
 * them cannot let a late draft in. Returns false if the attempt was submitted.
 *
 * On PostgreSQL one statement is not enough: it checks the attempt in a
 * snapshot taken when it starts, so a submit could commit between the check
 * and the write. The share lock on the attempt row closes that gap: a draft
 * that holds it makes the submit wait until the draft is written, and a draft
 * that waits for a submit checks the attempt again once the submit is in.
 * (SQLite runs one write at a time, so there the statement is enough.)
 *
 * Compiled once (db/compiled.ts): building this statement in Kysely cost
 * several times what SQLite took to run it, on every answer saved.
 */
export async function saveDraftResponse(db: DB, attemptId: string, response: Graded): Promise<boolean> {
	const row = values(attemptId, response);
	const result = await insertDraft(db, {
		attemptId,
		itemId: row.item_id,
		answer: row.answer,
		score: row.score,
		max: row.max_score,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	});
	return Number(result.numAffectedRows ?? 0) > 0;
}

export async function listResponses(db: DB, attemptId: string): Promise<StoredResponse[]> {
	const rows = await db
		.selectFrom('response')
		.selectAll()
		.where('attempt_id', '=', attemptId)
		.orderBy('created_at')
		.execute();
	return rows.map((row) => ({
		itemId: row.item_id,
		answer: JSON.parse(row.answer) as unknown,
		score: row.score,
		max: row.max_score,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	}));
}

/**
 * Marks the attempt submitted; submitting twice keeps the first time.
 *
 * The attempt row is locked first (a write that changes nothing) and only then
 * is the time taken: drafts being written when the submit arrives are in by
 * then, and later ones are refused, so no answer is saved after `finished_at`.
 */
export async function finishAttempt(db: DB, attemptId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const locked = await trx
			.updateTable('attempt')
			.set((eb) => ({ finished_at: eb.ref('finished_at') }))
			.where('id', '=', attemptId)
			.where('finished_at', 'is', null)
			.executeTakeFirst();
		if (Number(locked.numUpdatedRows) === 0) return;
		await trx.updateTable('attempt').set({ finished_at: now() }).where('id', '=', attemptId).execute();
	});
}

/** The learners of an assignment, for conditions on their attempts. */
const learnersOf = (db: DB, assignmentId: string) =>
	db.selectFrom('learner').select('learner.id').where('learner.assignment_id', '=', assignmentId);

/**
 * Finishes every unsubmitted attempt of the assignment as it stands: what
 * closing does, so that no draft changes once closing has shown the
 * solutions. `at` is the closing time when the closing time passed on its
 * own; without it, the time is taken once the attempts are locked, as in
 * finishAttempt, so no draft is saved after it. A cheap read comes first: on
 * most calls there is nothing left to finish, and then nothing is written.
 * Returns how many attempts it finished.
 */
export async function finishAttemptsOf(db: DB, assignmentId: string, at?: string): Promise<number> {
	const open = await db
		.selectFrom('attempt')
		.select('id')
		.where('learner_id', 'in', learnersOf(db, assignmentId))
		.where('finished_at', 'is', null)
		.limit(1)
		.executeTakeFirst();
	if (!open) return 0;
	return db.transaction().execute(async (trx) => {
		const locked = await trx
			.updateTable('attempt')
			.set((eb) => ({ finished_at: eb.ref('finished_at') }))
			.where('learner_id', 'in', learnersOf(trx, assignmentId))
			.where('finished_at', 'is', null)
			.executeTakeFirst();
		if (Number(locked.numUpdatedRows) === 0) return 0;
		const result = await trx
			.updateTable('attempt')
			.set({ finished_at: at ?? now() })
			.where('learner_id', 'in', learnersOf(trx, assignmentId))
			.where('finished_at', 'is', null)
			.executeTakeFirst();
		return Number(result.numUpdatedRows);
	});
}

/**
 * Whether some learner of the assignment has seen solutions on their last
 * allowed attempt: a finished last attempt, or (with feedback after each
 * question) an answered one. More attempts would let them answer from the key.
 */
export async function solutionsSeenOnLastAttempt(
	db: DB,
	assignment: { id: string; review: 'after-item' | 'after-submit' | 'after-close'; attemptsAllowed: number }
): Promise<boolean> {
	if (assignment.review === 'after-close') return false;
	const row = await db
		.selectFrom('attempt')
		.select('attempt.id')
		.where('attempt.learner_id', 'in', learnersOf(db, assignment.id))
		.where('attempt.number', '>=', assignment.attemptsAllowed)
		.where((eb) =>
			assignment.review === 'after-item'
				? eb.or([
						eb('attempt.finished_at', 'is not', null),
						eb.exists(eb.selectFrom('response').select('response.item_id').whereRef('response.attempt_id', '=', 'attempt.id'))
					])
				: eb('attempt.finished_at', 'is not', null)
		)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}
