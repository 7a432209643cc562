import { loadEditor } from '$lib/kinds/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Editor: await loadEditor(data.kind)
});
