import { createHash, timingSafeEqual } from 'node:crypto';

/*
 * Who may become a teacher. A teacher sees every module's answer key, so on a
 * school's server a pupil must not be able to make an account: with
 * TEACHER_SIGNUP_CODE set, signing up needs that code, which whoever runs the
 * server gives to its teachers. Unset (the first run on a laptop), sign-up is
 * open, limited as every sign-up is (rate-limit.ts).
 */

/** Whether the sign-up form asks for a code. */
export const signupCodeRequired = (configured: string | undefined): boolean => Boolean(configured?.trim());

/** Whether the code given lets a sign-up go ahead; compared in constant time, as a password would be. */
export function signupCodeAccepted(configured: string | undefined, given: string): boolean {
	if (!signupCodeRequired(configured)) return true;
	const digest = (text: string) => createHash('sha256').update(text.trim()).digest();
	return timingSafeEqual(digest(configured!), digest(given));
}
