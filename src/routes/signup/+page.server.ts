import { fail, redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { readForm } from '$lib/server/forms';
import { parseForm, signUpForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.teacher) redirect(303, '/teach');
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { name: '', email: '', message: form.message });
		const parsed = parseForm(signUpForm, form.data);
		const typed = { name: String(form.data.get('name') ?? ''), email: String(form.data.get('email') ?? '') };
		if (!parsed.ok) return fail(400, { ...typed, message: parsed.message });

		const { auth, limits } = await services();
		const key = getClientAddress();
		const wait = await limits.signup.blocked(key);
		if (wait) return fail(429, { ...typed, message: `Too many sign-ups from here. Try again in ${Math.ceil(wait / 60)} minutes.` });
		try {
			await auth.api.signUpEmail({ body: parsed.value, headers: request.headers });
		} catch (error) {
			await limits.signup.fail(key);
			if (error instanceof APIError) {
				return fail(400, { ...typed, message: 'An account with that e-mail may already exist. Sign in instead.' });
			}
			throw error;
		}
		redirect(303, '/teach');
	}
};
