import { Views } from '$lib/kinds/views';
import { teacherViews } from '$lib/kinds/teacher-views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load(data.preview?.items.map((entry) => entry.item.kind) ?? [], ['Solution'], teacherViews)
});
