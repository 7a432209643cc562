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

/**
 * A route of the teacher area, by the id of the route SvelteKit matched
 * ("/teach/classes/[classId]"), never by the raw path: routes are matched on
 * the decoded path, so "/%74each/…" is a teacher route too. Route groups
 * ("/(app)") are not part of the URL.
 */
export const isTeacherRoute = (id: string | null) => id !== null && /^\/teach(\/|$)/.test(id.replace(/\/\([^/]*\)/g, ''));

/** A module's title for lists, even if its folder has since been removed from the server. */
export const moduleTitle = (id: string) => findModule(id)?.title ?? `Module “${id}” (no longer on this server)`;

/** The server's time zone: times typed without JavaScript are read in it, and shown in it until the browser takes over. */
export const serverZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Ids in URLs are UUIDs; anything else is not found before it reaches the
 * database (PostgreSQL refuses some strings, such as ones with NUL bytes, with an error).
 */
export const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Confirmations after a redirect, chosen by a fixed key so that no text from the URL is ever shown. */
export function doneNotice<K extends string>(url: URL, notices: Record<K, string>): string | null {
	const key = url.searchParams.get('done');
	return key !== null && Object.hasOwn(notices, key) ? notices[key as K] : null;
}

/**
 * What the teacher typed into a form's fields, to fill it again when it is
 * refused (without JavaScript the page reloads). Only a datetime-local value
 * goes back into a time field: with JavaScript the browser has sent an ISO
 * time instead, which the field would refuse, emptying what was typed.
 */
export function typedBack<K extends string>(form: FormData, fields: readonly K[], times: readonly K[] = []): Record<K, string> {
	const field = (name: string) => String(form.get(name) ?? '').slice(0, 200);
	const time = (name: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(field(name)) ? field(name) : '');
	return Object.fromEntries(fields.map((name) => [name, times.includes(name) ? time(name) : field(name)])) as Record<K, string>;
}
