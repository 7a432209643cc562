import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_NAME_MAX, copyName, defaultAssignmentName, formatDay, isTimeZone } from './assignment-name';

describe('defaultAssignmentName', () => {
	it('is the module’s title and the day, in the teacher’s time zone', () => {
		// 23:30 UTC on 1 December is already 2 December in Berlin, still 1 December in New York.
		const late = '2026-12-01T23:30:00.000Z';
		expect(defaultAssignmentName('Two reports', late, 'Europe/Berlin')).toBe('Two reports · 2 Dec 2026');
		expect(defaultAssignmentName('Two reports', late, 'America/New_York')).toBe('Two reports · 1 Dec 2026');
		expect(formatDay(late, 'UTC')).toBe('1 Dec 2026');
	});

	it('shortens a long title so that the name fits, keeping the day', () => {
		const name = defaultAssignmentName('x'.repeat(200), '2026-12-01T10:00:00.000Z', 'UTC');
		expect(name).toHaveLength(ASSIGNMENT_NAME_MAX);
		expect(name.endsWith('x… · 1 Dec 2026')).toBe(true);
	});
});

describe('copyName', () => {
	it('adds “(copy)”, shortening the original to fit, never splitting a character', () => {
		expect(copyName('Week 3')).toBe('Week 3 (copy)');
		const long = copyName('😀'.repeat(100));
		expect(long.length).toBeLessThanOrEqual(ASSIGNMENT_NAME_MAX);
		expect(long).toMatch(/^(😀)+… \(copy\)$/u);
	});
});

describe('isTimeZone', () => {
	it('knows IANA zones and refuses anything else', () => {
		expect(isTimeZone('Europe/Berlin')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
		expect(isTimeZone('Europe/Berlin'.repeat(10))).toBe(false);
	});
});
