import { error, fail, redirect } from '@sveltejs/kit';
import { deleteLearner, devicePeers, listLearners } from '$lib/server/data/learners';
import { setDeletedName } from '$lib/server/flash';
import { gradingMethods } from '$lib/teaching/policy';
import { learnerAttempts } from '$lib/server/data/results';
import { readForm } from '$lib/server/forms';
import { context, learnerReport, teacherAssignment } from '$lib/server/reports';
import { confirmForm, parseForm } from '$lib/server/schemas';
import { formatCode } from '$lib/teaching/codes';
import { availability } from '$lib/teaching/types';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const found = await learnerAttempts(db, assignment.id, params.learnerId, assignment.grading);
	if (!found) error(404, m.t_lr_no_learner());
	const sameDevice = (await devicePeers(db, assignment.id)).get(found.learner.id) ?? [];
	return {
		...context(assignment, module),
		speakers: module.speakers,
		sources: module.sources,
		learner: {
			id: found.learner.id,
			displayName: found.learner.displayName,
			joinedAt: found.learner.createdAt,
			resumeCode: formatCode(found.learner.resumeCode),
			sameDevice
		},
		grading: gradingMethods[assignment.grading](),
		...learnerReport(module, found, url.searchParams.get('attempt'), availability(assignment) === 'closed')
	};
};

export const actions: Actions = {
	/** Deletes the learner with every attempt and answer (the database cascades), after a ticked confirmation. */
	delete: async ({ locals, params, request, cookies, url }) => {
		const { db, assignment } = await teacherAssignment(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message });
		const parsed = parseForm(confirmForm, form.data);
		if (!parsed.ok) return fail(400, { message: parsed.message });
		const learner = (await listLearners(db, assignment.id)).find((l) => l.id === params.learnerId);
		if (!learner || !(await deleteLearner(db, assignment.id, learner.id))) error(404, m.t_lr_no_learner());
		setDeletedName(cookies, url, assignment.id, learner.displayName);
		redirect(303, `/teach/assignments/${assignment.id}?done=deleted`);
	}
};
