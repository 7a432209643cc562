import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { strToU8, unzipSync } from 'fflate';
import { findModule } from '$lib/server/content';
import { normalize } from '$lib/modules/normalize';
import { fileModuleSource } from './file-module';
import { archiveName, exportModule } from './export';
import { importFiles, importZip } from './import';

/*
 * Export then import gives back the module: the same normalized JSON as `npm run quizzes:check -- --json`
 * prints for it (normalize() is what that command prints), and the same source, byte for byte.
 */

const modules = [
	['putin-press-conference-2021', 'quizzes'],
	['library-closure', 'tests/modules']
] as const;

describe.each(modules)('%s', (id, root) => {
	it('round-trips through a .zip to the same normalized module and the same source', async () => {
		const source = (await fileModuleSource(id))!;
		const zip = exportModule(source);
		const paths = Object.keys(unzipSync(zip)).sort();
		expect(paths).toEqual(
			[
				`${id}/debrief.svx`,
				`${id}/intro.svx`,
				`${id}/key.ts`,
				`${id}/teacher-notes.svx`,
				...source.key.sources.map((doc) => `${id}/documents/${doc}.txt`)
			].sort()
		);
		const imported = importZip(zip);
		if (!imported.ok) throw new Error(imported.problems.join('\n'));
		expect(normalize(imported.module)).toEqual(normalize(findModule(id)!));
		expect(JSON.parse(JSON.stringify(imported.source))).toEqual(JSON.parse(JSON.stringify(source)));
		expect(imported.source.documents).toEqual(source.documents);
		expect(archiveName(id)).toBe(`${id}.zip`);
	});

	it('imports its own folder as written, comments in key.ts and all', () => {
		const folder = `${root}/${id}`;
		const files = ['key.ts', 'intro.svx', 'debrief.svx', 'teacher-notes.svx']
			.map((name) => `${folder}/${name}`)
			.concat(readdirSync(`${folder}/documents`).map((name) => `${folder}/documents/${name}`))
			.map((path) => ({ path: path.slice(root.length + 1), bytes: new Uint8Array(readFileSync(path)) }));
		const imported = importFiles(files);
		if (!imported.ok) throw new Error(imported.problems.join('\n'));
		expect(normalize(imported.module)).toEqual(normalize(findModule(id)!));
		expect(imported.source.prose.intro).toBe(readFileSync(`${folder}/intro.svx`, 'utf8'));
	});
});

it('a teacher’s module with awkward text round-trips too', async () => {
	const source = (await fileModuleSource('library-closure'))!;
	const key = structuredClone(source.key);
	key.title = `It's "quoted", ‘curly’ and \\ slashed`;
	key.speakers = {
		...key.speakers,
		'white-house': { name: 'The White House', description: 'A speaker id with a hyphen' }
	};
	const awkward = {
		...source,
		id: 'awkward-1',
		key,
		prose: { ...source.prose, intro: '# Hi\n\n*Read* `<b>`, `{code}`, {braces} &#38; a < b.\n\n```\n{fenced}\n```\n' }
	};
	const imported = importZip(exportModule(awkward));
	if (!imported.ok) throw new Error(imported.problems.join('\n'));
	expect(imported.source).toEqual(awkward);
	expect(strToU8(imported.source.key.title)).toEqual(strToU8(key.title));
});
