import { Views } from '$lib/kinds/views';
import { teacherViews } from '$lib/kinds/teacher-views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	views: await Views.load([data.distribution.kind], ['Distribution'], teacherViews)
});
