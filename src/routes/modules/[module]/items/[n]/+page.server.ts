import { m } from '$lib/paraglide/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import { answer, itemAt, itemPage } from '$lib/server/flow';
import { practiceModule, practiceScope } from '$lib/server/practice';
import { readForm } from '$lib/server/forms';
import { withRenderedFeedback } from '$lib/server/feedback-html';
import { ANSWERS } from '$lib/quiz/dependencies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, depends }) => {
	depends(ANSWERS);
	const { module, paused } = await practiceModule(params.module);
	// Paused: the module's page says why; no question, feedback or solution is served meanwhile.
	if (paused) redirect(303, `/modules/${module.id}`);
	const scope = await practiceScope(cookies, module);
	if (!scope) redirect(303, `/modules/${module.id}`);
	const found = itemAt(scope.module, params.n);
	if (!found) error(404, m.srv_no_question_module({ n: params.n }));
	return withRenderedFeedback(scope.module, found.item, await itemPage(await db(), scope, found.index, found.item));
};

export const actions: Actions = {
	answer: async ({ params, cookies, request }) => {
		const { module, paused } = await practiceModule(params.module);
		if (paused) return fail(409, { message: m.srv_practice_paused() });
		const scope = await practiceScope(cookies, module);
		if (!scope) return fail(400, { message: m.srv_practice_ended() });
		const found = itemAt(scope.module, params.n);
		if (!found) error(404, m.srv_no_question_module({ n: params.n }));
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message });

		const outcome = await answer(await db(), scope, found.item, form.data);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message });
		redirect(303, `/modules/${scope.module.id}/items/${found.index + 1}#feedback`);
	}
};
