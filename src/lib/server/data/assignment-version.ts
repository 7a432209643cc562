import type { DB } from '../db/index';
import { findUsableModule } from './authored-modules';
import { findAssignment } from './classes';
import { newestVersion } from './module-versions';

/*
 * An assignment of an authored module answers the version it was made with. Until anyone has
 * started it, its teacher may move it to the module's newest version; after, never: no answer
 * is graded against a key it was not given under.
 */

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
