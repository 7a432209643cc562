import { modules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	modules: modules().map((m) => ({
		id: m.id,
		title: m.title,
		summary: m.summary,
		minutes: m.minutes,
		items: m.items.length,
		sources: m.sources.map((doc) => doc.meta.title)
	}))
});
