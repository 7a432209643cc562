import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { assignmentResults } from '$lib/server/data/results';
import { markBookCsv } from '$lib/server/markbook';
import { csvFileName, teacherAssignment } from '$lib/server/reports';
import { timeZone } from '$lib/server/schemas';
import { serverZone } from '$lib/server/teacher';
import { availability } from '$lib/teaching/types';
import type { RequestHandler } from './$types';

/** The mark book: one row per learner. ?zone= is the teacher's time zone, which the page adds with JavaScript. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const zone = v.safeParse(timeZone, url.searchParams.get('zone') ?? '');
	if (!zone.success) error(400, zone.issues[0].message);
	const results = await assignmentResults(db, assignment.id, assignment.grading);
	const body = markBookCsv(assignment, module, results, {
		zone: zone.output ?? serverZone(),
		closed: availability(assignment) === 'closed'
	});
	return new Response(body, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${csvFileName(assignment, module, 'markbook')}"`,
			// Learners' names and marks: for this teacher's browser only, never a shared cache.
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
