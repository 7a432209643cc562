import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { svelteKitHandler } from 'better-auth/svelte-kit';
import { building } from '$app/environment';
import { modules } from '$lib/server/content';
import { services } from '$lib/server/services';

/* Fail at start, not in front of a learner: a broken module or database stops the server here. */
export const init: ServerInit = async () => {
	modules();
	await services();
};

/** The teacher is read once here; pages and actions take it from `locals`. */
export const handle: Handle = async ({ event, resolve }) => {
	const { auth } = await services();
	const session = await auth.api.getSession({ headers: event.request.headers });
	event.locals.teacher = session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;

	// Everything under /teach, loads and form actions alike, needs a signed-in teacher.
	if (event.url.pathname.startsWith('/teach') && !event.locals.teacher) {
		if (event.request.method === 'GET') {
			redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		}
		return new Response('Sign in first.', { status: 401 });
	}
	return svelteKitHandler({ event, resolve, auth, building });
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
