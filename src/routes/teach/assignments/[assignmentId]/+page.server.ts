import { error, fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/app';
import { goneTitle, moduleAt } from '$lib/server/catalog';
import {
	deleteAssignment,
	duplicateAssignment,
	findAssignment,
	renameAssignment,
	updateAssignmentSchedule
} from '$lib/server/data/classes';
import { assignmentProgress, summarize } from '$lib/server/data/progress';
import { assignmentVersion, moveToNewestVersion } from '$lib/server/data/assignment-version';
import {
	countLearnersWithoutAnswers,
	devicePeers,
	removeLearners,
	removeLearnersWithoutAnswers,
	rotateJoinCode
} from '$lib/server/data/learners';
import { services } from '$lib/server/services';
import { finishAttemptsOf, solutionsSeenOnLastAttempt } from '$lib/server/data/attempts';
import { finishOverdue, withTotal } from '$lib/server/reports';
import { gradingMethods, reopenRefused, reopensShownKey } from '$lib/teaching/policy';
import { doneNotice, isId, readForm, typedBack } from '$lib/server/forms';
import { deletedName } from '$lib/server/flash';
import { assignmentNameForm, confirmForm, parseForm, removeSelectedForm, scheduleForm } from '$lib/server/schemas';
import { serverZone, teacherId } from '$lib/server/teacher';
import { availability } from '$lib/teaching/types';
import { formatCode } from '$lib/teaching/codes';
import { copyName } from '$lib/teaching/assignment-name';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = m.t_no_assignment;

async function assignmentOr404(locals: App.Locals, assignmentId: string) {
	const teacher = teacherId(locals);
	const found = isId(assignmentId) ? await findAssignment(await db(), teacher, assignmentId) : undefined;
	if (!found) error(404, NOT_FOUND());
	return { teacher, found };
}

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The QR code as inline SVG, named for screen readers as an image of the link. */
async function qrSvg(link: string): Promise<string> {
	const svg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(m.t_qr_label({ link }))}" `);
}

/** Read per request, in its language. */
const notices = () => ({
	closed: m.t_n_closed(),
	opened: m.t_n_opened(),
	scheduled: m.t_n_scheduled(),
	code: m.t_n_code(),
	removed: m.t_n_removed(),
	renamed: m.t_n_renamed(),
	copied: m.t_n_copied(),
	moved: m.t_n_moved()
});

/** "Ben was deleted": by name when the teacher's own cookie has it (it is never read from the URL). */
const deletedNotice = (name: string | undefined) => (name ? m.t_n_deleted_named({ name }) : m.t_n_deleted());

export const load: PageServerLoad = async ({ locals, params, url, depends, cookies }) => {
	depends('app:progress');
	const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
	const store = await db();
	const module = await moduleAt(store, found.moduleId, found.moduleVersion);
	const link = `${url.origin}/join/${found.code}`;
	await finishOverdue(store, found);
	const progress = await assignmentProgress(store, found.id, found.grading);
	const peers = await devicePeers(store, found.id);
	const roster = {
		cap: (await services()).rosterCap,
		withoutAnswers: await countLearnersWithoutAnswers(store, teacher, found.id)
	};
	return {
		assignment: {
			id: found.id,
			classId: found.classId,
			className: found.className,
			moduleId: found.moduleId,
			name: found.name,
			/** What the duplicate form offers as the copy's name. */
			copyName: copyName(found.name, m.t_copy_suffix()),
			moduleTitle: module?.title ?? goneTitle(found.moduleId),
			/** An authored module's version the assignment answers; null for a file module. */
			moduleVersion: found.moduleVersion,
			/** That version, the newest the teacher may move it to, and whether a learner has started it. */
			version: await assignmentVersion(store, teacher, found.id),
			moduleExists: module !== undefined,
			opensAt: found.opensAt,
			closesAt: found.closesAt,
			attemptsAllowed: found.attemptsAllowed,
			review: found.review,
			grading: gradingMethods[found.grading](),
			state: availability(found),
			/** Closed, and its closing showed the solutions: it is not opened again. */
			final: reopensShownKey(found, { opensAt: null, closesAt: null, attemptsAllowed: found.attemptsAllowed })
		},
		code: formatCode(found.code),
		/* Letter by letter, so a screen reader spells the code instead of guessing a word. */
		spelled: formatCode(found.code)
			.split('-')
			.map((group) => [...group].join(' '))
			.join(', '),
		link,
		/* Shorter to type from a projector than the link with the code in it. */
		joinPage: `${url.host}/join`,
		qr: await qrSvg(link),
		items: module?.items.length ?? 0,
		progress: progress.map((p) => ({
			...withTotal(module, p, availability(found) === 'closed'),
			sameDevice: peers.get(p.id) ?? []
		})),
		summary: summarize(progress),
		roster,
		projector: url.searchParams.has('projector'),
		done: doneNotice(url, { ...notices(), deleted: deletedNotice(deletedName(cookies, found.id)) }),
		zone: serverZone()
	};
};

export const actions: Actions = {
	/**
	 * Closes the assignment now; a later opening time no longer applies. Attempts
	 * not submitted are finished as they stand: closing shows the solutions, so
	 * no answer may change after it.
	 */
	close: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'close', message: form.message });
		const now = new Date();
		const opensAt = found.opensAt && new Date(found.opensAt) > now ? null : found.opensAt;
		const store = await db();
		await updateAssignmentSchedule(store, teacher, found.id, { opensAt, closesAt: now.toISOString() });
		await finishAttemptsOf(store, found.id);
		redirect(303, `/teach/assignments/${found.id}?done=closed`);
	},

	/**
	 * Opens the assignment now and until the teacher closes it: no closing time,
	 * no later opening time. Refused for a closed assignment whose closing showed
	 * the solutions.
	 */
	reopen: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'reopen', message: form.message });
		const opensAt = found.opensAt && new Date(found.opensAt) > new Date() ? null : found.opensAt;
		if (reopensShownKey(found, { opensAt, closesAt: null, attemptsAllowed: found.attemptsAllowed })) {
			return fail(409, { action: 'reopen', message: reopenRefused() });
		}
		await updateAssignmentSchedule(await db(), teacher, found.id, { opensAt, closesAt: null });
		redirect(303, `/teach/assignments/${found.id}?done=opened`);
	},

	/** Changes when learners can answer and how many attempts they get. */
	schedule: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'schedule', message: form.message });
		const parsed = parseForm(scheduleForm, form.data);
		if (!parsed.ok) {
			const values = typedBack(form.data, ['opensAt', 'closesAt', 'attemptsAllowed'], ['opensAt', 'closesAt']);
			return fail(400, { action: 'schedule', message: parsed.message, values });
		}
		const values = () => typedBack(form.data, ['opensAt', 'closesAt', 'attemptsAllowed'], ['opensAt', 'closesAt']);
		if (reopensShownKey(found, parsed.value)) {
			return fail(409, { action: 'schedule', message: reopenRefused(), values: values() });
		}
		const store = await db();
		if (parsed.value.attemptsAllowed > found.attemptsAllowed && (await solutionsSeenOnLastAttempt(store, found))) {
			return fail(409, { action: 'schedule', message: m.t_more_attempts_refused(), values: values() });
		}
		await updateAssignmentSchedule(store, teacher, found.id, parsed.value);
		// A closing time moved into the past closes it now: the same as Close.
		if (availability(parsed.value) === 'closed') await finishAttemptsOf(store, found.id);
		redirect(303, `/teach/assignments/${found.id}?done=scheduled`);
	},

	/** A new name; nothing changes if it is refused. */
	rename: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'rename', message: form.message });
		const parsed = parseForm(assignmentNameForm, form.data);
		if (!parsed.ok)
			return fail(400, { action: 'rename', message: parsed.message, values: typedBack(form.data, ['name']) });
		if (!(await renameAssignment(await db(), teacher, found.id, parsed.value.name))) error(404, NOT_FOUND());
		redirect(303, `/teach/assignments/${found.id}?done=renamed`);
	},

	/** A copy with the same module and settings, a new code, no learners and no times (data/classes.ts says why); then its page. */
	duplicate: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'duplicate', message: form.message });
		const parsed = parseForm(assignmentNameForm, form.data);
		if (!parsed.ok)
			return fail(400, { action: 'duplicate', message: parsed.message, values: typedBack(form.data, ['name']) });
		// A copy of a module no longer on the server could never be answered.
		if (!(await moduleAt(await db(), found.moduleId, found.moduleVersion)))
			return fail(409, { action: 'duplicate', message: m.t_module_gone_dup() });
		const copy = await duplicateAssignment(await db(), teacher, found.id, parsed.value.name);
		if (!copy) error(404, NOT_FOUND());
		redirect(303, `/teach/assignments/${copy.id}?done=copied`);
	},

	delete: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'delete', message: form.message });
		const parsed = parseForm(confirmForm, form.data);
		if (!parsed.ok) return fail(400, { action: 'delete', message: parsed.message });
		await deleteAssignment(await db(), teacher, found.id);
		redirect(303, `/teach/classes/${found.classId}`);
	},

	/**
	 * Moves an assignment of an authored module that nobody has started to the module's newest version
	 * (data/assignment-version.ts); refused once a learner has started it, meanwhile included.
	 */
	moveToNewestVersion: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'moveToNewestVersion', message: form.message });
		const moved = await moveToNewestVersion(await db(), teacher, found.id);
		if (!moved.ok && moved.reason === 'not-found') error(404, NOT_FOUND());
		if (!moved.ok && moved.reason === 'started') {
			return fail(409, { action: 'moveToNewestVersion', message: m.t_av_refused_started() });
		}
		if (!moved.ok) return fail(400, { action: 'moveToNewestVersion', message: m.t_av_file_module() });
		redirect(303, `/teach/assignments/${found.id}?done=moved`);
	},

	/** A new join code, for when the old one has leaked: the old one no longer lets anyone join. */
	newCode: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'newCode', message: form.message });
		const parsed = parseForm(confirmForm, form.data);
		if (!parsed.ok)
			return fail(400, {
				action: 'newCode',
				message: m.t_confirm_new_code()
			});
		if (!(await rotateJoinCode(await db(), teacher, found.id))) error(404, NOT_FOUND());
		redirect(303, `/teach/assignments/${found.id}?done=code`);
	},

	/** Removes every learner who has not answered anything: what a flood of made-up names leaves. */
	removeUnanswered: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'removeUnanswered', message: form.message });
		const parsed = parseForm(confirmForm, form.data);
		if (!parsed.ok)
			return fail(400, {
				action: 'removeUnanswered',
				message: m.t_confirm_remove()
			});
		await removeLearnersWithoutAnswers(await db(), teacher, found.id);
		redirect(303, `/teach/assignments/${found.id}?done=removed`);
	},

	/** Removes the learners ticked in the list, with their answers. */
	removeSelected: async ({ locals, params, request }) => {
		const { teacher, found } = await assignmentOr404(locals, params.assignmentId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'removeSelected', message: form.message });
		const parsed = parseForm(removeSelectedForm, form.data, ['learner']);
		if (!parsed.ok) return fail(400, { action: 'removeSelected', message: parsed.message });
		const removed = await removeLearners(await db(), teacher, found.id, parsed.value.learner);
		if (removed === 0) {
			return fail(400, {
				action: 'removeSelected',
				message: m.t_none_removed()
			});
		}
		redirect(303, `/teach/assignments/${found.id}?done=removed`);
	}
};
