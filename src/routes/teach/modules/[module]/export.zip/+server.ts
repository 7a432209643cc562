import { error } from '@sveltejs/kit';
import { archiveName, exportModule } from '$lib/server/archive/export';
import { fileModuleSource } from '$lib/server/archive/file-module';
import { db } from '$lib/server/db/app';
import { findOwnModule } from '$lib/server/data/authored-modules';
import { isId } from '$lib/server/forms';
import { teacherId } from '$lib/server/teacher';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/*
 * The module as a .zip of its folder: the key and the teacher notes are in it, so teachers only, checked here too.
 * A file module for any teacher; an authored module's working copy for its owner only (anyone else: not found).
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const teacher = teacherId(locals);
	const own = isId(params.module) ? await findOwnModule(await db(), teacher, params.module) : undefined;
	const source = own ? { id: own.id, ...own.working } : await fileModuleSource(params.module);
	if (!source) error(404, m.srv_no_module());
	return new Response(new Blob([exportModule(source) as Uint8Array<ArrayBuffer>]), {
		headers: {
			'Content-Type': 'application/zip',
			'Content-Disposition': `attachment; filename="${archiveName(source.id)}"`,
			// The answer key: for this teacher's browser only, never a shared cache.
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
