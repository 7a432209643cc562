import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db/app';
import { teacherCatalog } from '$lib/server/catalog';
import { createClass, listClasses } from '$lib/server/data/classes';
import { listModules } from '$lib/server/data/module-versions';
import { readForm } from '$lib/server/forms';
import { classForm, parseForm } from '$lib/server/schemas';
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	classes: await listClasses(await db(), teacherId(locals)),
	// The teacher's own authored modules, published or not: each opens in the editor.
	ownModules: (await listModules(await db(), teacherId(locals)))
		.filter((module) => module.own)
		.map(({ id, title, version }) => ({ id, title, version })),
	modules: (await teacherCatalog(await db(), teacherId(locals))).map(
		({ id, title, summary, minutes, items, version, own, ownerName }) => ({
			id,
			title,
			summary,
			minutes,
			items,
			version,
			own,
			ownerName
		})
	)
});

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const teacher = teacherId(locals);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { name: '', message: form.message });
		const parsed = parseForm(classForm, form.data);
		if (!parsed.ok) return fail(400, { name: String(form.data.get('name') ?? ''), message: parsed.message });
		const created = await createClass(await db(), teacher, parsed.value.name);
		redirect(303, `/teach/classes/${created.id}`);
	}
};
