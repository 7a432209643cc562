import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { APIError } from 'better-auth/api';
import { readForm } from '$lib/server/forms';
import { parseForm, signInForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { minutes, takeAll } from '$lib/server/rate-limit';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_SECONDS, knownDevice, rememberDevice } from '$lib/server/known-device';
import { privateCookie } from '$lib/server/cookies';
import { busy, PasswordQueueFull } from '$lib/server/password-queue';
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
	default: async ({ request, url, cookies, getClientAddress }) => {
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { email: '', message: form.message });
		const email = String(form.data.get('email') ?? '');
		const parsed = parseForm(signInForm, form.data);
		if (!parsed.ok) return fail(400, { email, message: parsed.message });

		const { auth, limits } = await services();
		const secret = auth.options.secret;
		// Failures count per address (high: a school's teachers share one) and per account, where a device
		// the account has signed in on before has a count of its own (known-device.ts).
		const device = knownDevice(cookies.get(KNOWN_DEVICE_COOKIE), secret, parsed.value.email);
		const taken = await takeAll([
			{ name: 'address', limiter: limits.loginAddress, key: `ip:${getClientAddress()}` },
			{
				name: 'account',
				limiter: limits.loginAccount,
				key: device ? `device:${parsed.value.email}:${device}` : `email:${parsed.value.email}`
			}
		]);
		if (!taken.ok) {
			const wait = minutes(taken.wait);
			const message =
				taken.refused === 'address'
					? m.t_login_too_many_here({ wait })
					: device
						? m.t_login_too_many_device({ wait })
						: m.t_login_too_many_account({ wait });
			return fail(429, { email, message });
		}
		// The point is taken before the password is checked: requests at once cannot all get past the count.
		try {
			await auth.api.signInEmail({ body: parsed.value, headers: request.headers });
		} catch (error) {
			if (error instanceof APIError) {
				// The points stay taken: they are this failure.
				return fail(400, { email, message: m.t_login_mismatch() });
			}
			await taken.giveBack();
			if (error instanceof PasswordQueueFull) return fail(503, { email, message: busy() });
			throw error;
		}
		// A success is not a failure: its points go back (without wiping the failures before it).
		await taken.giveBack();
		cookies.set(
			KNOWN_DEVICE_COOKIE,
			rememberDevice(cookies.get(KNOWN_DEVICE_COOKIE), secret, parsed.value.email),
			privateCookie(url, KNOWN_DEVICE_SECONDS)
		);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
