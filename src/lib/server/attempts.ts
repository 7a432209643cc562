import type { DB } from './db/index';

export interface StoredResponse {
	itemId: string;
	answer: unknown;
	score: number;
	max: number;
	createdAt: string;
}

export interface Attempt {
	id: string;
	moduleId: string;
	createdAt: string;
	finishedAt: string | null;
}

const now = () => new Date().toISOString();

export async function createAttempt(db: DB, moduleId: string): Promise<Attempt> {
	const attempt = { id: crypto.randomUUID(), module_id: moduleId, created_at: now(), finished_at: null };
	await db.insertInto('attempt').values(attempt).execute();
	return { id: attempt.id, moduleId, createdAt: attempt.created_at, finishedAt: null };
}

export async function findAttempt(db: DB, id: string): Promise<Attempt | undefined> {
	const row = await db.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirst();
	return row && { id: row.id, moduleId: row.module_id, createdAt: row.created_at, finishedAt: row.finished_at };
}

/**
 * Stores a graded answer. An item is answered once: a second submission
 * (a double click, a resent form) changes nothing and reports the first.
 */
export async function saveResponse(
	db: DB,
	attemptId: string,
	response: Omit<StoredResponse, 'createdAt'>
): Promise<{ stored: boolean }> {
	const result = await db
		.insertInto('response')
		.values({
			attempt_id: attemptId,
			item_id: response.itemId,
			answer: JSON.stringify(response.answer),
			score: response.score,
			max_score: response.max,
			created_at: now()
		})
		.onConflict((oc) => oc.columns(['attempt_id', 'item_id']).doNothing())
		.executeTakeFirst();
	return { stored: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
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
		createdAt: row.created_at
	}));
}

export async function finishAttempt(db: DB, attemptId: string): Promise<void> {
	await db
		.updateTable('attempt')
		.set({ finished_at: now() })
		.where('id', '=', attemptId)
		.where('finished_at', 'is', null)
		.execute();
}
