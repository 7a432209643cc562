import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCommand } from './cli';
import { ferryA, ferryB } from './fixtures';

function run(argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = draftCommand(argv, { log: (t) => out.push(t), error: (t) => err.push(t) });
	return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'draft-'));
const a = join(dir, 'ferry-a.txt');
const b = join(dir, 'ferry-b.md');
writeFileSync(a, ferryA);
writeFileSync(b, ferryB);

describe('quizzes:draft', () => {
	it('prints one JSON object with --json, and nothing else', () => {
		const { code, out, err } = run(['--json', a, b]);
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

	it('summarises without --json', () => {
		const { code, out } = run([a, b]);
		expect(code).toBe(0);
		expect(out[0]).toMatch(/^ferry-a: “Town council to "pause" island ferry”, \d+ words$/m);
	});

	it('refuses unknown options, missing files and two files of one name, on stderr', () => {
		expect(run(['--jsn', a]).code).toBe(2);
		const missing = run(['--json', join(dir, 'nope.txt')]);
		expect([missing.code, missing.out]).toEqual([2, []]);
		expect(run([a, join(dir, 'x', 'ferry-a.txt')]).err[0]).toMatch(/both be document "ferry-a"/);
		expect(run([]).code).toBe(2);
		expect(run([a, '--out']).err[0]).toMatch(/^--out needs a folder/);
	});

	it('writes a module folder with --out, and with --json also prints the JSON', () => {
		const folder = join(dir, 'module');
		const { code, out, err } = run(['--json', '--out', folder, a, b]);
		expect(code).toBe(0);
		expect(JSON.parse(out[0]).documents).toHaveLength(2);
		expect(err[0]).toMatch(/^wrote 6 files to /);
		expect(run(['--out', folder, a, b])).toMatchObject({ code: 1, err: [expect.stringMatching(/not empty/)] });
	});
});
