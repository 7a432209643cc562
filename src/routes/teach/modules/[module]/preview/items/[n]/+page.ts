import { Views } from '$lib/kinds/views';
import { QUESTION_SKIP } from '$lib/components/skip';
import type { PageLoad } from './$types';

/** The item's kind's question; its feedback comes with the answer's response, rendered by the server. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.item.kind], ['Question']),
	skip: QUESTION_SKIP
});
