import { fail, redirect } from '@sveltejs/kit';
import { formatCode, isCode } from '$lib/teaching/codes';
import { deviceId, keepDevice, setLearnerCookie, setWelcome } from '$lib/server/classroom';
import { join } from '$lib/server/joining';
import { readForm } from '$lib/server/forms';
import { joinForm, parseForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { normalizeCode } from '$lib/teaching/codes';
import { db } from '$lib/server/db/app';
import { findAssignmentByCode } from '$lib/server/data/classes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const code = normalizeCode(params.code ?? '');
	const valid = isCode(code, 6);
	// The link or QR code names the assignment: the learner sees what they are joining (the code shows no more than joining would).
	const assignment = valid ? await findAssignmentByCode(await db(), code) : undefined;
	return {
		code: valid ? formatCode(code) : '',
		assignmentName: assignment?.name ?? null,
		// Sent here by the assignment's page, from a place on this device that names no learner any more.
		gone: url.searchParams.has('gone')
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message, name: '', code: '', needResume: false });
		const typed = {
			name: String(form.data.get('name') ?? '').slice(0, 40),
			code: String(form.data.get('code') ?? '').slice(0, 20),
			needResume: false
		};
		const parsed = parseForm(joinForm, form.data);
		if (!parsed.ok) return fail(400, { ...typed, message: parsed.message });

		const device = deviceId(cookies);
		const joined = await join(await services(), { ...parsed.value, address: getClientAddress(), device });
		if (!joined.ok) {
			return fail(joined.status, { ...typed, needResume: joined.needResume ?? false, message: joined.message });
		}
		setLearnerCookie(cookies, url, joined.assignment.id, joined.token);
		if (!joined.rejoined) {
			keepDevice(cookies, url, device);
			// The assignment's page shows the resume code this once (and the results page again).
			setWelcome(cookies, url, joined.assignment.id);
		}
		redirect(303, `/a/${joined.assignment.code}`);
	}
};
