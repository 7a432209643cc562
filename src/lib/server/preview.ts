import { kindOf } from '$lib/kinds/registry';
import type { QuizModule } from '$lib/modules/module';
import type { Highlight } from '$lib/quiz/types';
import { publicItem, skillLabel } from './items';
import { m } from '$lib/paraglide/messages';

/*
 * A module as a teacher previews it: the whole key, item by item. Only
 * teacher pages (behind the /teach sign-in) may call this.
 */

/** The module's prose sits under the page's own h2, so its headings move one level down. */
export const demoteHeadings = (html: string) =>
	html.replace(/<(\/?)h([1-5])(?=[\s>])/gi, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);

export function modulePreview(module: QuizModule) {
	const items = module.items.map((item, n) => ({
		n: n + 1,
		item: publicItem(item),
		skill: skillLabel(item),
		solution: kindOf(item).solution(item) as unknown
	}));
	// Only what answers point at: the questions' own statements and passages would cover most of the text.
	const highlights: Highlight[] = module.items.flatMap((item, n) =>
		kindOf(item)
			.highlights(item, true)
			.filter((h) => h.role === 'evidence' || h.role === 'target')
			.map((h) => ({
				...h,
				label: (h.role === 'target' ? m.t_pv_hl_loaded : m.t_pv_hl_evidence)({ n: n + 1 }),
				tag: m.t_pv_tag({ n: n + 1 })
			}))
	);
	return {
		module: {
			id: module.id,
			title: module.title,
			summary: module.summary,
			minutes: module.minutes,
			sources: module.sources,
			speakers: module.speakers
		},
		intro: demoteHeadings(module.prose.intro),
		teacherNotes: demoteHeadings(module.prose.teacherNotes),
		debrief: demoteHeadings(module.prose.debrief),
		items,
		highlights
	};
}
