import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_CACHE_CONTROL, SHOWS_RESUME_CODE, showsSecret } from './secret-pages';
import { withSecurityHeaders } from './security-headers';

const ROUTES = join(process.cwd(), 'src', 'routes');

/** Every +page.server.ts and +layout.server.ts under src/routes, with SvelteKit's route id of its folder. */
function serverFiles(folder = ROUTES): Array<{ id: string; file: string; text: string }> {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return serverFiles(path);
		if (!/^\+(page|layout)\.server\.ts$/.test(entry.name)) return [];
		const id = `/${relative(ROUTES, folder).split(sep).join('/')}`.replace(/\/$/, '') || '/';
		return [{ id, file: entry.name, text: readFileSync(path, 'utf8') }];
	});
}

describe('pages that show a secret', () => {
	it('lists every page whose data carries a learner’s resume code, and no layout carries one', () => {
		const carrying = serverFiles().filter(({ text }) => /\bresumeCode\s*:/.test(text));
		// The three known today: a file found here is the test reading the routes, not an empty list passing.
		expect(carrying.length).toBeGreaterThanOrEqual(3);
		for (const { id, file } of carrying) {
			// A layout's data goes with every page below it: list those pages, or keep the code out of the layout.
			expect(file, id).toBe('+page.server.ts');
			expect(SHOWS_RESUME_CODE.has(id), `${id} shows a resume code: list it in secret-pages.ts`).toBe(true);
		}
		for (const id of SHOWS_RESUME_CODE) expect(carrying.map((c) => c.id)).toContain(id);
	});

	it('marks their responses not to be transformed, data and redirects included, and no other page’s', () => {
		const url = new URL('http://127.0.0.1:3000/a/KMX479/summary');
		const data = () =>
			new Response('{}', { headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' } });
		expect(showsSecret('/a/[code]/summary')).toBe(true);
		expect(withSecurityHeaders(data(), url, true).headers.get('cache-control')).toBe(SECRET_CACHE_CONTROL);
		const redirect = withSecurityHeaders(Response.redirect('http://127.0.0.1:3000/join', 303), url, true);
		expect(redirect.headers.get('cache-control')).toBe(SECRET_CACHE_CONTROL);
		expect(showsSecret('/a/[code]/items/[n]')).toBe(false);
		expect(showsSecret(null)).toBe(false);
		expect(withSecurityHeaders(data(), url, false).headers.get('cache-control')).toBe('private, no-store');
	});
});
