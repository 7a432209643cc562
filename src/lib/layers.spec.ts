import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The libraries stand in layers, each importing only those below it, so that
 * none imports another in a circle: $lib/quiz (documents, tokens, quotes,
 * names) ← $lib/kinds (the item kinds) ← $lib/modules (a module's key,
 * compiled and checked). Tests and their fixtures may reach up a layer.
 */

const layers = ['quiz', 'kinds', 'modules'] as const;
const isTest = (file: string) => /\.(spec|browser)\.ts$|\/fixtures\.ts$/.test(file);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

describe('the layers of src/lib', () => {
	layers.forEach((layer, n) => {
		const above = layers.slice(n + 1);
		it(`${layer} imports nothing from ${[...above, 'server'].join(', ')}`, () => {
			const found = files(`src/lib/${layer}`)
				.filter((file) => !isTest(file))
				.flatMap((file) =>
					[...readFileSync(file, 'utf8').matchAll(/from '\$lib\/([a-z-]+)\//g)]
						.filter((m) => [...above, 'server'].includes(m[1]))
						.map((m) => `${file}: ${m[0]}`)
				);
			expect(found).toEqual([]);
		});
	});
});
