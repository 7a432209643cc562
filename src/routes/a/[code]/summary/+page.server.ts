import { db } from '$lib/server/db/app';
import { learnerOrJoin } from '$lib/server/classroom';
import { summary } from '$lib/server/flow';
import { resultsView } from '$lib/server/items';
import { formatCode } from '$lib/teaching/codes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	const store = await db();
	const session = await learnerOrJoin(locals, cookies);
	const { responses, revealed, solutions } = await summary(store, session.scope);
	const final = session.scope.attempt.finishedAt !== null || session.scope.closed;
	const done = responses.length === session.scope.module.items.length || final;
	// Scores say which answers were right, so they wait for the review mode's moment, like the feedback.
	return {
		...(revealed
			? resultsView(session.scope.module, responses, final)
			: { skills: [], total: { score: 0, max: 0, soFar: false }, scores: {} }),
		revealed,
		/** Scores shown, solutions not yet: another attempt may follow. */
		solutionsWait: revealed && !solutions,
		answered: responses.length,
		done,
		// The debrief discusses the answers, so it waits for the solutions.
		debrief: solutions && done ? session.scope.module.prose.debrief : null,
		resumeCode: formatCode(session.learner.resumeCode)
	};
};
