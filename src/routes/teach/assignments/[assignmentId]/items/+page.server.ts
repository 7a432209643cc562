import { assignmentResults } from '$lib/server/data/results';
import { context, itemTable, summarize, teacherAssignment } from '$lib/server/reports';
import { MIN_ATTEMPTS_FOR_DISCRIMINATION } from '$lib/teaching/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	// Scores only: statistics need no answers, and reading them is most of the cost.
	const results = await assignmentResults(db, assignment.id);
	return {
		...context(assignment, module),
		summary: summarize(results),
		items: itemTable(module, results),
		minAttempts: MIN_ATTEMPTS_FOR_DISCRIMINATION
	};
};
