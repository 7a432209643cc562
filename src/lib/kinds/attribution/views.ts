/**
 * The kind's teacher's views, each a chunk loaded only by a page that shows it (src/lib/kinds/teacher-views.ts); the
 * learner's are in ./learner-views.ts, apart, for the learner's question page.
 */
export const views = {
	Solution: () => import('./Solution.svelte'),
	Distribution: () => import('./Distribution.svelte'),
	Editor: () => import('./Editor.svelte')
};
