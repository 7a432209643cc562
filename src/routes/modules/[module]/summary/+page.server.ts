import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import { summary } from '$lib/server/flow';
import { practiceModule, practiceScope } from '$lib/server/practice';
import { resultsView } from '$lib/server/items';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const { module, paused } = await practiceModule(params.module);
	// Paused: the module's page says why, and the debrief (which discusses the answers) waits too.
	if (paused) redirect(303, `/modules/${module.id}`);
	const scope = await practiceScope(cookies, module);
	if (!scope) redirect(303, `/modules/${module.id}`);
	const { responses } = await summary(await db(), scope);
	const done = responses.length === scope.module.items.length;
	return {
		// Practice is never submitted: its totals are over the questions answered so far, and say so until all are.
		...resultsView(scope.module, responses, false),
		done,
		// The debrief discusses the answers, so it waits until every item is answered.
		debrief: done ? scope.module.prose.debrief : null
	};
};
