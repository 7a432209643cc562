import { describe, expect, it } from 'vitest';
import { signupCodeAccepted, signupCodeRequired } from './signup-code';

describe('the teacher sign-up code', () => {
	it('is not asked for when none is configured', () => {
		for (const configured of [undefined, '', '   ']) {
			expect(signupCodeRequired(configured)).toBe(false);
			expect(signupCodeAccepted(configured, '')).toBe(true);
		}
	});

	it('lets a sign-up through only with the configured code (white space around it ignored)', () => {
		expect(signupCodeRequired('staff-room-2026')).toBe(true);
		expect(signupCodeAccepted('staff-room-2026', 'staff-room-2026')).toBe(true);
		expect(signupCodeAccepted('staff-room-2026', '  staff-room-2026 ')).toBe(true);
		for (const wrong of ['', 'staff-room', 'STAFF-ROOM-2026', 'staff-room-2026x']) {
			expect(signupCodeAccepted('staff-room-2026', wrong), wrong).toBe(false);
		}
	});
});
