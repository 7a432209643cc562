import { assignmentStatistics } from '$lib/server/data/results';
import { context, itemTable, teacherAssignment } from '$lib/server/reports';
import { hardestFirst, orderOf } from '$lib/teaching/difficulty';
import { MIN_ATTEMPTS_FOR_DISCRIMINATION } from '$lib/teaching/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const statistics = await assignmentStatistics(
		db,
		assignment.id,
		module.items.map((item) => item.id),
		assignment.grading
	);
	const order = orderOf(url.searchParams.get('order'));
	const items = itemTable(module, statistics);
	return {
		...context(assignment, module),
		summary: statistics.summary,
		order,
		items: order === 'hardest' ? hardestFirst(items) : items,
		minAttempts: MIN_ATTEMPTS_FOR_DISCRIMINATION
	};
};
