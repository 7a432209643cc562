/**
 * Validates every module under quizzes/ and, with --json, prints each one
 * normalized. Run through Vite (scripts/vite-run.js) so that the content is
 * loaded exactly as the app loads it.
 */
import { loadContent } from '$lib/server/content';
import { normalize } from '$lib/modules/normalize';

export function main(argv: string[]): number {
	const { modules, problems } = loadContent();
	if (argv.includes('--json')) {
		console.log(JSON.stringify(modules.map(normalize), null, 2));
	}
	if (problems.length) {
		console.error(`✗ ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
		return 1;
	}
	const items = modules.reduce((n, m) => n + m.items.length, 0);
	console.error(`✓ ${modules.length} module(s), ${items} item(s): every quote resolves`);
	return 0;
}
