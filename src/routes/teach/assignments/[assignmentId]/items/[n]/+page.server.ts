import { error } from '@sveltejs/kit';
import { assignmentStatistics, itemAnswers } from '$lib/server/data/results';
import { itemAt } from '$lib/server/flow';
import { highlightsFor } from '$lib/server/items';
import { answersByName, context, distribution, itemTable, solutionOf, teacherAssignment } from '$lib/server/reports';
import { MIN_ATTEMPTS_FOR_DISCRIMINATION } from '$lib/teaching/stats';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const found = itemAt(module, params.n);
	if (!found) error(404, m.srv_no_question_module({ n: params.n }));
	// Every item's sums (discrimination needs the rest of the test), and this item's answers.
	const statistics = await assignmentStatistics(
		db,
		assignment.id,
		module.items.map((item) => item.id),
		assignment.grading
	);
	const answers = await itemAnswers(db, assignment.id, found.item.id, assignment.grading);
	return {
		...context(assignment, module),
		summary: statistics.summary,
		row: itemTable(module, statistics)[found.index],
		distribution: distribution(module, found.item, answers),
		byName: answersByName(module, found.item, answers),
		solution: solutionOf(module, found.item),
		sources: module.sources,
		speakers: module.speakers,
		highlights: highlightsFor(found.item, true),
		minAttempts: MIN_ATTEMPTS_FOR_DISCRIMINATION
	};
};
