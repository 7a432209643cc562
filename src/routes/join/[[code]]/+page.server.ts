import { fail, redirect } from '@sveltejs/kit';
import { formatCode, isCode } from '$lib/teaching/codes';
import { nameKey } from '$lib/teaching/names';
import { availability } from '$lib/teaching/types';
import { deviceId, setLearnerCookie, setWelcome } from '$lib/server/classroom';
import { findAssignmentByCode } from '$lib/server/data/classes';
import { joinAssignment, rejoinAssignment } from '$lib/server/data/learners';
import { createAttempt } from '$lib/server/data/attempts';
import { readForm } from '$lib/server/forms';
import { minutes, takeAll } from '$lib/server/rate-limit';
import { joinForm, parseForm } from '$lib/server/schemas';
import { services } from '$lib/server/services';
import { normalizeCode } from '$lib/teaching/codes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const code = normalizeCode(params.code ?? '');
	return { code: isCode(code, 6) ? formatCode(code) : '' };
};

/*
 * A class joins from one school address, so one pupil's typos must not stop
 * the rest: the code is looked up first, and a valid one goes through however
 * many wrong codes came from the address; only wrong codes count against it
 * (and past a much higher bound, every code from it is refused: guessing
 * stays bounded). Wrong resume codes count per address and assignment, and
 * per learner's name. Joins themselves count per address and assignment, and
 * an assignment takes a limited number of learners, so that a leaked code
 * cannot flood a class.
 */
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

		const { store, limits, rosterCap } = await services();
		const address = getClientAddress();
		const tooManyWrong = (wait: number) =>
			fail(429, { ...typed, message: `Too many wrong codes from here. Try again in ${minutes(wait)}.` });
		// Every lookup takes a point of the hard bound first (atomically, so that requests at once cannot all
		// slip past it); a code that turns out valid gives it back.
		const guessing = await limits.wrongCodeHard.take(address);
		if (guessing) return tooManyWrong(guessing);
		const assignment = isCode(code, 6) ? await findAssignmentByCode(store.db, code) : undefined;
		if (!assignment) {
			const wait = await limits.wrongCode.take(address);
			if (wait) return tooManyWrong(wait);
			return fail(400, { ...typed, message: 'No assignment has that code. Check it with your teacher.' });
		}
		await limits.wrongCodeHard.giveBack(address);

		if (resume) {
			const taken = await takeAll([
				{ name: 'address', limiter: limits.wrongResume, key: `${address}:${assignment.id}` },
				{ name: 'name', limiter: limits.wrongResumeName, key: `${assignment.id}:${nameKey(name)}` }
			]);
			if (!taken.ok) {
				return fail(429, {
					...typed,
					needResume: true,
					message: `Too many wrong resume codes${taken.refused === 'name' ? ' for that name' : ' from here'}. Try again in ${minutes(taken.wait)}, or ask your teacher.`
				});
			}
			const back = await rejoinAssignment(store.db, assignment.id, name, resume);
			if (!back) {
				return fail(400, { ...typed, needResume: true, message: 'That name and resume code do not match. Ask your teacher for your resume code.' });
			}
			await taken.giveBack();
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
		// Successes count here: a class is well under the limit, a script adding names is not.
		const wait = await limits.joins.take(`${address}:${assignment.id}`);
		if (wait) {
			return fail(429, {
				...typed,
				message: `Too many learners have joined this assignment from here in the last few minutes. Try again in ${minutes(wait)}.`
			});
		}
		const joined = await joinAssignment(store.db, assignment.id, name, { cap: rosterCap, deviceId: deviceId(cookies, url) });
		if (!joined.ok) {
			await limits.joins.giveBack(`${address}:${assignment.id}`);
			if (joined.reason === 'full') {
				return fail(409, {
					...typed,
					message: `This assignment is full: it takes at most ${rosterCap} learners. Tell your teacher.`
				});
			}
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
