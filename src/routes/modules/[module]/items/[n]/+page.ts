import { Views } from '$lib/kinds/views';
import { QUESTION_SKIP } from '$lib/components/skip';
import type { PageLoad } from './$types';

/** The question's own kind's views, and no other kind's; the skip link leads to the question, past its numbers. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.item.kind]),
	skip: QUESTION_SKIP
});
