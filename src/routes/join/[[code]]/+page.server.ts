import { fail, redirect } from '@sveltejs/kit';
import { formatCode, isCode } from '$lib/teaching/codes';
import { availability } from '$lib/teaching/types';
import { deviceId, setLearnerCookie, setWelcome } from '$lib/server/classroom';
import { findAssignmentByCode } from '$lib/server/data/classes';
import { joinAssignment, rejoinAssignment } from '$lib/server/data/learners';
import { createAttempt } from '$lib/server/data/attempts';
import { readForm } from '$lib/server/forms';
import { joinForm, parseForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { normalizeCode } from '$lib/teaching/codes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const code = normalizeCode(params.code ?? '');
	return { code: isCode(code, 6) ? formatCode(code) : '' };
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
		const { code, name, resume } = parsed.value;

		const { store, limits } = await services();
		const key = getClientAddress();
		const wait = await limits.join.blocked(key);
		if (wait) return fail(429, { ...typed, message: `Too many wrong codes from here. Try again in ${Math.ceil(wait / 60)} minutes.` });

		const assignment = isCode(code, 6) ? await findAssignmentByCode(store.db, code) : undefined;
		if (!assignment) {
			await limits.join.fail(key);
			return fail(400, { ...typed, message: 'No assignment has that code. Check it with your teacher.' });
		}

		if (resume) {
			const back = await rejoinAssignment(store.db, assignment.id, name, resume);
			if (!back) {
				await limits.join.fail(key);
				return fail(400, { ...typed, needResume: true, message: 'That name and resume code do not match. Ask your teacher for your resume code.' });
			}
			setLearnerCookie(cookies, url, assignment.id, back.token);
			redirect(303, `/a/${assignment.code}`);
		}

		const state = availability(assignment);
		if (state !== 'open') {
			return fail(400, {
				...typed,
				message: state === 'closed' ? 'This assignment has closed.' : 'This assignment has not opened yet.'
			});
		}
		const joined = await joinAssignment(store.db, assignment.id, name, deviceId(cookies, url));
		if (!joined.ok) {
			return fail(400, {
				...typed,
				needResume: true,
				message:
					'Someone in this assignment already uses that name. If it is you, enter your resume code (your teacher can tell you what it is); if not, choose another name.'
			});
		}
		await createAttempt(store.db, assignment.moduleId, { id: joined.learner.id, number: 1 });
		setLearnerCookie(cookies, url, assignment.id, joined.token);
		// The assignment's page shows the resume code this once (and the results page again).
		setWelcome(cookies, url, assignment.id);
		redirect(303, `/a/${assignment.code}`);
	}
};
