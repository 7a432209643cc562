import { error } from '@sveltejs/kit';
import { originOf, teacherModule } from '$lib/server/catalog';
import { db } from '$lib/server/db/app';
import { modulePreview } from '$lib/server/preview';
import { teacherId } from '$lib/server/teacher';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/*
 * The preview holds the key and the teacher notes: teachers only, checked here as on every teacher page.
 * An authored module at its newest version, or at ?version=n; another teacher's private module is not found.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const version = url.searchParams.get('version');
	const asked = version !== null && /^[1-9][0-9]{0,8}$/.test(version) ? Number(version) : undefined;
	const [store, teacher] = [await db(), teacherId(locals)];
	const module = await teacherModule(store, teacher, params.module, asked);
	if (!module) error(404, m.srv_no_module());
	return { ...modulePreview(module), origin: await originOf(store, teacher, module) };
};
