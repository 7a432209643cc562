import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { APIError } from 'better-auth/api';
import { privateCookie } from '$lib/server/cookies';
import { readForm } from '$lib/server/forms';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_SECONDS, rememberDevice } from '$lib/server/known-device';
import { busy, PasswordQueueFull } from '$lib/server/password-queue';
import { minutes, takeAll } from '$lib/server/rate-limit';
import { parseForm, signUpForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { signupCodeAccepted, signupCodeRequired } from '$lib/server/signup-code';
import { env } from '$env/dynamic/private';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.teacher) redirect(303, '/teach');
	return { codeRequired: signupCodeRequired(env.TEACHER_SIGNUP_CODE) };
};

export const actions: Actions = {
	default: async ({ request, url, cookies, getClientAddress }) => {
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { name: '', email: '', message: form.message });
		const parsed = parseForm(signUpForm, form.data);
		const typed = { name: String(form.data.get('name') ?? ''), email: String(form.data.get('email') ?? '') };
		if (!parsed.ok) return fail(400, { ...typed, message: parsed.message });

		const { auth, limits } = await services();
		// Every sign-up counts, whatever its outcome: each one hashes a password, and a teacher signs up once.
		// (A form refused above costs nothing and counts for nothing.)
		const taken = await takeAll([
			{ name: 'address', limiter: limits.signupAddress, key: `ip:${getClientAddress()}` },
			{ name: 'server', limiter: limits.signupServer, key: 'all' }
		]);
		if (!taken.ok) {
			const message =
				taken.refused === 'address'
					? m.t_too_many_signups_here({ wait: minutes(taken.wait) })
					: m.t_too_many_signups_server({ wait: minutes(taken.wait) });
			return fail(429, { ...typed, message });
		}
		// After the limits, so that guessing the code is limited as every sign-up is.
		if (!signupCodeAccepted(env.TEACHER_SIGNUP_CODE, String(form.data.get('signupCode') ?? '').slice(0, 200))) {
			return fail(400, { ...typed, message: m.t_signup_code_wrong() });
		}
		try {
			await auth.api.signUpEmail({ body: parsed.value, headers: request.headers });
		} catch (error) {
			if (error instanceof APIError) {
				return fail(400, { ...typed, message: m.t_account_exists() });
			}
			// Turned away before any work was done: that does not count.
			await taken.giveBack();
			if (error instanceof PasswordQueueFull) return fail(503, { ...typed, message: busy() });
			throw error;
		}
		// The device that made the account is one it has signed in on (known-device.ts).
		const device = rememberDevice(cookies.get(KNOWN_DEVICE_COOKIE), auth.options.secret, parsed.value.email);
		cookies.set(KNOWN_DEVICE_COOKIE, device, privateCookie(url, KNOWN_DEVICE_SECONDS));
		redirect(303, '/teach');
	}
};
