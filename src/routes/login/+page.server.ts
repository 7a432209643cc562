import { fail, redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { readForm } from '$lib/server/forms';
import { parseForm, signInForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import type { Actions, PageServerLoad } from './$types';

/**
 * Only paths inside the teacher area are followed after signing in, written
 * as the hook writes them (percent-encoded): no white space or line break
 * (which would make the Location header invalid), no backslash, and no `..`
 * or `%2e` that a browser would resolve out of /teach.
 */
const safeNext = (next: string | null) =>
	next && /^\/teach([/?][\w\-/?=&.%]*)?$/.test(next) && !/\.\.|%2e/i.test(next) ? next : '/teach';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.teacher) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { email: '', message: form.message });
		const email = String(form.data.get('email') ?? '');
		const parsed = parseForm(signInForm, form.data);
		if (!parsed.ok) return fail(400, { email, message: parsed.message });

		const { auth, limits } = await services();
		// Counted per address and per account, so neither a spray nor a focused guess gets far.
		const keys = [`ip:${getClientAddress()}`, `email:${parsed.value.email}`];
		for (const key of keys) {
			const wait = await limits.login.blocked(key);
			if (wait) {
				return fail(429, { email, message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.` });
			}
		}
		try {
			await auth.api.signInEmail({ body: parsed.value, headers: request.headers });
		} catch (error) {
			if (!(error instanceof APIError)) throw error;
			await Promise.all(keys.map((key) => limits.login.fail(key)));
			return fail(400, { email, message: 'That e-mail and password do not match an account.' });
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
