import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/app';
import { createModule, emptyWorkingCopy } from '$lib/server/data/authored-modules';
import { detailsForm } from '$lib/server/authoring/editor-forms';
import { readForm } from '$lib/server/forms';
import { parseForm } from '$lib/server/schemas';
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

/* A new module: its title first, then the editor for everything else. */

export const load: PageServerLoad = async ({ locals }) => {
	teacherId(locals);
	return {};
};

const titleForm = v.object({ title: detailsForm.entries.title });

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const teacher = teacherId(locals);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { title: '', message: form.message });
		const parsed = parseForm(titleForm, form.data);
		const typed = String(form.data.get('title') ?? '').slice(0, 200);
		if (!parsed.ok) return fail(400, { title: typed, message: parsed.message });
		const created = await createModule(await db(), teacher, emptyWorkingCopy(parsed.value.title));
		if (!created.ok) return fail(400, { title: typed, message: m.t_ed_not_created() });
		redirect(303, `/teach/modules/${created.module.id}/edit`);
	}
};
