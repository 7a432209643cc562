import { Views } from '$lib/kinds/views';
import { QUESTION_SKIP } from '$lib/components/skip';
import type { PageLoad } from './$types';

/** The question's own kind's views (its feedback only once answered), and no other kind's; the skip link leads to the question, past its numbers. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.item.kind], data.feedback ? ['Question', 'Feedback'] : ['Question']),
	skip: QUESTION_SKIP
});
