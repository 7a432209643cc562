import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/quiz/document';
import { documentFile, documentParts } from './document-file';

const details = {
	title: 'Bridge reopens after "repairs": a test',
	outlet: 'The Harbour Post: invented',
	origin: 'Written for this test;\nnot a real report',
	language: 'English'
};
// The body as a teacher pasted it: a first line like front matter's, a trailing space, no final newline.
const body = '---\nThe old bridge opened again on Friday. \n\n“It took too long,” said a cyclist.';

describe('documentFile', () => {
	it('is read back by parseDocument with its details and the body byte for byte', () => {
		const parsed = parseDocument('post', documentFile(details, body));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.document.body).toBe(body);
		expect(parsed.document.meta).toEqual({
			title: details.title,
			outlet: details.outlet,
			origin: 'Written for this test; not a real report',
			language: 'English',
			notes: ''
		});
	});

	it('keeps the other front matter when the details change', () => {
		const first = documentFile(details, 'Read more here.', {
			notes: 'kept',
			not_article: [{ quote: 'Read more here.', why: 'a link' }]
		});
		const parts = documentParts(first)!;
		const again = documentFile({ ...parts.details, title: 'New title' }, parts.body, parts.others);
		const parsed = parseDocument('post', again);
		expect(parsed.ok && parsed.document.meta.title).toBe('New title');
		expect(parsed.ok && parsed.document.meta.notes).toBe('kept');
		expect(parsed.ok && parsed.document.asides).toHaveLength(1);
	});

	it('reads nothing from a file without front matter', () => {
		expect(documentParts('just text')).toBeNull();
	});
});
