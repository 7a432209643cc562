import { describe, expect, it } from 'vitest';
import { documentOf } from './report-links';

describe('documentOf', () => {
	const ids = ['de', 'de-x', 'es'];

	it('names the report of the switch’s links and of links to a place in a report', () => {
		expect(documentOf('#doc-es', ids)).toBe('es');
		expect(documentOf('#de-t140', ids)).toBe('de');
		expect(documentOf('#de-x-t3', ids)).toBe('de-x');
		expect(documentOf('#doc-de-x', ids)).toBe('de-x');
	});

	it('names none for other links, unknown reports and other pages', () => {
		expect(documentOf('#feedback', ids)).toBeNull();
		expect(documentOf('#question', ids)).toBeNull();
		expect(documentOf('#fr-t1', ids)).toBeNull();
		expect(documentOf('#de-tx', ids)).toBeNull();
		expect(documentOf('/modules/m/items/2', ids)).toBeNull();
		expect(documentOf('/modules/m/items/2#de-t1', ids)).toBeNull();
		expect(documentOf(null, ids)).toBeNull();
		expect(documentOf('', ids)).toBeNull();
		expect(documentOf('#%E0%A4%A', ids)).toBeNull();
	});
});
