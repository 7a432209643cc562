import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
	answerFor,
	keyTexts,
	distinctive,
	expect,
	formBody,
	moduleFolder,
	openSettled,
	origin,
	plain,
	proseSentences,
	publicText,
	testModule,
	test,
	type Module,
	pageHtml
} from './fixtures';
import { postAction } from './actions';
import { learnerRecord } from './database';
import {
	answerItem,
	assignModule,
	createClass,
	joinAs,
	signUpTeacher,
	submitAttempt,
	type Learner,
	type Teacher
} from './seed';

/*
 * The reproductions of the finding “the attempt policy and feedback give full
 * marks for free”, as requests: a key shown on an attempt while another may
 * follow, a throwaway name on the same device, and closing then reopening.
 */

const REOPEN_REFUSED = 'Closing showed the answers; make a new assignment instead.';

let quiz: Module;
let secrets: string[];

test.beforeAll(() => {
	quiz = testModule();
	const words = publicText(quiz);
	secrets = quiz.items
		.flatMap(keyTexts)
		.map(({ text }) => distinctive(text, words))
		.filter((s): s is string => s !== null);
	expect(secrets.length).toBeGreaterThan(quiz.items.length / 2);
});

/** Which explanations a text shows. */
const shown = (text: string) => secrets.filter((s) => plain(text).includes(s));

/** Answers every question of the learner's current attempt, all right or all wrong. */
async function answerAll(learner: Learner, code: string, variant: 'right' | 'wrong' | 'partial') {
	for (const [n, item] of quiz.items.entries()) {
		await answerItem(learner, code, n + 1, formBody(answerFor(item, variant)));
	}
}

/** Everything the learner's browser gets of the questions and results: pages and their data. */
async function everything(learner: Learner, code: string): Promise<string> {
	const paths = [`/a/${code}`, `/a/${code}/summary`, ...quiz.items.map((_, n) => `/a/${code}/items/${n + 1}`)];
	const texts = await Promise.all(
		paths.flatMap((path) => [
			learner.ctx.get(path).then((r) => r.text()),
			learner.ctx.get(`${path}/__data.json`).then((r) => r.text())
		])
	);
	return texts.join('\n');
}

async function csvRows(teacher: Teacher, assignmentId: string): Promise<Array<Record<string, string>>> {
	const text = await (await teacher.ctx.get(`/teach/assignments/${assignmentId}/results.csv`)).text();
	return parse(text, { columns: true, bom: true }) as Array<Record<string, string>>;
}

const total = (rows: Array<Record<string, string>>, learner: string) =>
	rows.filter((r) => r.learner === learner).reduce((n, r) => n + Number(r.score || 0), 0);

const teacherPost = (teacher: Teacher, path: string, form: Record<string, string> = {}) =>
	postAction(teacher.ctx, path, new URLSearchParams(form).toString(), { origin: origin() });

test('after-submit with two attempts: attempt 1 shows scores, never the solutions; the last attempt shows them', async ({
	baseURL
}) => {
	test.slow();
	const teacher = await signUpTeacher(baseURL!, 'Ms Twice');
	const { id, code } = await assignModule(teacher, await createClass(teacher, 'Twice'), quiz.id, {
		review: 'after-submit',
		attemptsAllowed: 2,
		grading: 'first'
	});
	const learner = await joinAs(baseURL!, code, 'Ana');
	await answerAll(learner, code, 'wrong');
	await submitAttempt(learner, code);
	// Submitted, with an attempt left: scores, right or wrong, but no explanation anywhere.
	const first = await everything(learner, code);
	expect(shown(first)).toEqual([]);
	expect(first).toMatch(/\d+ of \d+ points/);
	expect(first).toContain('The solution and the explanation open once you have used your last attempt');

	const retried = await postAction(learner.ctx, `/a/${code}?/retry`, '', { origin: origin() });
	expect(retried.type).toBe('redirect');
	await answerAll(learner, code, 'right');
	await submitAttempt(learner, code);
	// The last attempt is submitted: now the solutions.
	expect(shown(await everything(learner, code)).length).toBe(secrets.length);

	// Graded by the first attempt, as the teacher chose: attempt 1's score, not 51.
	const rows = await csvRows(teacher, id);
	expect(new Set(rows.map((r) => r['attempt number']))).toEqual(new Set(['1']));
	const max = rows.filter((r) => r.learner === 'Ana').reduce((n, r) => n + Number(r.max), 0);
	expect(total(rows, 'Ana')).toBeLessThan(max);
	await Promise.all([teacher.ctx.dispose(), learner.ctx.dispose()]);
});

test('after-item with two attempts: each answer shows right or wrong and the score, not the solution', async ({
	baseURL
}) => {
	const teacher = await signUpTeacher(baseURL!, 'Ms Item');
	const { code } = await assignModule(teacher, await createClass(teacher, 'Item'), quiz.id, {
		review: 'after-item',
		attemptsAllowed: 2
	});
	const learner = await joinAs(baseURL!, code, 'Ana');
	await answerItem(learner, code, 1, formBody(answerFor(quiz.items[0], 'partial')));
	const html = await pageHtml(await learner.ctx.get(`/a/${code}/items/1`));
	expect(html).toMatch(/class="score">1 of 2 points/);
	expect(html).toContain('Partly right.');
	const data = await (await learner.ctx.get(`/a/${code}/items/1/__data.json`)).text();
	expect(shown(html + data)).toEqual([]);
	expect(data).not.toMatch(/"(solution|evidence|explanation)"/);
	await Promise.all([teacher.ctx.dispose(), learner.ctx.dispose()]);
});

test('a throwaway name on the same device shows on the teacher’s pages', async ({ baseURL }) => {
	const teacher = await signUpTeacher(baseURL!, 'Ms Throwaway');
	const { id, code } = await assignModule(teacher, await createClass(teacher, 'Throwaways'), quiz.id, {
		review: 'after-item',
		attemptsAllowed: 1
	});
	const throwaway = await joinAs(baseURL!, code, 'Throwaway');
	await answerItem(throwaway, code, 1, formBody(answerFor(quiz.items[0], 'wrong')));
	// The join form on the same device (same cookie jar) under the real name.
	const joined = await throwaway.ctx.post('/join', {
		form: { code, name: 'Real Name' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(joined.status()).toBe(303);
	await answerItem(throwaway, code, 1, formBody(answerFor(quiz.items[0], 'right')));
	// Someone else, on a device of their own, is not flagged.
	const other = await joinAs(baseURL!, code, 'Cai');

	const overview = (await pageHtml(await teacher.ctx.get(`/teach/assignments/${id}`)))
		.replace(/<!--.*?-->/g, '')
		.replace(/\s+/g, ' ');
	expect(overview).toMatch(/>Real Name<\/a> <small[^>]*>joined on the same device as Throwaway</);
	expect(overview).toMatch(/>Throwaway<\/a> <small[^>]*>joined on the same device as Real Name</);
	expect(overview).not.toMatch(/>Cai<\/a> <small/);
	await Promise.all([teacher.ctx.dispose(), throwaway.ctx.dispose(), other.ctx.dispose()]);
});

for (const review of ['after-close', 'after-submit'] as const) {
	test(`${review}: Close finishes the draft as it stands; Reopen and a later closing time are refused`, async ({
		baseURL
	}) => {
		const teacher = await signUpTeacher(baseURL!, 'Ms Close');
		const { id, code } = await assignModule(teacher, await createClass(teacher, 'Closing'), quiz.id, {
			review,
			attemptsAllowed: 1
		});
		const learner = await joinAs(baseURL!, code, 'Ana');
		const wrong = formBody(answerFor(quiz.items[0], 'wrong'));
		await answerItem(learner, code, 1, wrong);
		expect(learnerRecord(code, 'Ana').attempts[0].finishedAt).toBeNull();

		expect((await teacherPost(teacher, `/teach/assignments/${id}?/close`)).type).toBe('redirect');
		const [attempt] = learnerRecord(code, 'Ana').attempts;
		expect(attempt.finishedAt).not.toBeNull();
		// Closed: the learner now sees the solution of what they answered.
		expect(shown(await (await learner.ctx.get(`/a/${code}/items/1/__data.json`)).text()).length).toBe(1);

		const reopen = await teacherPost(teacher, `/teach/assignments/${id}?/reopen`);
		expect([reopen.type, reopen.status, reopen.message]).toEqual(['failure', 409, REOPEN_REFUSED]);
		const later = await teacherPost(teacher, `/teach/assignments/${id}?/schedule`, {
			opensAt: '',
			closesAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
			attemptsAllowed: '1'
		});
		expect([later.type, later.status, later.message]).toEqual(['failure', 409, REOPEN_REFUSED]);
		const never = await teacherPost(teacher, `/teach/assignments/${id}?/schedule`, {
			opensAt: '',
			closesAt: '',
			attemptsAllowed: '1'
		});
		expect([never.type, never.status]).toEqual(['failure', 409]);

		// The learner's answer from the key is refused, and the draft stays as it was when closing.
		const again = await postAction(
			learner.ctx,
			`/a/${code}/items/1?/answer`,
			formBody(answerFor(quiz.items[0], 'right')),
			{ origin: origin() }
		);
		expect([again.type, again.status]).toEqual(['failure', 409]);
		expect(learnerRecord(code, 'Ana').attempts).toEqual([attempt]);
		const overview = await pageHtml(await teacher.ctx.get(`/teach/assignments/${id}`));
		expect(overview).toContain('Closed');
		await Promise.all([teacher.ctx.dispose(), learner.ctx.dispose()]);
	});
}

test('more attempts are refused once someone has seen the solutions on their last one', async ({ baseURL }) => {
	const teacher = await signUpTeacher(baseURL!, 'Ms More');
	const { id, code } = await assignModule(teacher, await createClass(teacher, 'More'), quiz.id, {
		review: 'after-submit',
		attemptsAllowed: 1
	});
	const schedule = (attemptsAllowed: string) =>
		teacherPost(teacher, `/teach/assignments/${id}?/schedule`, { opensAt: '', closesAt: '', attemptsAllowed });
	// Nobody has submitted yet: more attempts are fine.
	expect((await schedule('2')).type).toBe('redirect');
	expect((await schedule('1')).type).toBe('redirect');
	const learner = await joinAs(baseURL!, code, 'Ana');
	await answerItem(learner, code, 1, formBody(answerFor(quiz.items[0], 'wrong')));
	await submitAttempt(learner, code);
	const refused = await schedule('3');
	expect([refused.type, refused.status]).toEqual(['failure', 409]);
	expect(refused.message).toMatch(/^Some learners have used their last attempt and seen the solutions/);
	expect((await postAction(learner.ctx, `/a/${code}?/retry`, '', { origin: origin() })).status).toBe(409);
	await Promise.all([teacher.ctx.dispose(), learner.ctx.dispose()]);
});

test('the assign form offers which attempt counts; the assignment page says which', async ({ page, baseURL }) => {
	const teacher = await signUpTeacher(baseURL!, 'Ms Grading');
	const classId = await createClass(teacher, 'Grading');
	const { id } = await assignModule(teacher, classId, quiz.id, { attemptsAllowed: 3, grading: 'last' });
	await page.context().addCookies(await teacher.ctx.storageState().then((s) => s.cookies));
	await page.goto(`/teach/classes/${classId}`);
	const choice = page.getByRole('group', { name: 'Which attempt counts' });
	await expect(choice.getByRole('radio')).toHaveCount(3);
	await expect(choice.getByRole('radio', { name: /The highest-scoring attempt/ })).toBeChecked();
	await expect(page.getByText('but not the solutions, until they have used their last attempt')).toBeVisible();
	await page.goto(`/teach/assignments/${id}`);
	await expect(page.locator('.facts').first()).toContainText('Counts: the last attempt');
	// A grading method no form offers is refused.
	const forged = await postAction(
		teacher.ctx,
		`/teach/classes/${classId}?/assign`,
		new URLSearchParams({
			moduleId: quiz.id,
			opensAt: '',
			closesAt: '',
			attemptsAllowed: '2',
			review: 'after-item',
			grading: 'average'
		}).toString(),
		{ origin: origin() }
	);
	expect([forged.type, forged.status, forged.message]).toEqual(['failure', 400, 'Choose which attempt counts.']);
	await teacher.ctx.dispose();
});

test('the learner’s overview: the intro above Start, Submit as the main button once all is answered, and the times as the teacher sees them', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const teacher = await signUpTeacher(baseURL!, 'Ms Overview');
	const { id, code } = await assignModule(teacher, await createClass(teacher, 'Overview'), quiz.id, {
		review: 'after-close',
		attemptsAllowed: 1
	});
	const learner = await joinAs(baseURL!, code, 'Ana');
	await page.context().addCookies((await learner.ctx.storageState()).cookies);

	// The module's intro, open before the first answer, above Start, with the reports named as the questions name them.
	await openSettled(page, `/a/${code}`);
	const intro = page.locator('details.intro');
	await expect(intro).toHaveAttribute('open', '');
	const [firstSentence] = proseSentences(join(moduleFolder(quiz), 'intro.svx'));
	await expect(intro.locator('.prose')).toContainText(firstSentence);
	await expect(intro.getByRole('heading', { name: 'The reports' })).toBeVisible();
	await expect(intro.locator('.report-list li').first()).toHaveText(/^Report A: /);
	const start = page.getByRole('link', { name: 'Start', exact: true });
	const [introBox, startBox] = [await intro.boundingBox(), await start.boundingBox()];
	expect(introBox!.y + introBox!.height).toBeLessThanOrEqual(startBox!.y);

	// Everything answered: submitting is what is left to do, so Submit is the main button.
	await answerAll(learner, code, 'partial');
	await openSettled(page, `/a/${code}`);
	await expect(page.locator('.actions .button.primary')).toHaveText('Submit my answers');
	await expect(page.getByRole('link', { name: 'Go over your answers from question 1' })).not.toHaveClass(/primary/);
	await expect(page.getByText(/unanswered/)).toHaveCount(0);
	// Once started, the intro is folded away but still there.
	await expect(intro).not.toHaveAttribute('open', '');

	// Not open yet: the learner sees when it opens and closes, in the teacher's format (no seconds).
	const [opensAt, closesAt] = ['2099-12-02T09:00:00.000Z', '2099-12-02T10:00:00.000Z'];
	const scheduled = await teacherPost(teacher, `/teach/assignments/${id}?/schedule`, {
		opensAt,
		closesAt,
		attemptsAllowed: '1'
	});
	expect(scheduled.type).toBe('redirect');
	const teacherContext = await browser.newContext({ storageState: await teacher.ctx.storageState() });
	const teacherPage = await teacherContext.newPage();
	await openSettled(teacherPage, `/teach/assignments/${id}`);
	const teacherOpens = await teacherPage.locator(`.facts time[datetime="${opensAt}"]`).textContent();
	expect(teacherOpens).toMatch(/^\d{1,2} \w{3,4} 2099, \d{2}:\d{2}$/);
	await openSettled(page, `/a/${code}`);
	await expect(page.locator('.notice')).toContainText('This assignment has not opened yet. It opens');
	await expect(page.locator(`.notice time[datetime="${opensAt}"]`)).toHaveText(teacherOpens!);
	await expect(page.locator(`.notice time[datetime="${closesAt}"]`)).toHaveText(/ 2099, \d{2}:\d{2}$/);
	await expect(page.getByRole('button', { name: 'Submit my answers' })).toHaveCount(0);

	// Closed: past tense, at the time the teacher's page gives, and never “Closes” a time gone by.
	expect((await teacherPost(teacher, `/teach/assignments/${id}?/close`)).type).toBe('redirect');
	await openSettled(teacherPage, `/teach/assignments/${id}`);
	const teacherClosed = await teacherPage.locator('.facts time').first().textContent();
	await openSettled(page, `/a/${code}`);
	await expect(page.locator('.notice')).toContainText(`This assignment has closed: it closed ${teacherClosed}.`);
	await expect(page.getByText(/Closes/)).toHaveCount(0);
	await expect(page.locator('.actions .button.primary')).toHaveText('See your results');
	await Promise.all([teacherContext.close(), teacher.ctx.dispose(), learner.ctx.dispose()]);
});
