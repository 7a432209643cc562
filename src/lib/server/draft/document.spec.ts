import { describe, expect, it } from 'vitest';
import { idOf, readDocument, spanHolds, spanOf } from './document';
import { ferryA, ferryB } from './fixtures';

describe('readDocument', () => {
	it('starts the body after the front matter and takes its title', () => {
		const doc = readDocument('ferry-a', ferryA);
		expect(doc.body.startsWith('Council to “pause” island ferry')).toBe(true);
		expect(doc.title).toBe('Town council to "pause" island ferry');
	});

	it('takes a file without front matter whole, titled by its first line', () => {
		const doc = readDocument('ferry-b', ferryB);
		expect(doc.body).toBe(ferryB);
		expect(doc.title).toBe('Gull Island ferry to stop in March');
	});

	it('counts words as whole words ("islanders’" and "half-empty" are one each)', () => {
		expect(readDocument('x', 'The islanders’ half-empty boat, 12 seats.').words).toBe(6);
	});

	it('finds the text the front matter marks as not part of the article', () => {
		const doc = readDocument('ferry-a', ferryA);
		expect(doc.asides.map((x) => doc.body.slice(x.start, x.end))).toEqual(['Read more stories']);
	});

	it('names a document by its file name without the extension', () => {
		expect(idOf('quizzes/x/documents/es.txt')).toBe('es');
		expect(idOf('C:\\reports\\ferry-b.md')).toBe('ferry-b');
	});
});

describe('spans', () => {
	it('count UTF-16 code units, so text outside the Basic Multilingual Plane takes two', () => {
		const body = 'A 🚢 sails; “Gull Island”';
		const span = spanOf('x', body, body.indexOf('“'), body.length);
		expect(span.start).toBe(12);
		expect(span.text).toBe('“Gull Island”');
		expect(spanHolds(span, body)).toBe(true);
	});

	it('trim white space at either end', () => {
		expect(spanOf('x', '  the ferry  ', 0, 13)).toEqual({ source: 'x', text: 'the ferry', start: 2, end: 11 });
	});

	it('are caught when their text is not what the body holds there', () => {
		expect(spanHolds({ source: 'x', text: 'ferry', start: 0, end: 5 }, 'Ferry')).toBe(false);
		expect(spanHolds({ source: 'x', text: '', start: 4, end: 9 }, 'Ferry')).toBe(false);
	});
});
