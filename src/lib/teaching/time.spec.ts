import { describe, expect, it } from 'vitest';
import { formatTime, localTimesToIso, toDateTimeLocal } from './time';

describe('toDateTimeLocal', () => {
	it('gives the datetime-local value of an instant in a time zone', () => {
		expect(toDateTimeLocal('2030-05-02T14:00:00.000Z', 'America/New_York')).toBe('2030-05-02T10:00');
		expect(toDateTimeLocal('2030-05-02T14:00:00.000Z', 'UTC')).toBe('2030-05-02T14:00');
		// Across the date line, and midnight as 00, not 24.
		expect(toDateTimeLocal('2030-12-31T23:30:00.000Z', 'Pacific/Auckland')).toBe('2031-01-01T12:30');
		expect(toDateTimeLocal('2030-05-02T04:00:00.000Z', 'America/New_York')).toBe('2030-05-02T00:00');
	});
	it('is empty for no time, a time that is not one, or a zone that does not exist', () => {
		expect(toDateTimeLocal(null, 'UTC')).toBe('');
		expect(toDateTimeLocal('not a time', 'UTC')).toBe('');
		expect(toDateTimeLocal('2030-05-02T14:00:00.000Z', 'Nowhere/Atlantis')).toBe('');
	});
});

describe('localTimesToIso', () => {
	it('turns the named datetime-local fields into ISO instants and leaves the rest', () => {
		const form = new FormData();
		form.set('opensAt', '2030-05-02T10:00');
		form.set('closesAt', '');
		form.set('attemptsAllowed', '2030-05-02T10:00');
		localTimesToIso(form, ['opensAt', 'closesAt']);
		expect(form.get('opensAt')).toBe(new Date('2030-05-02T10:00').toISOString());
		expect(form.get('closesAt')).toBe('');
		expect(form.get('attemptsAllowed')).toBe('2030-05-02T10:00');
	});
});

describe('formatTime', () => {
	it('formats in the zone given, and falls back to the ISO text for a zone that does not exist', () => {
		expect(formatTime('2030-05-02T14:00:00.000Z', 'America/New_York')).toBe('2 May 2030, 10:00');
		expect(formatTime('2030-05-02T14:00:00.000Z', 'Nowhere/Atlantis')).toBe('2030-05-02T14:00:00.000Z');
	});
});
