import type { DB } from '../db/index';
import type { LearnerTable } from '../db/schema';
import type { Learner } from '$lib/teaching/types';
import { newResumeCode } from '$lib/teaching/codes';
import { nameKey } from '$lib/teaching/names';

const now = () => new Date().toISOString();

async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Buffer.from(digest).toString('hex');
}

const newToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

const toLearner = (row: LearnerTable): Learner => ({
	id: row.id,
	assignmentId: row.assignment_id,
	displayName: row.display_name,
	resumeCode: row.resume_code,
	createdAt: row.created_at
});

export type Joined = { ok: true; learner: Learner; token: string } | { ok: false; reason: 'name-taken' };

/**
 * Adds a learner to an assignment under a display name. The token goes into
 * the device's cookie; only its hash is stored. So is the hash of the
 * long-lived device cookie, when there is one, so that the teacher can see two
 * names joined on one device (devicePeers).
 */
export async function joinAssignment(
	db: DB,
	assignmentId: string,
	displayName: string,
	deviceId: string | null = null
): Promise<Joined> {
	const token = newToken();
	const row: LearnerTable = {
		id: crypto.randomUUID(),
		assignment_id: assignmentId,
		display_name: displayName,
		name_key: nameKey(displayName),
		token_hash: await sha256(token),
		resume_code: newResumeCode(),
		device_hash: deviceId ? await sha256(deviceId) : null,
		created_at: now()
	};
	const result = await db
		.insertInto('learner')
		.values(row)
		.onConflict((oc) => oc.columns(['assignment_id', 'name_key']).doNothing())
		.executeTakeFirst();
	if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, reason: 'name-taken' };
	return { ok: true, learner: toLearner(row), token };
}

/**
 * A learner who lost the cookie comes back with their name and resume code
 * (their own, or read out by the teacher). The old device's cookie stops working.
 */
export async function rejoinAssignment(
	db: DB,
	assignmentId: string,
	displayName: string,
	resumeCode: string
): Promise<{ learner: Learner; token: string } | undefined> {
	const row = await db
		.selectFrom('learner')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.where('name_key', '=', nameKey(displayName))
		.executeTakeFirst();
	if (!row || row.resume_code !== resumeCode) return undefined;
	const token = newToken();
	await db.updateTable('learner').set({ token_hash: await sha256(token) }).where('id', '=', row.id).execute();
	return { learner: toLearner(row), token };
}

export async function learnerByToken(db: DB, assignmentId: string, token: string): Promise<Learner | undefined> {
	const row = await db
		.selectFrom('learner')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.where('token_hash', '=', await sha256(token))
		.executeTakeFirst();
	return row && toLearner(row);
}

export async function listLearners(db: DB, assignmentId: string): Promise<Learner[]> {
	const rows = await db
		.selectFrom('learner')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at')
		.execute();
	return rows.map(toLearner);
}

/** Deletes a learner and, by cascade, every attempt and answer of theirs. */
export async function deleteLearner(db: DB, assignmentId: string, learnerId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('learner')
		.where('id', '=', learnerId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/**
 * For each learner of the assignment who joined on the same device as someone
 * else in it, the names of those others, in the order they joined. One query,
 * through the (assignment_id, device_hash) index. A shared school computer
 * shows up here as well as a second name tried by one learner: it is for the
 * teacher to judge.
 */
export async function devicePeers(db: DB, assignmentId: string): Promise<Map<string, string[]>> {
	const rows = await db
		.selectFrom('learner as a')
		.innerJoin('learner as b', (join) =>
			join
				.onRef('b.assignment_id', '=', 'a.assignment_id')
				.onRef('b.device_hash', '=', 'a.device_hash')
				.onRef('b.id', '<>', 'a.id')
		)
		.select(['a.id', 'b.display_name'])
		.where('a.assignment_id', '=', assignmentId)
		.where('a.device_hash', 'is not', null)
		.orderBy('b.created_at')
		.orderBy('b.id')
		.execute();
	const peers = new Map<string, string[]>();
	for (const row of rows) {
		const list = peers.get(row.id);
		if (list) list.push(row.display_name);
		else peers.set(row.id, [row.display_name]);
	}
	return peers;
}
