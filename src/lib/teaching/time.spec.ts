import { describe, expect, it } from 'vitest';
import { dateTimeProblem, formatTime, localTimesToIso, toDateTimeLocal } from './time';

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

describe('dateTimeProblem', () => {
	it('finds nothing wrong with a time that exists, as a field or toISOString() writes it', () => {
		const fine = [
			'2026-05-02T10:00',
			'2028-02-29T23:59',
			'2000-01-01T00:00:00',
			'2030-05-02T14:00:00.000Z',
			'2030-05-02T10:00-04:00',
			'2100-12-31T23:59:59.999+14:00'
		];
		for (const value of fine) expect(dateTimeProblem(value), value).toBeNull();
	});
	it('finds a day or an hour that does not exist, which Date.parse would shift', () => {
		const missing = [
			'2026-02-30T10:00',
			'2026-02-29T10:00',
			'1900-02-29T10:00',
			'2026-04-31T10:00',
			'2026-09-31T10:00',
			'2026-11-31T10:00',
			'2026-05-02T24:00',
			'2026-05-02T10:60',
			'2026-05-02T10:00:60',
			'2026-05-02T10:00+15:00',
			'2026-05-02T10:00+01:60'
		];
		for (const value of missing) expect(dateTimeProblem(value), value).toBe('no-such-time');
		// What Date.parse makes of them: the reason for checking each part.
		expect(new Date('2026-02-30T10:00Z').toISOString()).toBe('2026-03-02T10:00:00.000Z');
	});
	it('finds years outside 2000 to 2100, and anything that is not written as a time', () => {
		for (const value of ['0000-01-01T00:00', '1999-12-31T23:59', '2101-01-01T00:00']) {
			expect(dateTimeProblem(value), value).toBe('out-of-range');
		}
		const malformed = ['', '1', '2026-05-02', '2026-05-02 10:00', '2026-5-2T10:00', '+020266-01-01T00:00:00.000Z', '2026-05-02T10:00:00.0000Z'];
		for (const value of malformed) expect(dateTimeProblem(value), value).toBe('not-a-time');
	});
});

describe('localTimesToIso with a time that does not exist', () => {
	it('sends it as typed, for the server to refuse, rather than shifted by the browser', () => {
		const form = new FormData();
		form.set('opensAt', '2026-02-30T10:00');
		form.set('closesAt', '2026-03-01T24:00');
		localTimesToIso(form, ['opensAt', 'closesAt']);
		expect(form.get('opensAt')).toBe('2026-02-30T10:00');
		expect(form.get('closesAt')).toBe('2026-03-01T24:00');
	});
});
