import { m } from '$lib/paraglide/messages';
import { error, type Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { QuizModule } from '$lib/modules/module';
import { practiceState, practiceSwitchedOff } from '$lib/teaching/policy';
import { findModule, modules } from './content';
import { privateCookie } from './cookies';
import { db } from './db/app';
import { createAttempt, findAttempt, type Attempt } from './data/attempts';
import { deletePracticeAttempt, keyHeldBack, purgePracticeAttempts } from './data/practice';
import type { Scope } from './flow';

/*
 * Practice needs no login: the attempt's id sits in an HttpOnly cookie, one
 * per module, and the answers sit in the database, so a reload loses nothing.
 * Only modules whose key says `practice: true` are practised, none with
 * PRACTICE=off, and a module's practice pauses while an assignment that holds
 * its key back is open (teaching/policy.ts).
 */
const cookieName = (moduleId: string) => `practice-${moduleId}`;

/** How long a practice attempt lasts: its cookie's life, after which the attempt is deleted. */
export const PRACTICE_SECONDS = 60 * 60 * 24 * 7;

/** The modules in the public catalog: none when PRACTICE=off. */
export function practiceCatalog(): QuizModule[] {
	return practiceSwitchedOff(env.PRACTICE) ? [] : modules().filter((m) => m.practice);
}

/** A module that is practised here, or a 404 that says nothing about modules only teachers see. */
export function moduleOr404(id: string): QuizModule {
	const module = findModule(id);
	if (!module || practiceState(module, env.PRACTICE, false) === 'absent') error(404, m.srv_no_module());
	return module;
}

/** The practised module (or a 404), and whether its practice is paused now. */
export async function practiceModule(id: string): Promise<{ module: QuizModule; paused: boolean }> {
	const module = moduleOr404(id);
	return { module, paused: practiceState(module, env.PRACTICE, await keyHeldBack(await db(), module.id)) === 'paused' };
}

export async function currentAttempt(cookies: Cookies, moduleId: string): Promise<Attempt | undefined> {
	const id = cookies.get(cookieName(moduleId));
	if (!id) return undefined;
	const attempt = await findAttempt(await db(), id);
	return attempt?.moduleId === moduleId && attempt.learnerId === null ? attempt : undefined;
}

/**
 * A new practice attempt in the cookie. The one it replaces is deleted, and so
 * is every practice attempt older than a cookie's life (nobody can reach those).
 */
export async function startAttempt(
	cookies: Cookies,
	url: URL,
	moduleId: string,
	replacing?: Attempt
): Promise<Attempt> {
	const store = await db();
	await purgePracticeAttempts(store, new Date(Date.now() - PRACTICE_SECONDS * 1000));
	if (replacing) await deletePracticeAttempt(store, replacing.id);
	const attempt = await createAttempt(store, moduleId);
	// HttpOnly, SameSite=Lax, and Secure wherever the app is served over HTTPS (cookies.ts). Set once, when the
	// attempt starts, so that cookie and attempt end together.
	cookies.set(cookieName(moduleId), attempt.id, privateCookie(url, PRACTICE_SECONDS));
	return attempt;
}

/** Practice shows feedback after each item and is always open; it never holds attempts back. */
export async function practiceScope(cookies: Cookies, module: QuizModule): Promise<Scope | undefined> {
	const attempt = await currentAttempt(cookies, module.id);
	return attempt && { module, attempt, review: 'after-item', accepting: true, closed: false, moreAttempts: false };
}
