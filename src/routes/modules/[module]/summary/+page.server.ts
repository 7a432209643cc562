import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { summary } from '$lib/server/flow';
import { practiceScope } from '$lib/server/practice';
import { resultsView } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const scope = await practiceScope(cookies, params.module);
	if (!scope) redirect(303, `/modules/${params.module}`);
	const { responses } = await summary(await db(), scope);
	const done = responses.length === scope.module.items.length;
	return {
		...resultsView(scope.module, responses),
		done,
		// The debrief discusses the answers, so it waits until every item is answered.
		debrief: done ? scope.module.prose.debrief : null
	};
};
