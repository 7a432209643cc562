import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/app';
import { createModule } from '$lib/server/data/authored-modules';
import { importZip } from '$lib/server/archive/import';
import { limits } from '$lib/server/archive/limits';
import { sizeText, uploadLimit } from '$lib/server/body-limit';
import { readForm } from '$lib/server/forms';
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

/*
 * A module's .zip (an export, or a folder of quizzes/ zipped) becomes a new module of the teacher's.
 * Everything is checked before anything is stored: a refused archive leaves nothing behind. The body
 * is read with the archive's own cap; the server's (adapter-node's BODY_SIZE_LIMIT, 512 KB unless set)
 * comes first, and the refusal names the smaller (README "Writing a module in the browser").
 */

export const load: PageServerLoad = async ({ locals }) => {
	teacherId(locals);
	return {};
};

export const actions: Actions = {
	upload: async ({ locals, request }) => {
		const teacher = teacherId(locals);
		const form = await readForm(request, limits.archiveBytes + 64 * 1024, () =>
			m.t_ed_archive_too_large({ max: sizeText(uploadLimit(limits.archiveBytes)) })
		);
		if (!form.ok) return fail(form.status, { message: form.message, problems: [] as string[] });
		const file = form.data.get('archive');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { message: m.t_ed_import_no_file(), problems: [] as string[] });
		}
		const imported = importZip(new Uint8Array(await file.arrayBuffer()));
		if (!imported.ok) return fail(400, { message: m.t_ed_import_refused(), problems: imported.problems });
		const { key, documents, prose } = imported.source;
		const created = await createModule(await db(), teacher, { key, documents, prose });
		if (!created.ok) return fail(400, { message: m.t_ed_import_refused(), problems: [created.problem] });
		redirect(303, `/teach/modules/${created.module.id}/edit`);
	}
};
