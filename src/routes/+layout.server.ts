import type { LayoutServerLoad } from './$types';

/* Only the teacher's name reaches the browser: no id, no e-mail. */
export const load: LayoutServerLoad = ({ locals }) => ({
	teacher: locals.teacher ? { name: locals.teacher.name } : null
});
