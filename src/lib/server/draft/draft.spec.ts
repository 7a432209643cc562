import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftModule } from './draft';
import { readDocument, spanHolds, type TextSpan } from './document';
import { all, broken, ferryA, ferryB } from './fixtures';

/** Every span in a drafted value, wherever it sits: anything with source, text, start and end. */
function spansIn(value: unknown): TextSpan[] {
	if (Array.isArray(value)) return value.flatMap(spansIn);
	if (!value || typeof value !== 'object') return [];
	const v = value as Record<string, unknown>;
	const own =
		typeof v.source === 'string' &&
		typeof v.text === 'string' &&
		typeof v.start === 'number' &&
		typeof v.end === 'number'
			? [v as unknown as TextSpan]
			: [];
	return [...own, ...Object.values(v).flatMap(spansIn)];
}

function holdEverywhere(files: Array<{ id: string; raw: string }>) {
	const bodies = new Map(files.map((f) => [f.id, readDocument(f.id, f.raw).body]));
	const draft = draftModule(files);
	const spans = spansIn(draft.items);
	for (const span of spans) {
		const body = bodies.get(span.source);
		expect(body, `span in unknown source ${span.source}`).toBeDefined();
		expect(spanHolds(span, body!), JSON.stringify(span)).toBe(true);
		expect(span.text.trim()).toBe(span.text);
	}
	return { draft, spans };
}

describe('draftModule', () => {
	it('drafts items from the test reports, every span exactly its body’s text', () => {
		const { draft, spans } = holdEverywhere(all);
		expect(draft.documents.map((d) => d.id)).toEqual(['ferry-a', 'ferry-b', 'bakery']);
		expect(draft.items.length).toBeGreaterThan(10);
		expect(spans.length).toBeGreaterThan(draft.items.length);
	});

	it('lists every speaker an item names', () => {
		const { draft } = holdEverywhere(all);
		const listed = new Set([...draft.speakers.map((s) => s.id), 'reporter', 'unnamed', 'outlet']);
		const named = draft.items.flatMap((item) => {
			const x = item as { speaker?: string; whose?: string; asserters?: string[]; disputers?: string[] };
			return [x.speaker, x.whose, ...(x.asserters ?? []), ...(x.disputers ?? [])].filter((id) => id !== undefined);
		});
		expect(named.length).toBeGreaterThan(10);
		expect(named.filter((id) => !listed.has(id))).toEqual([]);
	});

	it('lists speakers with the ways the texts refer to them', () => {
		const { draft } = holdEverywhere(all);
		const brennan = draft.speakers.find((s) => s.id === 'brennan');
		expect(brennan?.name).toBe('Ada Brennan');
		expect(brennan?.mentions).toEqual(expect.arrayContaining(['Mayor Ada Brennan', 'Brennan', 'she']));
		// "Gull Island" looks like a name but neither speaks nor has a title.
		expect(draft.speakers.map((s) => s.id)).not.toContain('island');
	});

	it('survives tokens the model has no lemma for (a counterexample the property below found)', () => {
		const raw = 'Mayor Ada Brennan defended the decision. “We cannot’ “““pay for a boat,” she said.';
		expect(() =>
			holdEverywhere([
				{ id: 'r0', raw },
				{ id: 'r1', raw: 'Council to “pause” ferry' }
			])
		).not.toThrow();
	});

	it('keeps every span exact on reports cut up, joined and sprinkled with stray marks and astral characters', () => {
		const paragraphs = [ferryA, ferryB, broken].flatMap((raw) => readDocument('x', raw).body.split('\n\n'));
		const noise = fc.constantFrom('“', '”', '"', '‘', '’', "'", '🚢', '\n\n', ' ', '—', '\r\n');
		const report = fc
			.tuple(
				fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 6 }),
				fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 })
			)
			.map(([chosen, inserts]) => {
				let text = chosen.join('\n\n');
				for (const [at, ch] of inserts) {
					const i = at % (text.length + 1);
					text = text.slice(0, i) + ch + text.slice(i);
				}
				return text;
			});
		fc.assert(
			fc.property(fc.array(report, { minLength: 2, maxLength: 3 }), (reports) => {
				holdEverywhere(reports.map((raw, n) => ({ id: `r${n}`, raw })));
			}),
			{ numRuns: 60 }
		);
	});
});
