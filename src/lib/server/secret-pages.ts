/*
 * The pages that show a secret, whose every response (the page, its data, its form actions' answers) goes out
 * uncompressed: Cache-Control says `no-transform`, which the `compression` package (scripts/compressing.js) and
 * proxies that compress (Caddy's `encode`) honour. A learner's resume code lets anyone continue as that learner on another
 * device. Compressed, the length of an encrypted response would tell an eavesdropper how well text an attacker slipped
 * into the same response (a learner's name, a module's text) matches the code, a guess at a time (BREACH).
 *
 * Join codes are not counted: every learner's page carries its own in each link, and the teacher shows it to the
 * whole class; it lets a new learner join, which is what it is for. No page shows a teacher's password or session.
 * tests: secret-pages.spec.ts (every route whose data has a resume code is here), tests/compression.test.ts.
 */

/** Route ids (SvelteKit's `event.route.id`) whose data carries a learner's resume code. */
export const SHOWS_RESUME_CODE: ReadonlySet<string> = new Set([
	// Right after joining, once: "Your resume code is …".
	'/a/[code]',
	// The learner's summary and results.
	'/a/[code]/summary',
	// The teacher's page for one learner, with the learner's code to read out, beside the name the learner chose.
	'/teach/assignments/[assignmentId]/learners/[learnerId]'
]);

/** Cache-Control for a secret-bearing response: no cache keeps it, and nothing between compresses it. */
export const SECRET_CACHE_CONTROL = 'private, no-store, no-transform';

/** Whether responses of this route must not be compressed. */
export function showsSecret(routeId: string | null): boolean {
	return routeId !== null && SHOWS_RESUME_CODE.has(routeId);
}
