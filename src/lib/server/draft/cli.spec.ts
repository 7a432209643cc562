import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCommand } from './cli';
import { draftModule } from './draft';
import { ferryA, ferryB } from './fixtures';

// On this thread: in-worker.spec.ts tests the worker; here the command's own work is what is tested.
const here = async (files: Array<{ id: string; raw: string }>) => ({ ok: true as const, draft: draftModule(files) });

async function run(argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await draftCommand(argv, { log: (t) => out.push(t), error: (t) => err.push(t) }, here);
	return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'draft-'));
const a = join(dir, 'ferry-a.txt');
const b = join(dir, 'ferry-b.md');
writeFileSync(a, ferryA);
writeFileSync(b, ferryB);

describe('quizzes:draft', async () => {
	it('prints one JSON object with --json, and nothing else', async () => {
		const { code, out, err } = await run(['--json', a, b]);
		expect(code).toBe(0);
		expect(err).toEqual([]);
		expect(out).toHaveLength(1);
		const draft = JSON.parse(out[0]);
		expect(Object.keys(draft)).toEqual(['documents', 'speakers', 'items']);
		expect(draft.documents).toEqual([
			{ id: 'ferry-a', title: 'Town council to "pause" island ferry', words: expect.any(Number) },
			{ id: 'ferry-b', title: 'Gull Island ferry to stop in March', words: 86 }
		]);
		for (const item of draft.items) expect(typeof item.kind).toBe('string');
	});

	it('summarises without --json', async () => {
		const { code, out } = await run([a, b]);
		expect(code).toBe(0);
		expect(out[0]).toMatch(/^ferry-a: “Town council to "pause" island ferry”, \d+ words$/m);
	});

	it('refuses unknown options, missing files and two files of one name, on stderr', async () => {
		expect((await run(['--jsn', a])).code).toBe(2);
		const missing = await run(['--json', join(dir, 'nope.txt')]);
		expect([missing.code, missing.out]).toEqual([2, []]);
		expect((await run([a, join(dir, 'x', 'ferry-a.txt')])).err[0]).toMatch(/both be document "ferry-a"/);
		expect((await run([])).code).toBe(2);
		expect((await run([a, '--out'])).err[0]).toMatch(/^--out needs a folder/);
	});

	it('writes a module folder with --out, and with --json also prints the JSON', async () => {
		const folder = join(dir, 'module');
		const { code, out, err } = await run(['--json', '--out', folder, a, b]);
		expect(code).toBe(0);
		expect(JSON.parse(out[0]).documents).toHaveLength(2);
		expect(err[0]).toMatch(/^wrote 6 files to /);
		expect(await run(['--out', folder, a, b])).toMatchObject({ code: 1, err: [expect.stringMatching(/not empty/)] });
	});

	it('says why when the drafter gives an error result, and exits with 1', async () => {
		const err: string[] = [];
		const refuse = async () => ({ ok: false as const, reason: 'too-large' as const, message: 'too long' });
		const code = await draftCommand([a, b], { log: () => {}, error: (t) => err.push(t) }, refuse);
		expect([code, err]).toEqual([1, ['could not draft: too long']]);
	});
});
