import { render } from 'svelte/server';
import { Views } from '$lib/kinds/views';
import type { Item } from '$lib/kinds/registry';
import type { QuizModule } from '$lib/modules/module';
import { reportNames } from '$lib/quiz/names';
import { publicItem, type Feedback } from './items';

/** The learner's feedback as their item page gets it: the score, and the kind's Feedback view rendered here. */
export interface RenderedFeedback {
	score: number;
	max: number;
	/** The view's HTML, from Svelte's server renderer (it escapes every text it is given), for `{@html}`. */
	html: string;
}

/*
 * Svelte's markers for hydrating blocks (<!--[-->, <!--]-->, <!---->, <!--[-1-->, …). The HTML goes into the page
 * through {@html}, which ends at the first empty comment when the page hydrates, so none may stay inside; Svelte
 * writes no other comment (a template's own are dropped), and every < of a text is escaped.
 */
const HYDRATION_MARKERS = /<!--[[\]!\d-]*-->/g;

/**
 * The learner's feedback is read, never worked: nothing in any kind's Feedback view reacts to a learner (its "Why?"
 * is a <details>, its links are plain links that the reports' own script follows). So the server renders it, and a
 * learner's browser loads neither the view nor the kind's feedback sentences in both languages (PRODUCT.md's 50 KB
 * budget for the page with its feedback; issue #8 §5: no scripts to fetch when moving on to the feedback). Its
 * scoped styles still reach the page: SvelteKit links the styles of every view the item page's loader can import.
 */
export async function renderedFeedback(module: QuizModule, item: Item, feedback: Feedback): Promise<RenderedFeedback> {
	const view = (await Views.load([item.kind], ['Feedback'])).of(item.kind, 'Feedback');
	const props = {
		item: publicItem(item),
		speakers: module.speakers,
		names: reportNames(module.sources),
		...feedback
	};
	const { body } = render(view, { props });
	return { score: feedback.grade.score, max: feedback.grade.max, html: body.replace(HYDRATION_MARKERS, '') };
}

/** An item page's data as flow.ts's itemPage gives it, its feedback rendered for the learner's browser. */
export async function withRenderedFeedback<Page extends { feedback: Feedback | null }>(
	module: QuizModule,
	item: Item,
	page: Page
): Promise<Omit<Page, 'feedback'> & { feedback: RenderedFeedback | null }> {
	return { ...page, feedback: page.feedback && (await renderedFeedback(module, item, page.feedback)) };
}
