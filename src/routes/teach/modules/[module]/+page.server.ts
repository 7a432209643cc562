import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';
import { modulePreview } from '$lib/server/preview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
	return modulePreview(module);
};
