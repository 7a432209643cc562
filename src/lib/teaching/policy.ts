import { m } from '$lib/paraglide/messages';
import { availability } from './types';

/*
 * The rules that keep an answer key from being used to raise a grade: which
 * attempt counts, when an assignment holds its key back, and when public
 * practice of a module is open. Plain TypeScript, shared by server and pages;
 * README, “Practice and graded work”, says the same in words.
 */

/** Which of a learner's attempts counts, as Moodle's “grading method” offers it. */
export const gradingMethods = {
	highest: m.t_grading_highest,
	first: m.t_grading_first,
	last: m.t_grading_last
} as const;

export type GradingMethod = keyof typeof gradingMethods;

/**
 * The default: the learner's best, as in Moodle. Learners are not punished for
 * trying again, and since the solutions stay hidden while attempts remain, a
 * later attempt cannot simply be copied from the key.
 */
export const defaultGrading: GradingMethod = 'highest';

export interface AttemptScore {
	number: number;
	finishedAt: string | null;
	/** The sum of the attempt's answer scores. */
	score: number;
}

/**
 * The attempt that counts for a learner. Only finished attempts (submitted, or
 * finished when the assignment closed) compete, as in Moodle; a learner with
 * none finished yet is shown by the one they are working on. Ties of the
 * highest score go to the earlier attempt. The database's version of this rule
 * is `countedAttemptId` in server/data/attempts.ts; a data spec holds them to
 * the same answers.
 */
export function countedAttempt<T extends AttemptScore>(method: GradingMethod, attempts: readonly T[]): T | undefined {
	const finished = attempts.filter((a) => a.finishedAt !== null);
	const pool = finished.length ? finished : attempts;
	const byNumber = [...pool].sort((a, b) => a.number - b.number);
	if (!finished.length) return byNumber.at(-1);
	switch (method) {
		case 'first':
			return byNumber[0];
		case 'last':
			return byNumber.at(-1);
		case 'highest':
			return byNumber.reduce<T | undefined>(
				(best, a) => (best === undefined || a.score > best.score ? a : best),
				undefined
			);
	}
}

export interface KeyPolicy {
	review: 'after-item' | 'after-submit' | 'after-close';
	attemptsAllowed: number;
}

/**
 * Whether an assignment keeps the solutions from some learner at some point
 * while it is open: feedback after submitting or after closing, or feedback
 * after each question with more than one attempt (whose solutions wait for
 * the last attempt). While such an assignment is open, practice of its module
 * is paused; once it has closed (which shows the solutions), it cannot be
 * opened again.
 */
export function holdsKeyBack(policy: KeyPolicy): boolean {
	return policy.review !== 'after-item' || policy.attemptsAllowed > 1;
}

export const reopenRefused = (): string => m.t_reopen_refused();

interface Schedule extends KeyPolicy {
	opensAt: string | null;
	closesAt: string | null;
}

/**
 * Whether a change of an assignment's times (and attempts) would open again an
 * assignment whose closing showed the solutions: it has closed, it held the key
 * back before or would after the change, and the change would make it take
 * answers again. Refused: the key would be usable in answers still to come.
 */
export function reopensShownKey(
	current: Schedule,
	next: Pick<Schedule, 'opensAt' | 'closesAt' | 'attemptsAllowed'>,
	at = new Date()
): boolean {
	if (availability(current, at) !== 'closed') return false;
	if (!holdsKeyBack(current) && !holdsKeyBack({ ...current, ...next })) return false;
	return availability(next, at) !== 'closed';
}

/**
 * Public practice of a module:
 * - 'absent': not in the catalog at all (its key does not say `practice: true`, or PRACTICE=off); its pages are 404.
 * - 'paused': in the catalog, but an assignment that holds its key back is open somewhere on the server.
 * - 'open'.
 */
export type PracticeState = 'absent' | 'paused' | 'open';

/** Whether the PRACTICE setting turns practice off (“off”, in any case, with spaces around it). */
export const practiceSwitchedOff = (setting: string | undefined) => setting?.trim().toLowerCase() === 'off';

export function practiceState(
	module: { practice: boolean },
	setting: string | undefined,
	keyHeldBack: boolean
): PracticeState {
	if (!module.practice || practiceSwitchedOff(setting)) return 'absent';
	return keyHeldBack ? 'paused' : 'open';
}
