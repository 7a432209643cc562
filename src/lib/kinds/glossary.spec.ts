import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modes } from './attribution/types';

/*
 * The kinds link their terms to the glossary page (/glossary#term): every
 * term they link to must be on it, or the link lands at the top of the page.
 */

const glossary = readFileSync('src/routes/glossary/+page.svelte', 'utf8');
const ids = new Set([...glossary.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]));

const views = readdirSync('src/lib/kinds', { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.svelte'))
	.map((file) => readFileSync(join('src/lib/kinds', file), 'utf8'));
const linked = views.flatMap((text) => [...text.matchAll(/<Glossary term="([^"]+)"/g)].map((m) => m[1]));

describe('the glossary', () => {
	it('defines every term a question or feedback links to', () => {
		// That the pattern finds the links at all (fewer since the links before a first control were cut for the skip link).
		expect(linked.length).toBeGreaterThan(3);
		for (const term of linked) expect(ids, term).toContain(term);
	});

	it('defines every way of attribution, which the feedback links by its id', () => {
		for (const mode of Object.keys(modes)) expect(ids, mode).toContain(mode);
	});

	it('defines the terms learners meet undefined (classroom review)', () => {
		for (const id of ['paraphrase', 'reporter-claim', 'loaded', 'outlet', 'asserts-disputes', 'aggregator', 'drop-cap'])
			expect(ids, id).toContain(id);
	});
});
