import { loadEditor } from '$lib/kinds/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Editor: data.editable ? await loadEditor(data.kind) : null
});
