import { error, fail, redirect } from '@sveltejs/kit';
import { saveResponse, finishAttempt } from '$lib/server/attempts';
import { db } from '$lib/server/db';
import { currentAttempt, moduleOr404, responsesOf } from '$lib/server/practice';
import { checkAnswer, feedbackFor, highlightsFor, publicItem } from '$lib/server/quiz';
import type { QuizModule } from '$lib/quiz/module';
import type { Actions, PageServerLoad } from './$types';

const MAX_BODY = 64 * 1024;

function itemAt(module: QuizModule, n: string) {
	const index = /^\d{1,4}$/.test(n) ? Number(n) - 1 : -1;
	const item = module.items[index];
	if (!item) error(404, `There is no question ${n} in this module.`);
	return { index, item };
}

export const load: PageServerLoad = async ({ params, cookies }) => {
	const module = moduleOr404(params.module);
	const { index, item } = itemAt(module, params.n);
	const attempt = await currentAttempt(cookies, module.id);
	if (!attempt) redirect(303, `/modules/${module.id}`);

	const responses = await responsesOf(attempt);
	const response = responses.find((r) => r.itemId === item.id);
	return {
		index,
		item: publicItem(item),
		answeredIds: responses.map((r) => r.itemId),
		// Only once this item is answered does its key (grade, solution, evidence) leave the server.
		feedback: response ? feedbackFor(item, response) : null,
		highlights: highlightsFor(item, response !== undefined)
	};
};

export const actions: Actions = {
	answer: async ({ params, cookies, request }) => {
		const module = moduleOr404(params.module);
		const { index, item } = itemAt(module, params.n);
		const attempt = await currentAttempt(cookies, module.id);
		if (!attempt) return fail(400, { message: 'Your practice session has ended. Start the module again.' });
		if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) {
			return fail(413, { message: 'That answer is far too large.' });
		}
		const checked = checkAnswer(item, await request.formData());
		if (!checked.ok) return fail(400, { message: checked.message });

		const store = await db();
		await saveResponse(store, attempt.id, { itemId: item.id, answer: checked.answer, score: checked.score, max: checked.max });
		const answered = await responsesOf(attempt);
		if (answered.length === module.items.length) await finishAttempt(store, attempt.id);
		redirect(303, `/modules/${module.id}/items/${index + 1}#feedback`);
	}
};
