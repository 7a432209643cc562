import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { APIError } from 'better-auth/api';
import { doneNotice, readForm } from '$lib/server/forms';
import { busy, PasswordQueueFull } from '$lib/server/password-queue';
import { passwordRule } from '$lib/server/password-policy';
import { minutes } from '$lib/server/rate-limit';
import { changePasswordForm, parseForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

/*
 * The teacher's own account: a new password, and signing out on every other
 * device (a lost phone, a shared computer left signed in).
 */

/** Read per request, in its language. */
const notices = () => ({
	password: m.t_notice_password(),
	'signed-out': m.t_notice_signed_out()
});

export const load: PageServerLoad = async ({ locals, request, url }) => {
	teacherId(locals);
	const { auth } = await services();
	const sessions = await auth.api.listSessions({ headers: request.headers });
	return {
		account: { name: locals.teacher!.name, email: locals.teacher!.email },
		otherSessions: Math.max(0, sessions.length - 1),
		rule: passwordRule(),
		done: doneNotice(url, notices())
	};
};

export const actions: Actions = {
	changePassword: async ({ locals, request }) => {
		const id = teacherId(locals);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'changePassword', message: form.message });
		const parsed = parseForm(changePasswordForm(locals.teacher!), form.data);
		if (!parsed.ok) return fail(400, { action: 'changePassword', message: parsed.message });

		// The current password is checked like a sign-in: a point taken first, kept if it is wrong, so that a
		// session left open on a shared computer does not give a guesser unlimited tries at the password.
		const { auth, limits } = await services();
		const key = `user:${id}`;
		const wait = await limits.loginAccount.take(key);
		if (wait) {
			return fail(429, {
				action: 'changePassword',
				message: m.t_too_many_wrong_passwords({ wait: minutes(wait) })
			});
		}
		const { currentPassword, newPassword } = parsed.value;
		try {
			await auth.api.changePassword({
				body: { currentPassword, newPassword, revokeOtherSessions: true },
				headers: request.headers
			});
		} catch (error) {
			if (error instanceof APIError) {
				return fail(400, { action: 'changePassword', message: m.t_current_password_wrong() });
			}
			await limits.loginAccount.giveBack(key);
			if (error instanceof PasswordQueueFull) return fail(503, { action: 'changePassword', message: busy() });
			throw error;
		}
		await limits.loginAccount.giveBack(key);
		redirect(303, '/teach/account?done=password');
	},

	signOutOthers: async ({ locals, request }) => {
		teacherId(locals);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'signOutOthers', message: form.message });
		const { auth } = await services();
		await auth.api.revokeOtherSessions({ headers: request.headers });
		redirect(303, '/teach/account?done=signed-out');
	}
};
