import { error } from '@sveltejs/kit';
import { findModule } from './content';

/**
 * The signed-in teacher's id. The hook already turns everyone else away from
 * /teach; this keeps a page that forgets that from ever running without one.
 */
export function teacherId(locals: App.Locals): string {
	if (!locals.teacher) error(401, 'Sign in first.');
	return locals.teacher.id;
}

/** A module's title for lists, even if its folder has since been removed from the server. */
export const moduleTitle = (id: string) => findModule(id)?.title ?? `Module “${id}” (no longer on this server)`;

/** The server's time zone: times typed without JavaScript are read in it, and shown in it until the browser takes over. */
export const serverZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
