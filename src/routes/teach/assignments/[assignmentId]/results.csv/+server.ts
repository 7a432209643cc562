import { assignmentResults } from '$lib/server/data/results';
import { csvFileName, resultsCsv, teacherAssignment } from '$lib/server/reports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { db, assignment, module } = await teacherAssignment(locals, params.assignmentId);
	const results = await assignmentResults(db, assignment.id, assignment.grading);
	return new Response(resultsCsv(assignment, module, results), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${csvFileName(assignment, module)}"`,
			// Learners' names and answers: for this teacher's browser only, never a shared cache.
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
