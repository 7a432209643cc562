import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModule } from '$lib/modules/compile';
import type { AnyModuleKey } from '$lib/modules/module';
import { draftModule } from './draft';
import { readDocument } from './document';
import { writeDraftFolder } from './out';
import { all } from './fixtures';

const dir = join(mkdtempSync(join(tmpdir(), 'draft-out-')), 'ferry');
const draft = draftModule(all);
const written = writeDraftFolder(dir, all, draft);
const keyText = readFileSync(join(dir, 'key.ts'), 'utf8');
const key = JSON.parse(keyText.slice(keyText.indexOf('defineModule(') + 13, keyText.lastIndexOf(')'))) as AnyModuleKey;
const documents = Object.fromEntries(
	all.map(({ id }) => [id, readFileSync(join(dir, 'documents', `${id}.txt`), 'utf8')])
);

describe('quizzes:draft --out', () => {
	it('writes a module folder: documents, key and the three prose files', () => {
		expect(readdirSync(dir).sort()).toEqual(['debrief.svx', 'documents', 'intro.svx', 'key.ts', 'teacher-notes.svx']);
		expect(written).toHaveLength(7);
		expect(keyText).toMatch(/^import \{ defineModule \} from '\$lib\/modules\/module';/);
	});

	it('keeps every document’s body exactly, adding front matter only where there is none', () => {
		for (const { id, raw } of all) expect(readDocument(id, documents[id]).body).toBe(readDocument(id, raw).body);
		expect(documents['ferry-a']).toBe(all[0].raw);
		expect(documents['ferry-b']).toMatch(/^---\ntitle: "Gull Island ferry to stop in March"\noutlet: unknown\n/);
	});

	it('writes a key the compile step accepts, with items of four kinds', () => {
		const prose = (name: string) => readFileSync(join(dir, `${name}.svx`), 'utf8');
		const result = compileModule({
			id: 'ferry',
			key,
			documents,
			prose: { intro: prose('intro'), debrief: prose('debrief'), teacherNotes: prose('teacher-notes') }
		});
		expect(result.ok ? [] : result.problems).toEqual([]);
		expect(new Set(key.items.map((item) => item.kind)).size).toBe(4);
		expect(key.items.every((item) => /^Drafted/.test((item as { explanation: string }).explanation))).toBe(true);
	});

	it('refuses a folder that is not empty', () => {
		expect(() => writeDraftFolder(dir, all, draft)).toThrow(/not empty/);
	});
});
