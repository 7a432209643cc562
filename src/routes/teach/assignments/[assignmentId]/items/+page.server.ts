import { assignmentStatistics } from '$lib/server/data/results';
import { context, itemTable, teacherAssignment } from '$lib/server/reports';
import { MIN_ATTEMPTS_FOR_DISCRIMINATION } from '$lib/teaching/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const statistics = await assignmentStatistics(
		db,
		assignment.id,
		module.items.map((item) => item.id),
		assignment.grading
	);
	return {
		...context(assignment, module),
		summary: statistics.summary,
		items: itemTable(module, statistics),
		minAttempts: MIN_ATTEMPTS_FOR_DISCRIMINATION
	};
};
