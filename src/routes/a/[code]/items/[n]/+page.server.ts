import { m } from '$lib/paraglide/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import { currentLearner, learnerOrJoin } from '$lib/server/classroom';
import { answer, itemAt, itemPage } from '$lib/server/flow';
import { readForm } from '$lib/server/forms';
import { withRenderedFeedback } from '$lib/server/feedback-html';
import { ANSWERS } from '$lib/quiz/dependencies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, cookies, depends }) => {
	depends(ANSWERS);
	const session = await learnerOrJoin(locals, cookies);
	const found = itemAt(session.scope.module, params.n);
	if (!found) error(404, m.srv_no_question_assignment({ n: params.n }));
	return withRenderedFeedback(
		session.scope.module,
		found.item,
		await itemPage(await db(), session.scope, found.index, found.item)
	);
};

export const actions: Actions = {
	answer: async ({ params, locals, request }) => {
		const session = await currentLearner(locals);
		if (!session) return fail(400, { message: m.srv_join_first() });
		const { scope, assignment } = session;
		const found = itemAt(scope.module, params.n);
		if (!found) error(404, m.srv_no_question_assignment({ n: params.n }));
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message });

		const outcome = await answer(await db(), scope, found.item, form.data);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message });
		const base = `/a/${assignment.code}`;
		if (scope.review === 'after-item') redirect(303, `${base}/items/${found.index + 1}#feedback`);
		const last = found.index + 1 >= scope.module.items.length;
		redirect(303, last ? base : `${base}/items/${found.index + 2}`);
	}
};
