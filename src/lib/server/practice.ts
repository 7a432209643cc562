import { m } from '$lib/paraglide/messages';
import { error, type Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { QuizModule } from '$lib/modules/module';
import { practiceState, practiceSwitchedOff } from '$lib/teaching/policy';
import { practiceModuleById, practiceModules } from './catalog';
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

/** The modules in the public catalog (file modules that say so, public authored ones): none when PRACTICE=off. */
export async function practiceCatalog(): Promise<QuizModule[]> {
	return practiceSwitchedOff(env.PRACTICE) ? [] : practiceModules(await db());
}

/** A module that is practised here (an authored one at its newest version), or a 404 that says nothing about modules only teachers see. */
export async function moduleOr404(id: string): Promise<QuizModule> {
	const module = await practiceModuleById(await db(), id);
	if (!module || practiceState(module, env.PRACTICE, false) === 'absent') error(404, m.srv_no_module());
	return module;
}

/** The practised module (or a 404), and whether its practice is paused now. */
export async function practiceModule(id: string): Promise<{ module: QuizModule; paused: boolean }> {
	const module = await moduleOr404(id);
	return { module, paused: practiceState(module, env.PRACTICE, await keyHeldBack(await db(), module.id)) === 'paused' };
}

/** The version practice of the module answers now: the newest, for an authored module; null for a file module. */
const practisedVersion = async (moduleId: string) => (await practiceModuleById(await db(), moduleId))?.version ?? null;

/**
 * The device's practice attempt at the module. One made on an older version of an authored module
 * is not carried on: its answers were graded against that version's key, and the items are now
 * the newest version's, so the learner starts again.
 */
export async function currentAttempt(cookies: Cookies, moduleId: string): Promise<Attempt | undefined> {
	const id = cookies.get(cookieName(moduleId));
	if (!id) return undefined;
	const attempt = await findAttempt(await db(), id);
	if (attempt?.moduleId !== moduleId || attempt.learnerId !== null) return undefined;
	return (attempt.moduleVersion ?? null) === (await practisedVersion(moduleId)) ? attempt : undefined;
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
	const attempt = await createAttempt(store, moduleId, null, await practisedVersion(moduleId));
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
