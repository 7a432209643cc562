import { expect, request as http, type APIRequestContext } from '@playwright/test';
import { answerFor, formBody, uniqueEmail, type Module, type Variant, pageHtml } from './fixtures';

/*
 * Seeds a class with results through the app's own forms, as a teacher and
 * learners without JavaScript would: sign up, create a class, assign a
 * module, join under several names, answer, submit. Each call signs up a new
 * teacher, so tests that seed run side by side on one server.
 */

/** A client with its own cookie jar, posting forms as a same-origin browser would. */
const client = (baseURL: string) =>
	http.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, accept: 'text/html' } });

async function postForm(ctx: APIRequestContext, path: string, form: string | Record<string, string>) {
	const response = await ctx.post(path, {
		...(typeof form === 'string'
			? { data: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } }
			: { form }),
		maxRedirects: 0,
		failOnStatusCode: false
	});
	return response;
}

/** Expects a 303 and returns where it points. */
async function redirected(ctx: APIRequestContext, path: string, form: string | Record<string, string>) {
	const response = await postForm(ctx, path, form);
	expect(response.status(), `${path}: ${(await response.text()).slice(0, 300)}`).toBe(303);
	return response.headers()['location'];
}

export interface Teacher {
	ctx: APIRequestContext;
	email: string;
}

export async function signUpTeacher(baseURL: string, name = 'Ms Results'): Promise<Teacher> {
	const ctx = await client(baseURL);
	const email = uniqueEmail('results');
	const to = await redirected(ctx, '/signup', { name, email, password: 'a long enough password' });
	expect(to).toBe('/teach');
	return { ctx, email };
}

/** Returns the new class's id. */
export async function createClass(teacher: Teacher, name: string): Promise<string> {
	const to = await redirected(teacher.ctx, '/teach?/create', { name });
	const id = /^\/teach\/classes\/([^/?#]+)$/.exec(to)?.[1];
	if (!id) throw new Error(`unexpected redirect after creating a class: ${to}`);
	return id;
}

export interface Assigned {
	id: string;
	code: string;
}

export async function assignModule(
	teacher: Teacher,
	classId: string,
	moduleId: string,
	options: {
		review?: 'after-item' | 'after-submit' | 'after-close';
		attemptsAllowed?: number;
		grading?: 'highest' | 'first' | 'last';
	} = {}
): Promise<Assigned> {
	const to = await redirected(teacher.ctx, `/teach/classes/${classId}?/assign`, {
		moduleId,
		opensAt: '',
		closesAt: '',
		attemptsAllowed: String(options.attemptsAllowed ?? 3),
		review: options.review ?? 'after-submit',
		...(options.grading ? { grading: options.grading } : {})
	});
	const id = /^\/teach\/assignments\/([^/?#]+)$/.exec(to)?.[1];
	if (!id) throw new Error(`unexpected redirect after assigning: ${to}`);
	const page = await pageHtml(await teacher.ctx.get(to));
	const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(page)?.[1];
	if (!code) throw new Error('the assignment page shows no join link');
	return { id, code };
}

export interface Learner {
	ctx: APIRequestContext;
	name: string;
}

export async function joinAs(baseURL: string, code: string, name: string): Promise<Learner> {
	const ctx = await client(baseURL);
	const to = await redirected(ctx, '/join', { code, name });
	expect(to).toBe(`/a/${code}`);
	return { ctx, name };
}

export async function answerItem(learner: Learner, code: string, n: number, body: string) {
	await redirected(learner.ctx, `/a/${code}/items/${n}?/answer`, body);
}

/** Submits, with the box ticked that an attempt with unanswered questions needs. */
export async function submitAttempt(learner: Learner, code: string) {
	await redirected(learner.ctx, `/a/${code}?/submit`, { confirm: 'yes' });
}

export interface SeedLearner {
	name: string;
	/** 0 (weak) to 1 (strong): the share of items answered right; the rest are partial or wrong. */
	ability: number;
	/** How many items to answer, from the first (default: all). */
	answers?: number;
	submit?: boolean;
}

/**
 * The variant a learner gives an item: strong learners mostly right, weak
 * mostly wrong, with a fixed spread per item so that items differ in how well
 * they tell learners apart.
 */
export function variantOf(ability: number, itemIndex: number, learnerIndex: number): Variant {
	const wobble = (((itemIndex * 7 + learnerIndex * 3) % 5) - 2) / 10;
	const level = ability + wobble;
	return level > 0.6 ? 'right' : level > 0.3 ? 'partial' : 'wrong';
}

export interface SeededClass {
	teacher: Teacher;
	classId: string;
	className: string;
	assignment: Assigned;
	learners: Learner[];
}

/** A teacher, a class, an assignment of the module, and learners who answered as described. */
export async function seedClass(
	baseURL: string,
	module: Module,
	learners: SeedLearner[],
	className = 'Year 10 Media',
	options: Parameters<typeof assignModule>[3] = {}
): Promise<SeededClass> {
	const teacher = await signUpTeacher(baseURL);
	const classId = await createClass(teacher, className);
	const assignment = await assignModule(teacher, classId, module.id, options);
	const joined: Learner[] = [];
	for (const [index, spec] of learners.entries()) {
		const learner = await joinAs(baseURL, assignment.code, spec.name);
		joined.push(learner);
		const count = spec.answers ?? module.items.length;
		for (let n = 0; n < count; n++) {
			const answer = answerFor(module.items[n], variantOf(spec.ability, n, index));
			await answerItem(learner, assignment.code, n + 1, formBody(answer));
		}
		if (spec.submit) await submitAttempt(learner, assignment.code);
	}
	return { teacher, classId, className, assignment, learners: joined };
}

export async function disposeAll(seeded: SeededClass) {
	await Promise.all([seeded.teacher.ctx.dispose(), ...seeded.learners.map((l) => l.ctx.dispose())]);
}
