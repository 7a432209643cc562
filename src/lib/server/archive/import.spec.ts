import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ModuleSource } from '$lib/modules/source';
import { fileModuleSource } from './file-module';
import { importFiles, importZip } from './import';
import { limits } from './limits';
import { declareSize, entriesOf, zipOf } from './archive-test-helpers';

const fixture = (await fileModuleSource('library-closure')) as ModuleSource;
const id = fixture.id;

/** The problems an archive is refused with; fails the test if it is accepted. */
function refused(zip: Uint8Array): string[] {
	const result = importZip(zip);
	if (result.ok) throw new Error('the archive was accepted');
	return result.problems;
}

describe('importZip refuses', () => {
	it('an archive over the size limit, by its length alone (50 MB)', () => {
		const huge = new Uint8Array(50 * 1024 * 1024);
		huge.set(zipOf(entriesOf(fixture)), huge.length - 20_000);
		// Any read of the bytes themselves, rather than of their length, fails the test.
		const untouched = new Proxy(huge, {
			get: (target, name) => {
				if (name === 'byteLength') return target.byteLength;
				throw new Error(`read ${String(name)} of a 50 MB archive`);
			}
		});
		expect(refused(untouched)).toEqual(['The archive is 50 MB; the limit is 10 MB.']);
	});

	it('a zip bomb that declares its size', () => {
		const bomb = new Uint8Array(30 * 1024 * 1024);
		const problems = refused(zipOf(entriesOf(fixture, { [`${id}/documents/bomb.txt`]: bomb })));
		expect(problems).toContainEqual(
			expect.stringMatching(/"library-closure\/documents\/bomb.txt" unpacks to 30 MB; a file may have at most 5 MB/)
		);
		expect(problems).toContainEqual(expect.stringMatching(/unpacks to 30 MB; a module may have at most 20 MB/));
	});

	it('a file that packs too well, as a bomb does, under the size limits', () => {
		const problems = refused(zipOf(entriesOf(fixture, { [`${id}/documents/zeros.txt`]: new Uint8Array(1024 * 1024) })));
		expect(problems).toEqual([
			expect.stringMatching(/zeros.txt" unpacks to \d+ times its packed size, as a zip bomb does/)
		]);
	});

	it('a zip bomb that lies about its size, stopped at the declared size', () => {
		const zip = zipOf(entriesOf(fixture, { [`${id}/documents/liar.txt`]: new Uint8Array(4 * 1024 * 1024) }));
		const lying = declareSize(zip, `${id}/documents/liar.txt`, 1000);
		expect(refused(lying)).toEqual([
			`"${id}/documents/liar.txt" does not unpack to the size it declares: a damaged archive or a zip bomb.`
		]);
	});

	it('too many files', () => {
		const many = Object.fromEntries(
			Array.from({ length: limits.files + 1 }, (_, n) => [`${id}/documents/d${n}.txt`, 'x'])
		);
		expect(refused(zipOf(many))).toEqual([
			`The archive holds ${limits.files + 1} files; a module has at most ${limits.files}.`
		]);
	});

	it.each([
		['../evil.txt', /leaves its folder/],
		[`${id}/../../evil.txt`, /leaves its folder/],
		['/etc/passwd', /an absolute path/],
		[`${id}\\key.ts`, /a backslash/],
		['C:/evil.txt', /a drive letter/],
		[`${id}//key.ts`, /an empty or "." part/]
	])('path traversal: %s', (path, message) => {
		expect(refused(zipOf(entriesOf(fixture, { [path]: 'x' })))).toEqual([expect.stringMatching(message)]);
	});

	it('a symbolic link', () => {
		const link: [Uint8Array, { os: number; attrs: number }] = [
			strToU8('/etc/passwd'),
			{ os: 3, attrs: (0o120777 << 16) >>> 0 }
		];
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/documents/link.txt`]: link })))).toEqual([
			`"${id}/documents/link.txt" is a symbolic link; an archive of a module holds only files.`
		]);
	});

	it('an unexpected file, a missing one, two folders', () => {
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/run.js`]: 'alert(1)' })))).toEqual([
			expect.stringMatching(/^quizzes\/library-closure\/run.js: an unexpected file/)
		]);
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/intro.svx`]: null })))).toEqual([
			`quizzes/${id}/intro.svx: missing`
		]);
		expect(refused(zipOf(entriesOf(fixture, { 'other/key.ts': 'x' })))).toEqual([
			expect.stringMatching(/holds one folder.*2 folders \(library-closure, other\)/)
		]);
	});

	it('text that is not UTF-8', () => {
		const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/documents/gazette.txt`]: latin1 })))).toEqual([
			`quizzes/${id}/documents/gazette.txt: not UTF-8 text; save it as UTF-8`
		]);
	});

	it('a script, an inline style or a handler in the prose, naming the file', () => {
		const problems = refused(
			zipOf(
				entriesOf(fixture, {
					[`${id}/intro.svx`]: '## Hello\n\n<script>alert(1)</script>\n',
					[`${id}/debrief.svx`]: 'Some <span style="color: red">red</span> words.\n',
					[`${id}/teacher-notes.svx`]: 'Notes <img src="x" onerror="alert(1)">\n'
				})
			)
		);
		expect(problems).toEqual([
			`quizzes/${id}/intro.svx: line 3: raw HTML (<script>alert(1)</script>) is not allowed in the prose; write Markdown instead`,
			`quizzes/${id}/debrief.svx: line 1: raw HTML (<span style="color: red">) is not allowed in the prose; write Markdown instead`,
			`quizzes/${id}/debrief.svx: line 1: raw HTML (</span>) is not allowed in the prose; write Markdown instead`,
			`quizzes/${id}/teacher-notes.svx: line 1: raw HTML (<img src="x" onerror="alert(1)">) is not allowed in the prose; write Markdown instead`
		]);
	});

	it.each([
		[
			'code',
			`import { defineModule } from '$lib/modules/module';\nexport default defineModule(process.exit(1));\n`,
			/must be plain data \(.*\) \(line 2\)/
		],
		[
			'a computed value',
			`import { defineModule } from '$lib/modules/module';\nexport default defineModule({\n\ttitle: 'a' + 'b'\n});\n`,
			/must be plain data .* \(line 3\)/
		],
		[
			'a template literal',
			`import { defineModule } from '$lib/modules/module';\nexport default defineModule({ title: \`x\` });\n`,
			/must be plain data/
		],
		['another import', `import fs from 'node:fs';\nexport default defineModule({});\n`, /not a module key/],
		[
			'code after the key',
			`import { defineModule } from '$lib/modules/module';\nexport default defineModule({});\nfetch('x');\n`,
			/must be plain data/
		],
		[
			'a prototype name',
			`import { defineModule } from '$lib/modules/module';\nexport default defineModule({ "__proto__": { x: 1 } });\n`,
			/may not use the name "__proto__"/
		]
	])('a key.ts that is not a data literal: %s', (_, key, message) => {
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/key.ts`]: key })))).toEqual([expect.stringMatching(message)]);
	});

	it('a key with module fields of the wrong shape', () => {
		const key = `import { defineModule } from '$lib/modules/module';\nexport default defineModule({ title: '', summary: 's', minutes: 'five', sources: [], speakers: {}, items: [] });\n`;
		expect(refused(zipOf(entriesOf(fixture, { [`${id}/key.ts`]: key })))).toEqual([
			`quizzes/${id}/key.ts: "title" is empty`,
			`quizzes/${id}/key.ts: "minutes" must be a number`,
			`quizzes/${id}/key.ts: "sources" must be a list with at least one entry`,
			`quizzes/${id}/key.ts: "items" is empty: a module needs at least one item`
		]);
	});

	it('a key the compile step refuses, with the message quizzes:check gives', () => {
		const bad = structuredClone(fixture.key);
		(bad.items[0] as { speaker: string }).speaker = 'nobody';
		(bad.items[1] as { evidence: Array<{ quote: string }> }).evidence[0].quote = 'Their unoin said';
		const problems = refused(zipOf(entriesOf({ ...fixture, key: bad })));
		expect(problems).toContainEqual(
			expect.stringMatching(/^quizzes\/library-closure\/key.ts: item holt-quote \(attribution\): .*nobody/)
		);
		expect(problems).toContainEqual(
			'quizzes/library-closure/key.ts: item union-count (attribution): evidence 1: quote "Their unoin said" is not in the document; closest match: "Their union said"'
		);
	});

	it('a key whose item is malformed inside, without throwing', () => {
		const bad = structuredClone(fixture.key);
		(bad.items[0] as unknown as { statement: unknown }).statement = 42;
		expect(refused(zipOf(entriesOf({ ...fixture, key: bad })))).toEqual([
			expect.stringMatching(/^quizzes\/library-closure\/key.ts: /)
		]);
	});

	it('nothing a zip tool adds: folder entries and Unix file modes are fine', () => {
		const unix = (text: string): [Uint8Array, { os: number; attrs: number }] => [
			strToU8(text),
			{ os: 3, attrs: (0o100644 << 16) >>> 0 }
		];
		const entries = Object.fromEntries(
			Object.entries(entriesOf(fixture)).map(([path, text]) => [path, unix(text as string)])
		);
		const zip = zipSync({ ...entries, [`${id}`]: {}, [`${id}/documents`]: {} });
		expect(Object.keys(unzipSync(zip))).toContain(`${id}/documents/`);
		const result = importZip(zip);
		expect(result.ok || result.problems).toBe(true);
	});

	it('a file whose bytes do not match its checksum', () => {
		const stored = zipSync(
			Object.fromEntries(Object.entries(entriesOf(fixture)).map(([path, text]) => [path, strToU8(text as string)])),
			{ level: 0 }
		);
		const damaged = stored.slice();
		const at = new TextDecoder('latin1').decode(damaged).indexOf('Mayor Dana Holt defended');
		damaged[at] = 'N'.charCodeAt(0);
		expect(refused(damaged)).toEqual([`"${id}/documents/courier.txt" is damaged (its checksum does not match).`]);
	});

	it('what is not a zip', () => {
		expect(refused(strToU8('hello'))).toEqual(['The file is not a .zip archive.']);
	});
});

describe('importFiles (a folder)', () => {
	it('takes a folder’s files and makes the same checks', () => {
		const files = Object.entries(entriesOf(fixture)).map(([path, text]) => ({ path, bytes: strToU8(text as string) }));
		const result = importFiles(files);
		expect(result.ok && result.source.id).toBe(id);
		const traversal = importFiles([...files, { path: '../x.txt', bytes: strToU8('x') }]);
		expect(traversal).toEqual({ ok: false, problems: [expect.stringMatching(/leaves its folder/)] });
		const big = importFiles([
			...files,
			{ path: `${id}/documents/big.txt`, bytes: new Uint8Array(limits.fileBytes + 1) }
		]);
		expect(big).toEqual({
			ok: false,
			problems: [expect.stringMatching(/big.txt" is 5 MB; a file may have at most 5 MB/)]
		});
	});

	it('passes over what Finder and Explorer add', () => {
		const files = Object.entries(entriesOf(fixture)).map(([path, text]) => ({ path, bytes: strToU8(text as string) }));
		const cluttered = [
			...files,
			{ path: `${id}/.DS_Store`, bytes: new Uint8Array([0, 1]) },
			{ path: `__MACOSX/${id}/._key.ts`, bytes: new Uint8Array([0]) }
		];
		expect(importFiles(cluttered).ok).toBe(true);
	});
});
