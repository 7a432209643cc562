/** The kind's views, each a chunk loaded only by a page that shows it (src/lib/kinds/views.ts). */
export const views = {
	Question: () => import('./Question.svelte'),
	Feedback: () => import('./Feedback.svelte'),
	Solution: () => import('./Solution.svelte'),
	Distribution: () => import('./Distribution.svelte'),
	Editor: () => import('./Editor.svelte')
};
