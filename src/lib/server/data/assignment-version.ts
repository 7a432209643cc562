import type { DB } from '../db/index';
import { findUsableModule } from './authored-modules';
import { findAssignment } from './classes';
import { newestVersion } from './module-versions';

/*
 * An assignment of an authored module answers the version it was made with. Until anyone has
 * started it, its teacher may move it to the module's newest version; after, never: no answer
 * is graded against a key it was not given under.
 */

/** Whether any learner of the assignment has started an attempt: from then on its version never changes. */
async function started(db: DB, assignmentId: string): Promise<boolean> {
	const row = await db
		.selectFrom('attempt')
		.innerJoin('learner', 'learner.id', 'attempt.learner_id')
		.select('attempt.id')
		.where('learner.assignment_id', '=', assignmentId)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

export interface AssignmentVersion {
	/** The version the assignment answers. */
	version: number;
	/** The module's newest version the teacher may use: the same as `version` when there is none newer. */
	newest: number;
	/** Whether a learner has started it: then it keeps its version. */
	started: boolean;
}

/**
 * Which version of its authored module an assignment of the teacher's uses, and whether it may move to
 * a newer one; null for a file module (or an assignment not the teacher's). What moveToNewestVersion
 * would do, for the page to offer it or say why not.
 */
export async function assignmentVersion(
	db: DB,
	teacherId: string,
	assignmentId: string
): Promise<AssignmentVersion | null> {
	const assignment = await findAssignment(db, teacherId, assignmentId);
	if (!assignment || assignment.moduleVersion === null) return null;
	const version = assignment.moduleVersion;
	// A module its author has made private since is no longer the teacher's to move to.
	const usable = await findUsableModule(db, teacherId, assignment.moduleId);
	const newest = (usable && (await newestVersion(db, assignment.moduleId))?.version) || version;
	return { version, newest: Math.max(newest, version), started: await started(db, assignmentId) };
}

export type MoveResult =
	| { ok: true; version: number; moved: boolean }
	| { ok: false; reason: 'not-found' | 'file-module' | 'started' };

export async function moveToNewestVersion(db: DB, teacherId: string, assignmentId: string): Promise<MoveResult> {
	const assignment = await findAssignment(db, teacherId, assignmentId);
	if (!assignment) return { ok: false, reason: 'not-found' };
	if (assignment.moduleVersion === null) return { ok: false, reason: 'file-module' };
	if (!(await findUsableModule(db, teacherId, assignment.moduleId))) return { ok: false, reason: 'not-found' };
	const newest = await newestVersion(db, assignment.moduleId);
	if (!newest || newest.version === assignment.moduleVersion) {
		return { ok: true, version: assignment.moduleVersion, moved: false };
	}
	// One statement, so that a learner starting at that moment either is seen here or starts on the new version.
	const result = await db
		.updateTable('assignment')
		.set({ module_version: newest.version })
		.where('id', '=', assignmentId)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('attempt')
						.innerJoin('learner', 'learner.id', 'attempt.learner_id')
						.select('attempt.id')
						.where('learner.assignment_id', '=', assignmentId)
				)
			)
		)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1
		? { ok: true, version: newest.version, moved: true }
		: { ok: false, reason: 'started' };
}
