import { error } from '@sveltejs/kit';
import { assignmentResults } from '$lib/server/data/results';
import { itemAt } from '$lib/server/flow';
import { highlightsFor } from '$lib/server/quiz';
import {
	answersTo,
	context,
	distribution,
	itemTable,
	solutionOf,
	summarize,
	teacherAssignment
} from '$lib/server/reports';
import { MIN_ATTEMPTS_FOR_DISCRIMINATION } from '$lib/teaching/stats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const found = itemAt(module, params.n);
	if (!found) error(404, `There is no question ${params.n} in this module.`);
	// Every item's scores (discrimination needs the rest of the test), and this item's answers.
	const results = await assignmentResults(db, assignment.id, { itemId: found.item.id });
	return {
		...context(assignment, module),
		summary: summarize(results),
		row: itemTable(module, results)[found.index],
		distribution: distribution(module, found.item, answersTo(results, found.item.id)),
		solution: solutionOf(module, found.item),
		sources: module.sources,
		highlights: highlightsFor(found.item, true),
		minAttempts: MIN_ATTEMPTS_FOR_DISCRIMINATION
	};
};
