import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/app';
import { originIn, teacherCatalog, teacherModule, titleAt } from '$lib/server/catalog';
import { listModules } from '$lib/server/data/module-versions';
import { createAssignment, deleteClass, findClass, listAssignments, renameClass } from '$lib/server/data/classes';
import { doneNotice, isId, readForm, typedBack } from '$lib/server/forms';
import { assignmentForm, classForm, confirmForm, parseForm } from '$lib/server/schemas';
import { serverZone, teacherId } from '$lib/server/teacher';
import { availability } from '$lib/teaching/types';
import { practiceCatalog } from '$lib/server/practice';
import { formatCode } from '$lib/teaching/codes';
import { defaultAssignmentName } from '$lib/teaching/assignment-name';
import { now } from '$lib/teaching/time';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = m.t_no_class;

/** The class if it is this teacher's; anyone else's id is simply not found. */
async function classOr404(locals: App.Locals, classId: string) {
	const teacher = teacherId(locals);
	const found = isId(classId) ? await findClass(await db(), teacher, classId) : undefined;
	if (!found) error(404, NOT_FOUND());
	return { teacher, found };
}

const notices = () => ({ renamed: m.t_notice_class_renamed() });

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { teacher, found } = await classOr404(locals, params.classId);
	const now = new Date();
	const store = await db();
	const assignments = await listAssignments(store, teacher, found.id);
	const practised = new Set((await practiceCatalog()).map((m) => m.id));
	const listings = await listModules(store, teacher);
	return {
		klass: found,
		done: doneNotice(url, notices()),
		zone: serverZone(),
		assignments: await Promise.all(
			assignments.map(async (a) => ({
				id: a.id,
				name: a.name,
				moduleTitle: await titleAt(store, a.moduleId, a.moduleVersion),
				/** Whose the module is, at the version the assignment uses, as the catalog says it. */
				moduleOrigin: originIn(listings, { id: a.moduleId, version: a.moduleVersion ?? undefined }),
				code: formatCode(a.code),
				opensAt: a.opensAt,
				closesAt: a.closesAt,
				state: availability(a, now),
				review: a.review,
				attemptsAllowed: a.attemptsAllowed,
				learners: a.learners
			}))
		),
		// Every module the teacher may use; those in public practice are marked, as assigning them pauses their practice.
		modules: (await teacherCatalog(store, teacher)).map((module) => ({
			id: module.id,
			title: module.title,
			version: module.version,
			own: module.own,
			ownerName: module.ownerName,
			practice: practised.has(module.id)
		}))
	};
};

/** What the teacher typed into the assign form, to fill it again when it is refused. */
const typed = (form: FormData) =>
	typedBack(
		form,
		['moduleId', 'name', 'opensAt', 'closesAt', 'attemptsAllowed', 'review', 'grading'],
		['opensAt', 'closesAt']
	);

export const actions: Actions = {
	assign: async ({ locals, params, request }) => {
		const { teacher, found } = await classOr404(locals, params.classId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'assign', message: form.message });
		const values = typed(form.data);
		// Checked first: an unknown module is the likeliest forgery, and deserves its own message.
		const moduleId = form.data.get('moduleId');
		const module = typeof moduleId === 'string' ? await teacherModule(await db(), teacher, moduleId) : undefined;
		if (!module) return fail(400, { action: 'assign', message: m.t_choose_module_offered(), values });
		const parsed = parseForm(assignmentForm, form.data);
		if (!parsed.ok) return fail(400, { action: 'assign', message: parsed.message, values });
		// No name given: the module's title and today's date, in the teacher's zone (their browser's, or the server's without JavaScript).
		const { name, zone, ...settings } = parsed.value;
		const named = name ?? defaultAssignmentName(module.title, now(), zone ?? serverZone());
		// An authored module is assigned at its newest version, which the assignment keeps (README, "Modules in the database").
		const created = await createAssignment(await db(), teacher, found.id, {
			...settings,
			name: named,
			moduleVersion: module.version ?? null
		});
		if (!created) error(404, NOT_FOUND());
		redirect(303, `/teach/assignments/${created.id}`);
	},

	rename: async ({ locals, params, request }) => {
		const { teacher, found } = await classOr404(locals, params.classId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'rename', message: form.message });
		const parsed = parseForm(classForm, form.data);
		if (!parsed.ok) return fail(400, { action: 'rename', message: parsed.message });
		if (!(await renameClass(await db(), teacher, found.id, parsed.value.name))) error(404, NOT_FOUND());
		redirect(303, `/teach/classes/${found.id}?done=renamed`);
	},

	delete: async ({ locals, params, request }) => {
		const { teacher, found } = await classOr404(locals, params.classId);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'delete', message: form.message });
		const parsed = parseForm(confirmForm, form.data);
		if (!parsed.ok) return fail(400, { action: 'delete', message: parsed.message });
		await deleteClass(await db(), teacher, found.id);
		redirect(303, '/teach');
	}
};
