import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { listResponses } from '$lib/server/data/attempts';
import { currentAttempt, moduleOr404, startAttempt } from '$lib/server/practice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const module = moduleOr404(params.module);
	const attempt = await currentAttempt(cookies, module.id);
	const answered = attempt ? (await listResponses(await db(), attempt.id)).length : 0;
	return { intro: module.prose.intro, answered, started: attempt !== undefined };
};

export const actions: Actions = {
	/** Starts afresh: a new attempt, and the old one is left behind. */
	start: async ({ params, cookies, url }) => {
		const module = moduleOr404(params.module);
		await startAttempt(cookies, url, module.id);
		redirect(303, `/modules/${module.id}/items/1`);
	}
};
