import { m } from '$lib/paraglide/messages';
import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import { listResponses, type Attempt } from '$lib/server/data/attempts';
import { readForm } from '$lib/server/forms';
import { minutes } from '$lib/server/rate-limit';
import { currentAttempt, practiceModule, startAttempt } from '$lib/server/practice';
import { parseForm, restartForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import type { QuizModule } from '$lib/modules/module';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const { module, paused } = await practiceModule(params.module);
	const attempt = await currentAttempt(cookies, module.id);
	const answered = attempt ? (await listResponses(await db(), attempt.id)).length : 0;
	return { intro: module.prose.intro, answered, started: attempt !== undefined, paused };
};

/** Where a learner with an attempt goes on: the first question not answered yet, or the results. */
async function continueAt(module: QuizModule, attempt: Attempt): Promise<string> {
	const answered = new Set((await listResponses(await db(), attempt.id)).map((r) => r.itemId));
	const next = module.items.findIndex((item) => !answered.has(item.id));
	return next < 0 ? `/modules/${module.id}/summary` : `/modules/${module.id}/items/${next + 1}`;
}

/**
 * Every new practice attempt takes a point from the address, before it is made
 * (in one atomic step, so requests at once cannot all get past): a refusal's message, or null.
 */
async function counted(address: string): Promise<string | null> {
	const { limits } = await services();
	const wait = await limits.practice.take(address);
	return wait ? m.srv_practice_limit({ wait: minutes(wait) }) : null;
}

export const actions: Actions = {
	/** Starts practice, or goes on with the attempt this device has: a second press makes no new one. */
	start: async ({ params, cookies, url, getClientAddress }) => {
		const { module, paused } = await practiceModule(params.module);
		if (paused) return fail(409, { message: m.srv_practice_paused() });
		const current = await currentAttempt(cookies, module.id);
		if (current) redirect(303, await continueAt(module, current));
		const refused = await counted(getClientAddress());
		if (refused) return fail(429, { message: refused });
		await startAttempt(cookies, url, module.id);
		redirect(303, `/modules/${module.id}/items/1`);
	},

	/** Starts afresh, with the box ticked: a new attempt, and the one it replaces is deleted. */
	restart: async ({ params, cookies, url, request, getClientAddress }) => {
		const { module, paused } = await practiceModule(params.module);
		if (paused) return fail(409, { message: m.srv_practice_paused() });
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message });
		const parsed = parseForm(restartForm, form.data);
		if (!parsed.ok) return fail(400, { message: parsed.message });
		const refused = await counted(getClientAddress());
		if (refused) return fail(429, { message: refused });
		await startAttempt(cookies, url, module.id, await currentAttempt(cookies, module.id));
		redirect(303, `/modules/${module.id}/items/1`);
	}
};
