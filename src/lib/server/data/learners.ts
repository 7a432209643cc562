import { hash } from 'node:crypto';
import type { DB } from '../db/index';
import { compiledOnce } from '../db/compiled';
import { toAttempt, type Attempt } from './attempts';
import { toAssignment } from './classes';
import type { LearnerTable } from '../db/schema';
import type { Assignment, Learner } from '$lib/teaching/types';
import { newJoinCode, newResumeCode } from '$lib/teaching/codes';
import { nameKey } from '$lib/teaching/names';
import { now } from '$lib/teaching/time';

/**
 * Tokens and device ids are stored hashed. node:crypto hashes in place: Web Crypto's digest, which this was,
 * hands each hash to the thread pool and back, and that cost 7 % of the server's time on every learner request.
 * Its one-shot `hash` makes no Hash object: 1.3 % of a saved answer's time went to `createHash` (bench/RESULTS.md).
 */
const sha256 = (text: string): string => hash('sha256', text, 'hex');

const newToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

const toLearner = (row: LearnerTable): Learner => ({
	id: row.id,
	assignmentId: row.assignment_id,
	displayName: row.display_name,
	resumeCode: row.resume_code,
	createdAt: row.created_at
});

/** How many learners an assignment takes unless LEARNERS_PER_ASSIGNMENT says otherwise: a class or two, with room to spare. */
export const DEFAULT_ROSTER_CAP = 200;

/** The roster cap from its setting (unset: the default); anything but a whole number from 1 to 100,000 is an error at start. */
export function rosterCapFrom(setting: string | undefined): number {
	if (setting === undefined || setting.trim() === '') return DEFAULT_ROSTER_CAP;
	const n = Number(setting);
	if (!/^\d{1,6}$/.test(setting.trim()) || n < 1 || n > 100_000) {
		throw new Error(`LEARNERS_PER_ASSIGNMENT must be a whole number from 1 to 100000, not “${setting}”`);
	}
	return n;
}

export type Joined = { ok: true; learner: Learner; token: string } | { ok: false; reason: 'name-taken' | 'full' };

/**
 * Adds a learner to an assignment under a display name, unless the name is
 * taken or the assignment already has `cap` learners. The token goes into
 * the device's cookie; only its hash is stored. So is the hash of the
 * long-lived device cookie, when there is one, so that the teacher can see two
 * names joined on one device (devicePeers).
 */
export async function joinAssignment(
	db: DB,
	assignmentId: string,
	displayName: string,
	{ cap = DEFAULT_ROSTER_CAP, deviceId = null }: { cap?: number; deviceId?: string | null } = {}
): Promise<Joined> {
	const token = newToken();
	const row: LearnerTable = {
		id: crypto.randomUUID(),
		assignment_id: assignmentId,
		display_name: displayName,
		name_key: nameKey(displayName),
		token_hash: sha256(token),
		resume_code: newResumeCode(),
		device_hash: deviceId ? sha256(deviceId) : null,
		created_at: now()
	};
	const outcome = await db.transaction().execute(async (trx) => {
		// Writing the assignment's row first (a no-op) makes joins to one assignment take turns: on PostgreSQL it
		// locks the row until the end of the transaction, on SQLite it takes the write lock at once. Without it,
		// two joins at once could both count 199 learners and make 201.
		await trx.updateTable('assignment').set((eb) => ({ code: eb.ref('code') })).where('id', '=', assignmentId).execute();
		const taken = await trx
			.selectFrom('learner')
			.select('id')
			.where('assignment_id', '=', assignmentId)
			.where('name_key', '=', row.name_key)
			.executeTakeFirst();
		if (taken) return 'name-taken' as const;
		const { n } = await trx
			.selectFrom('learner')
			.select((eb) => eb.fn.countAll<number | string>().as('n'))
			.where('assignment_id', '=', assignmentId)
			.executeTakeFirstOrThrow();
		if (Number(n) >= cap) return 'full' as const;
		const result = await trx
			.insertInto('learner')
			.values(row)
			.onConflict((oc) => oc.columns(['assignment_id', 'name_key']).doNothing())
			.executeTakeFirst();
		return Number(result.numInsertedOrUpdatedRows ?? 0) === 0 ? ('name-taken' as const) : ('joined' as const);
	});
	if (outcome !== 'joined') return { ok: false, reason: outcome };
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
	await db.updateTable('learner').set({ token_hash: sha256(token) }).where('id', '=', row.id).execute();
	return { learner: toLearner(row), token };
}

export async function learnerByToken(db: DB, assignmentId: string, token: string): Promise<Learner | undefined> {
	const row = await db
		.selectFrom('learner')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.where('token_hash', '=', sha256(token))
		.executeTakeFirst();
	return row && toLearner(row);
}

const learnerAndAttempts = compiledOnce(['assignmentId', 'tokenHash'], (db: DB, p) =>
	db
		.selectFrom('learner')
		.leftJoin('attempt', 'attempt.learner_id', 'learner.id')
		.selectAll('learner')
		.select([
			'attempt.id as attempt_id',
			'attempt.module_id as attempt_module_id',
			'attempt.number as attempt_number',
			'attempt.created_at as attempt_created_at',
			'attempt.finished_at as attempt_finished_at'
		])
		.where('learner.assignment_id', '=', p.assignmentId)
		.where('learner.token_hash', '=', p.tokenHash)
		.orderBy('attempt.number')
);

/**
 * The learner a token names, with their attempts in order: one statement for
 * what every request of a learner needs first (the learner's pages and each
 * answer saved), where it took two. Compiled once (db/compiled.ts): built
 * anew each time, this join cost more than the two statements it replaces.
 */
export async function learnerWithAttempts(
	db: DB,
	assignmentId: string,
	token: string
): Promise<{ learner: Learner; attempts: Attempt[] } | undefined> {
	const { rows } = await learnerAndAttempts(db, { assignmentId, tokenHash: sha256(token) });
	if (rows.length === 0) return undefined;
	const attempts = rows.flatMap((row) =>
		row.attempt_id === null
			? []
			: [
					toAttempt({
						id: row.attempt_id,
						module_id: row.attempt_module_id ?? '',
						learner_id: row.id,
						number: row.attempt_number ?? 0,
						created_at: row.attempt_created_at ?? '',
						finished_at: row.attempt_finished_at
					})
				]
	);
	return { learner: toLearner(rows[0]), attempts };
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

// ------------------------------------------------------------------ the roster, for its teacher

/** Only this teacher's assignment: every roster change below is scoped by it, as well as by the route's own check. */
const ownedBy = (db: DB, teacherId: string, assignmentId: string) =>
	db
		.selectFrom('assignment')
		.innerJoin('class', 'class.id', 'assignment.class_id')
		.select('assignment.id')
		.where('assignment.id', '=', assignmentId)
		.where('class.teacher_id', '=', teacherId);

/**
 * Removes the chosen learners of the teacher's assignment, and by cascade
 * their attempts and answers. Ids of no learner there are ignored. Returns how
 * many were removed.
 */
export async function removeLearners(db: DB, teacherId: string, assignmentId: string, learnerIds: string[]): Promise<number> {
	let removed = 0;
	// In slices, well inside every database's limit on the number of parameters of one statement.
	for (let at = 0; at < learnerIds.length; at += 500) {
		const result = await db
			.deleteFrom('learner')
			.where('assignment_id', 'in', ownedBy(db, teacherId, assignmentId))
			.where('id', 'in', learnerIds.slice(at, at + 500))
			.executeTakeFirst();
		removed += Number(result.numDeletedRows);
	}
	return removed;
}

/** Learners of the teacher's assignment who have not answered anything, in any attempt (drafts count as answers). */
const withoutAnswers = (db: DB, teacherId: string, assignmentId: string) =>
	db
		.selectFrom('learner')
		.where('learner.assignment_id', 'in', ownedBy(db, teacherId, assignmentId))
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('attempt')
						.innerJoin('response', 'response.attempt_id', 'attempt.id')
						.select('response.item_id')
						.whereRef('attempt.learner_id', '=', 'learner.id')
				)
			)
		);

export async function countLearnersWithoutAnswers(db: DB, teacherId: string, assignmentId: string): Promise<number> {
	const { n } = await withoutAnswers(db, teacherId, assignmentId)
		.select((eb) => eb.fn.countAll<number | string>().as('n'))
		.executeTakeFirstOrThrow();
	// PostgreSQL returns counts as strings.
	return Number(n);
}

/** Removes every learner of the teacher's assignment who has not answered anything (a flood of made-up names, say). */
export async function removeLearnersWithoutAnswers(db: DB, teacherId: string, assignmentId: string): Promise<number> {
	const result = await db
		.deleteFrom('learner')
		.where('id', 'in', withoutAnswers(db, teacherId, assignmentId).select('learner.id'))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * Gives the teacher's assignment a new join code; the old one no longer lets
 * anyone join. It is kept as a retired code, so that the pages of learners
 * already in (whose addresses carry it) still open for them. Returns the new
 * code, or undefined if the assignment is not the teacher's.
 */
export async function rotateJoinCode(db: DB, teacherId: string, assignmentId: string): Promise<string | undefined> {
	const current = await db
		.selectFrom('assignment')
		.select('code')
		.where('id', 'in', ownedBy(db, teacherId, assignmentId))
		.executeTakeFirst();
	if (!current) return undefined;
	for (let tries = 0; tries < 5; tries++) {
		const code = newJoinCode();
		const inUse =
			(await db.selectFrom('assignment').select('id').where('code', '=', code).executeTakeFirst()) ??
			(await db.selectFrom('retired_code').select('code').where('code', '=', code).executeTakeFirst());
		if (inUse) continue;
		await db.transaction().execute(async (trx) => {
			await trx
				.insertInto('retired_code')
				.values({ code: current.code, assignment_id: assignmentId, retired_at: now() })
				.onConflict((oc) => oc.column('code').doUpdateSet({ assignment_id: assignmentId, retired_at: now() }))
				.execute();
			await trx.updateTable('assignment').set({ code }).where('id', '=', assignmentId).execute();
		});
		return code;
	}
	throw new Error('Could not draw a free join code');
}

/** The assignment that once had this join code: for the pages of learners who joined with it, never for joining. */
export async function findAssignmentByRetiredCode(db: DB, code: string): Promise<Assignment | undefined> {
	const row = await db
		.selectFrom('retired_code')
		.innerJoin('assignment', 'assignment.id', 'retired_code.assignment_id')
		.selectAll('assignment')
		.where('retired_code.code', '=', code)
		.executeTakeFirst();
	return row && toAssignment(row);
}
