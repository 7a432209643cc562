import { loadEditor } from '$lib/kinds/teacher-views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Editor: await loadEditor(data.kind)
});
