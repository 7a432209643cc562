import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';
import { modulePreview } from '$lib/server/preview';
import { teacherId } from '$lib/server/teacher';
import type { PageServerLoad } from './$types';

/* The preview holds the key and the teacher notes: teachers only, checked here as on every teacher page. */
export const load: PageServerLoad = ({ locals, params }) => {
	teacherId(locals);
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
	return modulePreview(module);
};
