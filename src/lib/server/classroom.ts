import { m } from '$lib/paraglide/messages';
import { error, redirect, type Cookies } from '@sveltejs/kit';
import { availability, type Assignment, type Learner } from '$lib/teaching/types';
import { isCode, normalizeCode } from '$lib/teaching/codes';
import { moduleAt } from './catalog';
import { privateCookie } from './cookies';
import type { DB } from './db/index';
import { findAssignmentByCode } from './data/classes';
import { findAssignmentByRetiredCode, learnerWithAttempts } from './data/learners';
import { attemptsOf, createAttempt, finishAttemptsOf, type Attempt } from './data/attempts';
import type { Scope } from './flow';

/*
 * A learner in an assignment: no account, a display name and a cookie that
 * holds a secret token for this assignment on this device.
 */

const cookieName = (assignmentId: string) => `learner-${assignmentId}`;

/**
 * How long a device keeps a learner's place: a school day, not a term. On a
 * shared computer the next pupil must not inherit it; the resume code (shown
 * after joining and on the summary) brings a learner back later or elsewhere.
 */
export const LEARNER_HOURS = 12;

export function setLearnerCookie(cookies: Cookies, url: URL, assignmentId: string, token: string) {
	cookies.set(cookieName(assignmentId), token, privateCookie(url, 60 * 60 * LEARNER_HOURS));
}

/** “Not you? Leave this device”: the place is forgotten here; the learner's answers stay, for their resume code. */
export function clearLearnerCookie(cookies: Cookies, url: URL, assignmentId: string) {
	const { maxAge: _, ...options } = privateCookie(url, 0);
	cookies.delete(cookieName(assignmentId), options);
}

/*
 * Right after joining, the assignment's page shows the resume code once: a
 * short-lived cookie says so, and the page deletes it as it reads it. On a
 * shared device the code is not left on every page for the next pupil.
 */
const welcomeCookie = (assignmentId: string) => `welcome-${assignmentId}`;

export function setWelcome(cookies: Cookies, url: URL, assignmentId: string) {
	cookies.set(welcomeCookie(assignmentId), '1', privateCookie(url, 10 * 60));
}

/** Whether the learner has just joined; true once. */
export function takeWelcome(cookies: Cookies, url: URL, assignmentId: string): boolean {
	if (!cookies.get(welcomeCookie(assignmentId))) return false;
	const { maxAge: _, ...options } = privateCookie(url, 0);
	cookies.delete(welcomeCookie(assignmentId), options);
	return true;
}

/*
 * The device cookie: a random id that outlives the learner cookie and
 * “leave”, so that the teacher can see when a second name joined an
 * assignment from the same device (a throwaway name to read the key with,
 * or simply a shared computer). Only its hash is stored, with the learner.
 */
const DEVICE_COOKIE = 'device';
/** Browsers keep a cookie at most 400 days. */
const DEVICE_SECONDS = 60 * 60 * 24 * 400;

/** This device's id: the cookie's, or a new one, which `keepDevice` sets once a join has gone through. */
export function deviceId(cookies: Cookies): string {
	const known = cookies.get(DEVICE_COOKIE);
	if (known && /^[A-Za-z0-9_-]{43}$/.test(known)) return known;
	return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

/** Sets (or renews) the device cookie: after a join, never on a refused one, which leaves no cookie behind. */
export function keepDevice(cookies: Cookies, url: URL, id: string) {
	cookies.set(DEVICE_COOKIE, id, privateCookie(url, DEVICE_SECONDS));
}

/** The assignment a code names, or a 404 that says so. */
export async function assignmentOr404(db: DB, code: string): Promise<Assignment> {
	const normal = normalizeCode(code);
	// A code the teacher has replaced still opens the pages of learners who joined with it (joining needs the new one).
	const assignment = isCode(normal, 6)
		? ((await findAssignmentByCode(db, normal)) ?? (await findAssignmentByRetiredCode(db, normal)))
		: undefined;
	if (!assignment) error(404, m.srv_no_code());
	return assignment;
}

export interface LearnerSession {
	assignment: Assignment;
	learner: Learner;
	attempts: Attempt[];
	scope: Scope;
}

/** The learner on this device, with their latest attempt, or null if they have not joined here. */
export async function learnerSession(db: DB, cookies: Cookies, code: string): Promise<LearnerSession | null> {
	return learnerIn(db, cookies, await assignmentOr404(db, code));
}

/** The learner of this request, as hooks.server.ts looked them up (once): null if they have not joined here. */
export async function currentLearner(locals: App.Locals): Promise<LearnerSession | null> {
	return (await locals.learner()).session;
}

/**
 * For a learner's page: their session, or a redirect to the join page of the
 * assignment's own code. Never to the code as written in the URL: white space
 * in it (a line break, a vertical tab, a no-break space) is ignored when the
 * code is looked up, but would make an invalid or a wrong Location header.
 */
export async function learnerOrJoin(locals: App.Locals, cookies: Cookies): Promise<LearnerSession> {
	const { assignment, session } = await locals.learner();
	if (session) return session;
	// A place this device had that names nobody now: the teacher deleted the learner, or they
	// carried on elsewhere with their resume code (which gives them a new place). Say so, not just "join".
	const gone = cookies.get(cookieName(assignment.id)) !== undefined;
	redirect(303, `/join/${assignment.code}${gone ? '?gone' : ''}`);
}

export async function learnerIn(db: DB, cookies: Cookies, assignment: Assignment): Promise<LearnerSession | null> {
	const token = cookies.get(cookieName(assignment.id));
	const found = token ? await learnerWithAttempts(db, assignment.id, token) : undefined;
	if (!found) return null;
	const { learner } = found;
	const module = await moduleAt(db, assignment.moduleId, assignment.moduleVersion);
	if (!module) error(404, m.srv_module_gone());

	const state = availability(assignment);
	let attempts = found.attempts;
	// A closing time that passed on its own finishes the attempts left open, as the teacher's Close does;
	// the attempts are read again only when it finished any.
	if (
		state === 'closed' &&
		assignment.closesAt &&
		(await finishAttemptsOf(db, assignment.id, assignment.closesAt)) > 0
	) {
		attempts = await attemptsOf(db, learner.id);
	}
	if (attempts.length === 0) {
		await createAttempt(db, module.id, { id: learner.id, number: 1 }).catch(() => undefined);
		attempts = await attemptsOf(db, learner.id);
	}
	const attempt = attempts[attempts.length - 1];
	return {
		assignment,
		learner,
		attempts,
		scope: {
			module,
			attempt,
			review: assignment.review,
			accepting: state === 'open' && attempt.finishedAt === null,
			closed: state === 'closed',
			moreAttempts: state !== 'closed' && attempts.length < assignment.attemptsAllowed
		}
	};
}

/** A new attempt, when the last is submitted, the assignment open and attempts remain. */
export async function startNextAttempt(db: DB, session: LearnerSession): Promise<string | null> {
	const { assignment, attempts, scope } = session;
	if (availability(assignment) !== 'open') return m.srv_not_taking();
	if (scope.attempt.finishedAt === null) return m.srv_submit_first();
	if (attempts.length >= assignment.attemptsAllowed) return m.srv_no_attempts();
	// Two tabs asking at once make the same attempt number; the unique index keeps only one.
	await createAttempt(db, assignment.moduleId, { id: session.learner.id, number: attempts.length + 1 }).catch(
		() => undefined
	);
	return null;
}
