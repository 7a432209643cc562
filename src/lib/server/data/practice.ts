import type { DB } from '../db/index';

/*
 * Reads and writes for free practice: whether a module's key is held back by
 * an open assignment somewhere on the server, and the clean-up of anonymous
 * practice attempts.
 */

/**
 * Whether an assignment of the module that holds its key back (teaching/policy.ts,
 * holdsKeyBack: feedback after submitting or closing, or several attempts) is
 * not yet closed: neither closed by its teacher nor past its closing time. Not
 * yet open counts too, so the key cannot be read the day before. One query,
 * through the (module_id, closes_at) index.
 */
export async function keyHeldBack(db: DB, moduleId: string, at = new Date()): Promise<boolean> {
	const row = await db
		.selectFrom('assignment')
		.select('id')
		.where('module_id', '=', moduleId)
		.where((eb) => eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', at.toISOString())]))
		.where((eb) => eb.or([eb('review', '<>', 'after-item'), eb('attempts_allowed', '>', 1)]))
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * Deletes anonymous practice attempts (and, by cascade, their answers) started
 * before `before`: their cookie has expired, so nobody can reach them again.
 * Through the (learner_id, created_at) index. Returns how many went.
 */
export async function purgePracticeAttempts(db: DB, before: Date): Promise<number> {
	const result = await db
		.deleteFrom('attempt')
		.where('learner_id', 'is', null)
		.where('created_at', '<', before.toISOString())
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Deletes one practice attempt, when the learner starts over; an assignment's attempt is never touched. */
export async function deletePracticeAttempt(db: DB, attemptId: string): Promise<void> {
	await db.deleteFrom('attempt').where('id', '=', attemptId).where('learner_id', 'is', null).execute();
}
