import { describe, expect, it } from 'vitest';
import { modules } from './content';
import { modulePreview } from './preview';
import { segments } from '$lib/quiz/segments';

/*
 * The teacher's preview marks every answer's evidence in the reports: each mark
 * carries its question's number where it starts, visibly ("Q3") and for screen
 * readers ("Question 3: evidence"), so that overlapping marks can be traced.
 */

describe('modulePreview', () => {
	const module = modules()[0];
	const preview = modulePreview(module);

	it('tags every mark with the number of its question', () => {
		expect(preview.highlights.length).toBeGreaterThan(0);
		for (const h of preview.highlights) {
			const n = Number(/^Question (\d+): (evidence|loaded)$/.exec(h.label)?.[1]);
			expect(h.tag, h.label).toBe(`Q${n}`);
		}
	});

	it('shows each question’s tag once where its marks start, in the reports’ text', () => {
		const shown = new Set<string>();
		for (const doc of module.sources) {
			for (const paragraph of doc.paragraphs) {
				for (const piece of segments(paragraph, preview.highlights, doc.id)) {
					expect(new Set(piece.tags).size, piece.text).toBe(piece.tags.length);
					expect(piece.tags.length <= piece.starts.length, piece.text).toBe(true);
					piece.tags.forEach((tag) => shown.add(tag));
				}
			}
		}
		expect(shown).toEqual(new Set(preview.highlights.map((h) => h.tag)));
	});
});
