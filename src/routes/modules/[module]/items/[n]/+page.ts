import { Views } from '$lib/kinds/views';
import { QUESTION_SKIP } from '$lib/components/skip';
import type { PageLoad } from './$types';

/**
 * The question's own kind's Question view, and no other kind's; none once answered, when the page shows the feedback,
 * which the server renders (src/lib/server/feedback-html.ts). The skip link leads to the question, past its numbers.
 */
export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.item.kind], data.feedback ? [] : ['Question']),
	skip: QUESTION_SKIP
});
