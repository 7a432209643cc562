/**
 * The kind's learner's views, each a chunk of its own: the Question, and the Feedback, whose styles the question page
 * links (src/lib/kinds/views.ts). The teacher's views are in ./views.ts.
 */
export const learnerViews = {
	Question: () => import('./Question.svelte'),
	Feedback: () => import('./Feedback.svelte')
};
