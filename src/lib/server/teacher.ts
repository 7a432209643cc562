import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/**
 * The signed-in teacher's id. The hook already turns everyone else away from
 * /teach; this keeps a page that forgets that from ever running without one.
 */
export function teacherId(locals: App.Locals): string {
	if (!locals.teacher) error(401, m.t_sign_in_first());
	return locals.teacher.id;
}

/**
 * A route of the teacher area, by the id of the route SvelteKit matched
 * ("/teach/classes/[classId]"), never by the raw path: routes are matched on
 * the decoded path, so "/%74each/…" is a teacher route too. Route groups
 * ("/(app)") are not part of the URL.
 */
export const isTeacherRoute = (id: string | null) =>
	id !== null && /^\/teach(\/|$)/.test(id.replace(/\/\([^/]*\)/g, ''));

/** The server's time zone: times typed without JavaScript are read in it, and shown in it until the browser takes over. */
export const serverZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
