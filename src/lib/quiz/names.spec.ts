import { describe, expect, it } from 'vitest';
import { inSentence, moduleNames, speakerName } from './names';
import { outletOf, outletSource } from './types';

const speakers = { putin: { name: 'Vladimir Putin', description: 'President of Russia' } };
const sources = [{ id: 'es' }, { id: 'de' }];

describe('names of parties', () => {
	it('writes a report’s own voice as outlet:<source id>, and reads it back', () => {
		expect(outletOf('de')).toBe('outlet:de');
		expect(outletSource('outlet:de')).toBe('de');
		expect(outletSource('putin')).toBeNull();
		expect(outletSource('outlet')).toBeNull();
	});

	it('names the outlet by its report, on teacher pages and in the CSV', () => {
		const names = moduleNames({ speakers, sources });
		expect(names.speaker('outlet:de')).toBe('The outlet of Report B (the report’s own voice)');
		expect(names.speaker('outlet:es')).toBe('The outlet of Report A (the report’s own voice)');
		expect(names.speaker('putin')).toBe('Vladimir Putin');
		expect(names.speaker('reporter')).toBe('The reporter (no named source)');
	});

	it('names the outlet in the views, given the reports’ names, and never throws on an unknown report', () => {
		expect(speakerName(speakers, 'outlet:de', { es: 'Report A', de: 'Report B' })).toBe(
			'The outlet of Report B (the report’s own voice)'
		);
		expect(speakerName(speakers, 'outlet:toString', {})).toBe('The outlet of toString (the report’s own voice)');
	});

	it('writes a name inside a sentence with a small “the”, and nothing else changed', () => {
		expect(inSentence('The White House')).toBe('the White House');
		expect(inSentence('Theresa May')).toBe('Theresa May');
		expect(inSentence('Vladimir Putin')).toBe('Vladimir Putin');
		expect(inSentence('An unnamed or vague source')).toBe('an unnamed or vague source');
		expect(inSentence('Anne Applebaum')).toBe('Anne Applebaum');
	});
});
