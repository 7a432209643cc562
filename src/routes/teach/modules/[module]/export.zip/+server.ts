import { error } from '@sveltejs/kit';
import { archiveName, exportModule } from '$lib/server/archive/export';
import { fileModuleSource } from '$lib/server/archive/file-module';
import { teacherId } from '$lib/server/teacher';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/* The module as a .zip of its folder: the key and the teacher notes are in it, so teachers only, checked here too. */
export const GET: RequestHandler = async ({ locals, params }) => {
	teacherId(locals);
	const source = await fileModuleSource(params.module);
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
