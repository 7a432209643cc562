import { describe, expect, it } from 'vitest';
import { countedAttempt, holdsKeyBack, practiceState, practiceSwitchedOff, reopensShownKey } from './policy';

const attempt = (number: number, score: number, finished = true) => ({
	number,
	score,
	finishedAt: finished ? `2030-01-01T0${number}:00:00.000Z` : null
});

describe('countedAttempt', () => {
	const three = [attempt(1, 2), attempt(2, 5), attempt(3, 3)];

	it('counts the first, the highest-scoring or the last finished attempt', () => {
		expect(countedAttempt('first', three)?.number).toBe(1);
		expect(countedAttempt('highest', three)?.number).toBe(2);
		expect(countedAttempt('last', three)?.number).toBe(3);
	});

	it('gives a tie of the highest score to the earlier attempt, in any order given', () => {
		expect(countedAttempt('highest', [attempt(2, 4), attempt(1, 4)])?.number).toBe(1);
	});

	it('lets only finished attempts compete: an open one never counts while another is finished', () => {
		const open = [attempt(1, 1), attempt(2, 9, false)];
		for (const method of ['first', 'highest', 'last'] as const) expect(countedAttempt(method, open)?.number).toBe(1);
	});

	it('shows a learner with nothing finished by the attempt they are working on, and nothing before any', () => {
		for (const method of ['first', 'highest', 'last'] as const) {
			expect(countedAttempt(method, [attempt(1, 3, false)])?.number).toBe(1);
			expect(countedAttempt(method, [])).toBeUndefined();
		}
	});
});

describe('holdsKeyBack', () => {
	it('is true for deferred feedback, and for feedback after each question with several attempts', () => {
		expect(holdsKeyBack({ review: 'after-submit', attemptsAllowed: 1 })).toBe(true);
		expect(holdsKeyBack({ review: 'after-close', attemptsAllowed: 1 })).toBe(true);
		expect(holdsKeyBack({ review: 'after-item', attemptsAllowed: 2 })).toBe(true);
		expect(holdsKeyBack({ review: 'after-item', attemptsAllowed: 1 })).toBe(false);
	});
});

describe('practiceState', () => {
	const practised = { practice: true };

	it('keeps a module without `practice: true` out of practice altogether', () => {
		expect(practiceState({ practice: false }, undefined, false)).toBe('absent');
		expect(practiceState({ practice: false }, undefined, true)).toBe('absent');
	});

	it('turns all practice off with PRACTICE=off, in any case and with spaces', () => {
		for (const setting of ['off', 'OFF', ' Off ']) {
			expect(practiceSwitchedOff(setting)).toBe(true);
			expect(practiceState(practised, setting, false)).toBe('absent');
		}
		for (const setting of [undefined, '', 'on', 'of', 'false']) expect(practiceSwitchedOff(setting)).toBe(false);
	});

	it('pauses a practised module while an assignment that holds its key back is open, and opens it otherwise', () => {
		expect(practiceState(practised, undefined, true)).toBe('paused');
		expect(practiceState(practised, 'on', false)).toBe('open');
	});
});

describe('reopensShownKey', () => {
	const at = new Date('2030-06-01T12:00:00.000Z');
	const closed = { opensAt: null, closesAt: '2030-06-01T11:00:00.000Z' };
	const reopen = { opensAt: null, closesAt: null };
	const later = { opensAt: null, closesAt: '2030-06-02T11:00:00.000Z' };
	const earlier = { opensAt: null, closesAt: '2030-06-01T10:00:00.000Z' };

	it('refuses opening again a closed assignment that held its key back, by Reopen or a later closing time', () => {
		for (const review of ['after-submit', 'after-close'] as const) {
			const current = { ...closed, review, attemptsAllowed: 1 };
			expect(reopensShownKey(current, { ...reopen, attemptsAllowed: 1 }, at)).toBe(true);
			expect(reopensShownKey(current, { ...later, attemptsAllowed: 1 }, at)).toBe(true);
			// Still closed after the change: nothing opens.
			expect(reopensShownKey(current, { ...earlier, attemptsAllowed: 1 }, at)).toBe(false);
		}
	});

	it('counts several attempts with feedback after each question as holding the key back, before or after the change', () => {
		expect(
			reopensShownKey({ ...closed, review: 'after-item', attemptsAllowed: 2 }, { ...reopen, attemptsAllowed: 2 }, at)
		).toBe(true);
		expect(
			reopensShownKey({ ...closed, review: 'after-item', attemptsAllowed: 1 }, { ...reopen, attemptsAllowed: 3 }, at)
		).toBe(true);
		expect(
			reopensShownKey({ ...closed, review: 'after-item', attemptsAllowed: 1 }, { ...reopen, attemptsAllowed: 1 }, at)
		).toBe(false);
	});

	it('lets an assignment that has not closed be opened or moved as the teacher likes', () => {
		const notYet = {
			opensAt: '2030-06-02T00:00:00.000Z',
			closesAt: null,
			review: 'after-close' as const,
			attemptsAllowed: 1
		};
		expect(reopensShownKey(notYet, { ...reopen, attemptsAllowed: 1 }, at)).toBe(false);
		const open = { opensAt: null, closesAt: null, review: 'after-submit' as const, attemptsAllowed: 1 };
		expect(reopensShownKey(open, { ...later, attemptsAllowed: 1 }, at)).toBe(false);
	});
});
