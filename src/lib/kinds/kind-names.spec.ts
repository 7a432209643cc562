import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinds } from './registry';

/*
 * A kind is a folder here and a line in the registries: nothing else in the app,
 * its tests, benchmarks or scripts may name one. Modules' keys (quizzes/,
 * tests/modules/) name the kinds of their items, as content does.
 */

const scanned = ['src', 'tests', 'bench', 'scripts'];
const skipped = ['src/lib/kinds', 'tests/modules', 'tests/.generated', 'node_modules'];
const code = /\.(ts|js|svelte)$/;

function files(dir: string): string[] {
	if (skipped.includes(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return code.test(name) ? [path] : [];
	});
}

/** Every place a kind's name stands as a string of its own: 'attribution', "attribution", `attribution`. */
function namings(text: string): string[] {
	return Object.keys(kinds).flatMap((name) => {
		const quoted = new RegExp(`(['"\`])${name.replace(/[-]/g, '\\-')}\\1`, 'g');
		return [...text.matchAll(quoted)].map((match) => {
			const line = text.slice(0, match.index).split('\n').length;
			return `line ${line}: ${match[0]}`;
		});
	});
}

describe('kind names', () => {
	const all = scanned.flatMap(files);

	it('finds the files it scans', () => {
		expect(all.length).toBeGreaterThan(50);
	});

	it('are named only in src/lib/kinds/ (and in modules’ keys)', () => {
		const found = all.flatMap((file) => namings(readFileSync(file, 'utf8')).map((where) => `${file} ${where}`));
		expect(found).toEqual([]);
	});

	it('would be caught if named', () => {
		const [name] = Object.keys(kinds);
		expect(namings(`if (item.kind === '${name}') {}`)).toHaveLength(1);
	});
});
