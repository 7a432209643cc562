/// <reference types="node" />
/**
 * The documents must be kept exactly as received: typos, glued words and page
 * furniture are part of what learners examine. Each body is compared byte for
 * byte with a copy of the seed it came from.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/quiz/document';

const read = (path: string) => readFileSync(new URL(path, import.meta.url));

const documents = [
	{
		id: 'es',
		seed: '000_ce13a3a46b6f0309.txt',
		sha256: '0b307cb052ce4d052e728a62feb4a0a0d6624c3835ebfbe26b1930b862ffda14'
	},
	{
		id: 'de',
		seed: '001_8e27b15448b13849.txt',
		sha256: '46190a4167cdd3b135ff312081ae87ceb9764f9063aa6f649956dc6ccdee4336'
	}
];

/** Everything after the line that closes the front matter, as the loader takes it. */
function bodyOf(file: Buffer): Buffer {
	const open = Buffer.from('---\n');
	expect(file.subarray(0, open.length).equals(open)).toBe(true);
	const close = file.indexOf('\n---\n', open.length);
	expect(close).toBeGreaterThan(0);
	return file.subarray(close + '\n---\n'.length);
}

describe.each(documents)('document $id', ({ id, seed, sha256 }) => {
	const file = read(`./documents/${id}.txt`);
	const copy = read(`./seeds/${seed}`);

	it('keeps its seed copy unchanged', () => {
		expect(createHash('sha256').update(copy).digest('hex')).toBe(sha256);
	});

	it('has a body byte-identical to its seed', () => {
		const body = bodyOf(file);
		expect(body.length).toBe(copy.length);
		expect(body.equals(copy)).toBe(true);
	});

	it('is read by the app with that same body', () => {
		const parsed = parseDocument(id, file.toString('utf8'));
		if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
		expect(Buffer.from(parsed.document.body, 'utf8').equals(copy)).toBe(true);
	});
});
