import type { Page } from '@playwright/test';
import { answerFor, answerForm, axeAtWidths, expect, fillAnswer, openSettled, test } from './fixtures';
import { assignModule, createClass, signUpTeacher, type Teacher } from './seed';

/*
 * axe (the tags of fixtures' AXE_TAGS) on the pages that a11y.test.ts (the
 * practice pages) and teacher-pages / teacher-results (the teacher's pages)
 * leave out: signing in and up, joining, and a learner's assignment in each
 * of its states, at a desktop and a phone width, with no sideways scrolling.
 * Each kind's question, answered and not, is checked in a11y.test.ts: an
 * assignment shows the same views inside its own frame (save status, submit,
 * closing), so one question checks that frame in each state.
 */

/** The learner's overview is headed by the assignment's name: by default the module's title and the day. */
const named = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `);

/** Collects axe's violations, page by page, after checking the heading and that nothing scrolls sideways. */
function checker(page: Page) {
	const violations: string[] = [];
	const check = async (label: string, heading?: string | RegExp) => {
		if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		violations.push(...(await axeAtWidths(page, label)));
	};
	const expectClean = () => expect(violations, `axe found violations:\n\n${violations.join('\n\n')}`).toEqual([]);
	return { check, expectClean };
}

test('sign-in, sign-up and join, blank and refused, and an unknown assignment pass axe', async ({ page }) => {
	test.slow();
	const { check, expectClean } = checker(page);
	await openSettled(page, '/login');
	await check('sign in', 'Teachers: sign in');
	await page.getByLabel('E-mail').fill('nobody@example.org');
	await page.getByLabel('Password').fill('not the password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await check('sign in, refused');
	await openSettled(page, '/signup');
	await check('sign up');
	await page.getByLabel('Your name').fill('Short');
	await page.getByLabel('E-mail').fill(`a11y-${Date.now()}@example.org`);
	await page.getByLabel('Password').fill('short');
	// The sign-up form, in the page's main region: the header has a form of its own (the language switch).
	await page
		.getByRole('main')
		.locator('form')
		.evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await check('sign up, refused');

	await openSettled(page, '/join');
	await check('join, no code', 'Join an assignment');
	await page.getByRole('textbox', { name: /^Code/ }).fill('AAAAAA');
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await check('join, unknown code');

	const missing = await page.goto('/a/AAAAAA');
	expect(missing?.status()).toBe(404);
	await check('assignment that does not exist', 'Not found');
	expectClean();
});

test('an assignment with feedback after submitting: every state of its pages passes axe', async ({
	page,
	quiz,
	baseURL
}) => {
	test.slow();
	const { check, expectClean } = checker(page);
	const overview = named(quiz.title);
	const { assignment: deferred } = await assigned(baseURL!, quiz.id, { review: 'after-submit', attemptsAllowed: 2 });

	// Drafts and the save status, then the results.
	await join(page, deferred.code, 'Ana');
	await check('assignment, not started', overview);
	const [n, item] = [1, quiz.items[0]];
	await openSettled(page, `/a/${deferred.code}/items/${n}`);
	await check(`${item.kind} question, blank`, item.prompt);
	await fillAnswer(page, answerFor(item, 'partial'));
	await expect(page.getByText(/Saved at/)).toBeVisible();
	await check(`${item.kind} question, draft saved`);
	await openSettled(page, `/a/${deferred.code}`);
	await check('assignment, in progress', overview);
	await openSettled(page, `/a/${deferred.code}/summary`);
	await check('summary before submitting', 'Your results');
	await openSettled(page, `/a/${deferred.code}`);
	await page.getByRole('checkbox', { name: /^Submit with \d+ questions? unanswered$/ }).check();
	await check('assignment, in progress, submitting with questions unanswered', overview);
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page).toHaveURL(new RegExp(`/a/${deferred.code}/summary$`));
	await check('summary after submitting', 'Your results');
	await openSettled(page, `/a/${deferred.code}`);
	await check('assignment, submitted, another attempt allowed', overview);
	await openSettled(page, `/a/${deferred.code}/items/${n}`);
	await check(`${item.kind} question, feedback after submitting`, item.prompt);
	expectClean();
});

test('an assignment with feedback after each question, then closed: its pages pass axe', async ({
	page,
	quiz,
	baseURL
}) => {
	test.slow();
	const { check, expectClean } = checker(page);
	const overview = named(quiz.title);
	const { teacher, assignment: immediate } = await assigned(baseURL!, quiz.id, { review: 'after-item' });

	await join(page, immediate.code, 'Ana');
	const item = quiz.items[0];
	await openSettled(page, `/a/${immediate.code}/items/1`);
	await fillAnswer(page, answerFor(item, 'partial'));
	await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.locator('#feedback')).toBeVisible();
	await check(`${item.kind} question, feedback at once`, item.prompt);

	// Closed: the pages say so.
	await closeNow(teacher, immediate.id);
	await openSettled(page, `/a/${immediate.code}`);
	await expect(page.locator('.notice')).toContainText('This assignment has closed: it closed');
	await check('assignment, closed', overview);
	await openSettled(page, `/a/${immediate.code}/items/2`);
	await check('question of a closed assignment');
	// Back to the overview is where the breadcrumb goes, not to the results (feedback came at once here).
	await expect(page.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute(
		'href',
		`/a/${immediate.code}`
	);
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveAttribute(
		'href',
		`/a/${immediate.code}`
	);
	expectClean();
});

/** A teacher of their own, a class and the module assigned to it with these options. */
async function assigned(baseURL: string, moduleId: string, options: Parameters<typeof assignModule>[3]) {
	const teacher = await signUpTeacher(baseURL, 'Ms Axe');
	const assignment = await assignModule(teacher, await createClass(teacher, 'Axe'), moduleId, options);
	return { teacher, assignment };
}

async function join(page: Page, code: string, name: string) {
	await openSettled(page, `/join/${code}`);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
}

async function closeNow(teacher: Teacher, assignmentId: string) {
	const response = await teacher.ctx.post(`/teach/assignments/${assignmentId}?/close`, { form: {}, maxRedirects: 0 });
	expect(response.status(), await response.text()).toBeLessThan(400);
}
