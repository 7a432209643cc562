import { error } from '@sveltejs/kit';
import { kindOf } from '$lib/kinds/registry';
import { reportNames } from '$lib/quiz/names';
import { itemAnswers } from '$lib/server/data/results';
import { itemAt } from '$lib/server/flow';
import { highlightsFor, publicItem, skillLabel } from '$lib/server/items';
import { context, distribution, teacherAssignment } from '$lib/server/reports';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/*
 * One question for the class to discuss, on the projector: how the class
 * answered first, and the key only once the teacher asks for it
 * (?reveal=1, a GET, so it works without JavaScript). Before that the page's
 * data holds nothing of the key: the kind's `unkeyed` distribution, and
 * neither the solution nor its evidence. With JavaScript the counts follow
 * the class's answers as they come in, as the assignment's progress table does.
 */
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	// Refreshed every few seconds while the page is open: the same URL, so the key stays as hidden as it was.
	depends('app:discussion');
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const found = itemAt(module, params.n);
	if (!found) error(404, m.srv_no_question_module({ n: params.n }));
	const { item } = found;
	const kind = kindOf(item);
	const revealed = url.searchParams.get('reveal') === '1';
	const answers = await itemAnswers(db, assignment.id, item.id, assignment.grading);
	const keyed = distribution(module, item, answers);
	return {
		...context(assignment, module),
		n: found.index + 1,
		skill: skillLabel(item),
		prompt: item.prompt,
		answered: answers.length,
		revealed,
		distribution: revealed ? keyed : { ...keyed, data: kind.unkeyed(keyed.data) },
		key: revealed
			? {
					item: publicItem(item),
					solution: kind.solution(item) as unknown,
					highlights: highlightsFor(item, true)
				}
			: null,
		names: reportNames(module.sources),
		// The reports, for the evidence the solution links to: only once it is shown.
		sources: revealed ? module.sources : [],
		speakers: module.speakers
	};
};
