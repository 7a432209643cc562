import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import en from '../messages/en.json';
import de from '../messages/de.json';
import { format } from './format';
import { messageArea, teacherArea } from './areas';

const files = { en, de } as Record<'en' | 'de', Record<string, string>>;

describe('the page’s messages', () => {
	it('read in the browser as Paraglide writes them on the server, in each language', () => {
		for (const locale of ['en', 'de'] as const)
			for (const [key, text] of Object.entries(files[locale])) {
				if (key === '$schema') continue;
				const names = [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
				const inputs = Object.fromEntries(names.map((name, n) => [name, `<${name} ${n}>`]));
				const paraglide = (m as unknown as Record<string, (i: object, o: object) => string>)[key];
				expect(format(text, inputs), `${locale}: ${key}`).toBe(paraglide(inputs, { locale }));
			}
	});

	it('a refused form’s messages (srv_) are read on the server only: no component uses one', () => {
		const svelteFiles = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory()
					? svelteFiles(join(dir, entry.name))
					: entry.name.endsWith('.svelte')
						? [join(dir, entry.name)]
						: []
			);
		const users = svelteFiles('src').filter((file) => /\bm\.srv_/.test(readFileSync(file, 'utf8')));
		expect(users).toEqual([]);
		expect(messageArea('srv_enter_code')).toBe('server');
	});

	it('the teacher’s pages, and signing up and in, get the teacher’s messages', () => {
		for (const id of ['/teach', '/teach/classes/[classId]', '/login', '/signup'])
			expect(teacherArea(id), id).toBe(true);
		for (const id of ['/', '/join/[[code]]', '/a/[code]/items/[n]', '/teachers', null])
			expect(teacherArea(id)).toBe(false);
	});
});
