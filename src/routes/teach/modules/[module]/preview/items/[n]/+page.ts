import { Views } from '$lib/kinds/views';
import { QUESTION_SKIP } from '$lib/components/skip';
import type { PageLoad } from './$types';

/** The item's kind's question and its feedback: the feedback comes with the answer's response, not with a load. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.item.kind], ['Question', 'Feedback']),
	skip: QUESTION_SKIP
});
