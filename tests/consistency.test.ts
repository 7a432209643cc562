import type { Page } from '@playwright/test';
import {
	answerFor,
	expect,
	expectedPoints,
	fillAnswer,
	formBody,
	origin,
	test,
	type Answer,
	type Item,
	type Module,
	type Variant,
	pageHtml
} from './fixtures';
import { assignModule, createClass, joinAs, signUpTeacher, type Learner, type Teacher } from './seed';
import { formOf, postAction, type ActionResult } from './actions';
import { learnerRecord, type StoredAnswer } from './database';

/*
 * What concurrent and late requests leave in the database: double submits,
 * answers after the teacher closes, and one learner in two tabs. Requests are
 * posted as the page's JavaScript posts them; what they stored is read from
 * the server's SQLite file directly, read-only.
 */

const SUBMITTED = 'These answers were already submitted; they can no longer change.';
const NOT_TAKING = 'This assignment is not taking answers now.';

let counter = 0;
const uniqueName = (what: string) => `${what} ${process.pid}-${Date.now()}-${counter++}`;

/** The answer as the server stores it: the kind's response. */
const stored = (answer: Answer): unknown => answer.answer;

interface Classroom {
	teacher: Teacher;
	assignment: { id: string; code: string };
	learner: Learner;
}

async function classroom(quiz: Module, review: 'after-item' | 'after-submit'): Promise<Classroom> {
	const base = origin();
	const teacher = await signUpTeacher(base);
	const classId = await createClass(teacher, 'Consistency');
	const assignment = await assignModule(teacher, classId, quiz.id, { review, attemptsAllowed: 2 });
	const learner = await joinAs(base, assignment.code, uniqueName('Learner'));
	return { teacher, assignment, learner };
}

const answerTo = (quiz: Module, n: number, variant: Variant) => answerFor(quiz.items[n - 1], variant);

/** Two answers to an item that differ (a right and a wrong one). */
function twoAnswers(quiz: Module, n: number): [Answer, Answer] {
	const a = answerTo(quiz, n, 'right');
	const b = answerTo(quiz, n, 'wrong');
	expect(JSON.stringify(a), `question ${n}: the two answers differ`).not.toBe(JSON.stringify(b));
	return [a, b];
}

const save = (room: Classroom, n: number, answer: Answer) =>
	postAction(room.learner.ctx, `/a/${room.assignment.code}/items/${n}?/answer`, formBody(answer), { origin: origin() });

const submit = (room: Classroom) =>
	postAction(room.learner.ctx, `/a/${room.assignment.code}?/submit`, 'confirm=yes', { origin: origin() });

const record = (room: Classroom) => learnerRecord(room.assignment.code, room.learner.name);
const currentAnswers = (room: Classroom) => record(room).attempts.at(-1)!.answers;
const answerOf = (room: Classroom, item: Item) => currentAnswers(room).find((a) => a.itemId === item.id);

function expectAccepted(result: ActionResult, what: string) {
	expect(result.type, `${what}: ${result.body.slice(0, 300)}`).toBe('redirect');
	expect(result.status, what).toBe(303);
}

function expectRefused(result: ActionResult, status: number, message: string, what: string) {
	expect(result.type, `${what}: ${result.body.slice(0, 300)}`).toBe('failure');
	expect(result.status, what).toBe(status);
	expect(result.message, what).toBe(message);
}

/** The stored row holds one of the answers, with that answer's own score and max: nothing mixed. */
function expectOneOf(row: StoredAnswer | undefined, item: Item, answers: Answer[], what: string): Answer {
	expect(row, `${what}: stored`).toBeDefined();
	const match = answers.find((a) => JSON.stringify(stored(a)) === JSON.stringify(row!.answer));
	expect(match, `${what}: stores one of the answers sent, got ${JSON.stringify(row!.answer)}`).toBeDefined();
	expect({ score: row!.score, max: row!.max }, `${what}: the score is the stored answer's`).toEqual(
		expectedPoints(item, match!)
	);
	return match!;
}

/** A value with every list in it sorted, for comparing answers whose lists are sets. */
function unordered(value: unknown): unknown {
	if (Array.isArray(value))
		return value.map(unordered).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]));
	return value;
}

/** The name=value pairs of a form's answer, sorted: what its ticked boxes and chosen options show. */
const pairs = (answer: Answer) => answer.form.map(([name, value]) => `${name}=${value}`).sort();

/** The name=value pairs of the answer form's checked inputs, sorted. */
const checkedPairs = (page: Page) =>
	page
		.locator('form[action="?/answer"] input:checked')
		.evaluateAll((boxes) =>
			boxes.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`).sort()
		);

/**
 * The questions the two tabs answer, found from the kinds' samples: `whole`, with two answers that share no
 * box; `added`, another question, with an answer (`part`) whose boxes another answer (`more`) keeps and
 * adds to, and a third (`other`) with a box neither has.
 */
function twoTabQuestions(quiz: Module) {
	const samples = (item: Item) => [
		item.samples.right,
		item.samples.wrong,
		item.samples.partial,
		...item.samples.random
	];
	const has = (answer: Answer, pair: string) => pairs(answer).includes(pair);
	const extended = quiz.items.flatMap((item, index) =>
		samples(item).flatMap((part) =>
			samples(item)
				.filter(
					(more) =>
						part.form.length > 0 && more.form.length > part.form.length && pairs(part).every((pair) => has(more, pair))
				)
				.flatMap((more) => {
					const other = samples(item).find((o) => pairs(o).some((pair) => !has(more, pair)));
					return other ? [{ n: index + 1, item, answers: [part, more] as const, other }] : [];
				})
		)
	);
	const added = extended[0];
	if (!added) throw new Error(`no question of ${quiz.id} has an answer that another one adds to`);
	const disjoint = quiz.items.flatMap((item, index) => {
		const [a, b] = [item.samples.right, item.samples.wrong];
		const apart = a.form.length > 0 && b.form.length > 0 && !pairs(a).some((pair) => has(b, pair));
		return index + 1 !== added.n && apart ? [{ n: index + 1, item, answers: [a, b] as const }] : [];
	});
	const whole = disjoint[0];
	if (!whole) throw new Error(`no other question of ${quiz.id} has a right and a wrong answer that share no box`);
	return { whole, added };
}

test.describe('double submits', () => {
	test('after each item: concurrent answers, alike or not, store one answer, and the first stands', async ({
		quiz
	}) => {
		const room = await classroom(quiz, 'after-item');
		const { code } = room.assignment;
		for (const [index, item] of quiz.items.entries()) {
			const n = index + 1;
			const [a, b] = twoAnswers(quiz, n);
			// Even questions: the same answer twice at once (a double click); odd: two different answers at once (two tabs).
			const pair = n % 2 === 0 ? [a, a] : [a, b];
			const results = await Promise.all(pair.map((answer) => save(room, n, answer)));
			// Both are taken and lead to the feedback, even a copy that arrives after the answer to the last
			// question completed (and so submitted) the attempt.
			for (const result of results) {
				expectAccepted(result, `question ${n}`);
				expect(result.location).toBe(`/a/${code}/items/${n}#feedback`);
			}
			const row = answerOf(room, item);
			const kept = expectOneOf(row, item, pair, `question ${n}`);
			expect(row!.updatedAt, `question ${n}: never updated`).toBe(row!.createdAt);

			// Later answers are taken (a resent form is harmless) but change nothing.
			const other = kept === a ? b : a;
			expectAccepted(await save(room, n, other), `question ${n}, answered again`);
			expect(answerOf(room, item), `question ${n}: the first answer stands`).toEqual(row);
			// The feedback shown is the stored answer's.
			const page = await pageHtml(await room.learner.ctx.get(`/a/${code}/items/${n}`));
			const points = expectedPoints(item, kept);
			expect(page).toContain(`${points.score} of ${points.max} points`);
		}
		// One answer per question, and the attempt is complete.
		const [attempt] = record(room).attempts;
		expect(attempt.answers.map((a) => a.itemId).sort()).toEqual(quiz.items.map((i) => i.id).sort());
		expect(attempt.finishedAt).not.toBeNull();
		// Once complete, a late answer to a question is a repeat too: taken, leading to the feedback, storing nothing.
		const late = await save(room, 1, answerTo(quiz, 1, 'wrong'));
		expectAccepted(late, 'after completion');
		expect(late.location).toBe(`/a/${code}/items/1#feedback`);
		expect(record(room).attempts[0]).toEqual(attempt);
	});

	test('drafts: concurrent saves of different answers keep one of them whole; double submits count once', async ({
		quiz
	}) => {
		const room = await classroom(quiz, 'after-submit');
		const { code } = room.assignment;
		for (const [index, item] of quiz.items.entries()) {
			const n = index + 1;
			const [right, wrong] = twoAnswers(quiz, n);
			const partial = answerTo(quiz, n, 'partial');
			const sent = [right, wrong, partial, wrong, right];
			const results = await Promise.all(sent.map((answer) => save(room, n, answer)));
			const last = n === quiz.items.length;
			for (const result of results) {
				expectAccepted(result, `question ${n}`);
				expect(result.location).toBe(last ? `/a/${code}` : `/a/${code}/items/${n + 1}`);
			}
			expectOneOf(answerOf(room, item), item, sent, `question ${n}`);
		}
		expect(currentAnswers(room)).toHaveLength(quiz.items.length);

		// A save racing a submit: either it is in before the submit, or it is refused and stored nothing.
		const item = quiz.items[0];
		const before = answerOf(room, item)!;
		const beforeAnswer = [answerTo(quiz, 1, 'right'), answerTo(quiz, 1, 'wrong'), answerTo(quiz, 1, 'partial')].find(
			(a) => JSON.stringify(stored(a)) === JSON.stringify(before.answer)
		)!;
		const racer = [answerTo(quiz, 1, 'right'), answerTo(quiz, 1, 'wrong'), answerTo(quiz, 1, 'partial')].find(
			(a) => JSON.stringify(stored(a)) !== JSON.stringify(before.answer)
		)!;
		const [raced, submitted, again] = await Promise.all([save(room, 1, racer), submit(room), submit(room)]);
		expectAccepted(submitted, 'submit');
		expectAccepted(again, 'the second submit');
		expect(submitted.location).toBe(`/a/${code}/summary`);
		const after = record(room).attempts;
		expect(after, 'one attempt, submitted once').toHaveLength(1);
		expect(after[0].finishedAt).not.toBeNull();
		const row = after[0].answers.find((a) => a.itemId === item.id)!;
		if (raced.type === 'redirect') {
			expectOneOf(row, item, [racer], 'the save that got in before the submit');
		} else {
			expectRefused(raced, 409, SUBMITTED, 'the save after the submit');
			expectOneOf(row, item, [beforeAnswer], 'the answer from before the submit');
		}
		for (const answer of after[0].answers) {
			expect(answer.updatedAt <= after[0].finishedAt!, `${answer.itemId} saved before the submit`).toBe(true);
		}

		// A third submit keeps the first submission's time; saves are refused and change nothing.
		expectAccepted(await submit(room), 'a third submit');
		expectRefused(await save(room, 2, answerTo(quiz, 2, 'wrong')), 409, SUBMITTED, 'a save after the submit');
		expect(record(room).attempts).toEqual(after);
	});
});

test.describe('after the teacher closes the assignment', () => {
	for (const review of ['after-submit', 'after-item'] as const) {
		test(`answers get 409 and store nothing (${review})`, async ({ quiz }) => {
			const room = await classroom(quiz, review);
			const { code, id } = room.assignment;
			expectAccepted(await save(room, 1, answerTo(quiz, 1, 'right')), 'an answer while open');
			const open = record(room);
			expect(open.attempts[0].answers).toHaveLength(1);

			const closed = await postAction(room.teacher.ctx, `/teach/assignments/${id}?/close`, '', { origin: origin() });
			expectAccepted(closed, 'close');

			// A new answer, a changed one, and a resent one: all refused, with and without JavaScript.
			expectRefused(await save(room, 2, answerTo(quiz, 2, 'right')), 409, NOT_TAKING, 'a new answer');
			expectRefused(await save(room, 1, answerTo(quiz, 1, 'wrong')), 409, NOT_TAKING, 'a changed answer');
			expectRefused(await save(room, 1, answerTo(quiz, 1, 'right')), 409, NOT_TAKING, 'a resent answer');
			const html = await room.learner.ctx.post(`/a/${code}/items/2?/answer`, {
				headers: { origin: origin(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				data: formBody(answerTo(quiz, 2, 'wrong')),
				maxRedirects: 0,
				failOnStatusCode: false
			});
			expect(html.status(), 'without JavaScript').toBe(409);
			expect(await html.text()).toContain(NOT_TAKING);
			expectRefused(await submit(room), 409, NOT_TAKING, 'a submit');
			// Closing finished the attempt as it stood: the same answers, and a time it was finished.
			const [closedAttempt] = record(room).attempts;
			expect(closedAttempt.answers, 'nothing stored after closing').toEqual(open.attempts[0].answers);
			expect(closedAttempt.finishedAt, 'finished by closing').not.toBeNull();

			// No one joins a closed assignment.
			const join = await postAction(
				room.teacher.ctx,
				'/join',
				formOf([
					['code', code],
					['name', uniqueName('Late')]
				]),
				{
					origin: origin()
				}
			);
			expectRefused(join, 400, 'This assignment has closed.', 'a join');

			// Closing showed the solutions (two attempts hold them back until then): it is not opened again.
			expectRefused(
				await postAction(room.teacher.ctx, `/teach/assignments/${id}?/reopen`, '', { origin: origin() }),
				409,
				'Closing showed the answers; make a new assignment instead.',
				'reopen'
			);
			expectRefused(
				await save(room, 2, answerTo(quiz, 2, 'right')),
				409,
				NOT_TAKING,
				'an answer after the refused reopen'
			);
			expect(record(room).attempts, 'nothing stored after the refused reopen').toEqual([closedAttempt]);
		});
	}
});

test.describe('one learner in two tabs', () => {
	/** Opens a page and waits until it has hydrated (until then a change is not saved in the background). */
	async function open(page: Page, path: string) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}

	const status = (page: Page) => page.locator('.save-status');

	test('drafts from both tabs converge; a submit in one makes the other refuse saves and say so', async ({
		quiz,
		browser
	}) => {
		const base = origin();
		const teacher = await signUpTeacher(base);
		const classId = await createClass(teacher, 'Two tabs');
		const { code } = await assignModule(teacher, classId, quiz.id, { review: 'after-submit' });
		const name = uniqueName('Tabby');

		const contextA = await browser.newContext();
		const joined = await contextA.request.post('/join', {
			headers: { origin: base, accept: 'text/html' },
			form: { code, name },
			maxRedirects: 0
		});
		expect(joined.status()).toBe(303);
		// The second tab: the same cookie, in a context of its own.
		const contextB = await browser.newContext({ storageState: await contextA.storageState() });
		const tabA = await contextA.newPage();
		const tabB = await contextB.newPage();

		// Question `whole`: two answers with nothing in common. Question `added`: one answer that another one
		// extends (its boxes and a few more), so that a second tab can add to what the first saved.
		const { whole, added } = twoTabQuestions(quiz);
		const [first, later] = whole.answers;
		const [part, more] = added.answers;
		// A form posts its boxes in the page's order: lists are compared as sets.
		const rowOf = (item: Item) =>
			unordered(learnerRecord(code, name).attempts[0].answers.find((a) => a.itemId === item.id)?.answer);
		const saved = (answer: Answer) => unordered(stored(answer));

		// Both tabs show the same question; each gives a different answer and each save is acknowledged.
		await open(tabA, `/a/${code}/items/${whole.n}`);
		await open(tabB, `/a/${code}/items/${whole.n}`);
		await fillAnswer(tabA, first);
		await expect(status(tabA)).toContainText('Saved at');
		await expect.poll(() => rowOf(whole.item)).toEqual(saved(first));
		await fillAnswer(tabB, later);
		await expect(status(tabB)).toContainText('Saved at');
		// The later save wins, whole: tab B's form had only its own answer.
		await expect.poll(() => rowOf(whole.item)).toEqual(saved(later));

		// Tab B answers another question; tab A opens it, sees that, and adds to it.
		await open(tabB, `/a/${code}/items/${added.n}`);
		await fillAnswer(tabB, part);
		await expect(status(tabB)).toContainText('Saved at');
		await expect.poll(() => rowOf(added.item)).toEqual(saved(part));
		await open(tabA, `/a/${code}/items/${added.n}`);
		expect(await checkedPairs(tabA)).toEqual(pairs(part));
		await fillAnswer(tabA, more);
		await expect(status(tabA)).toContainText('Saved at');
		await expect.poll(() => rowOf(added.item)).toEqual(saved(more));

		// Both tabs, reloaded, show the same stored answers.
		for (const tab of [tabA, tabB]) {
			await open(tab, `/a/${code}/items/${whole.n}`);
			expect(await checkedPairs(tab)).toEqual(pairs(later));
		}
		await open(tabB, `/a/${code}/items/${added.n}`);
		expect(await checkedPairs(tabB)).toEqual(pairs(more));

		// Tab A submits; tab B still shows the form.
		await open(tabA, `/a/${code}`);
		await tabA.getByRole('checkbox', { name: /^Submit with \d+ questions? unanswered$/ }).check();
		await tabA.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(tabA).toHaveURL(new RegExp(`/a/${code}/summary$`));
		const submitted = learnerRecord(code, name).attempts[0];
		expect(submitted.finishedAt).not.toBeNull();

		// Tab B's next change is refused, and the tab says why; nothing is stored.
		await fillAnswer(tabB, added.other);
		await expect(status(tabB)).toContainText(`Not saved yet: ${SUBMITTED}`);
		const direct = await postAction(contextB.request, `/a/${code}/items/${added.n}?/answer`, formBody(part), {
			origin: base
		});
		expectRefused(direct, 409, SUBMITTED, 'a save from tab B');
		expect(learnerRecord(code, name).attempts[0]).toEqual(submitted);

		// Reloaded, tab B shows the attempt as submitted: no form anywhere; the feedback, now earned, on the
		// questions answered, and "submitted" on the others.
		await open(tabB, `/a/${code}/items/${added.n}`);
		await expect(tabB.locator('#feedback')).toBeVisible();
		await expect(tabB.locator('form[action="?/answer"]')).toHaveCount(0);
		const unanswered = quiz.items.findIndex((_, i) => i + 1 !== whole.n && i + 1 !== added.n) + 1;
		await open(tabB, `/a/${code}/items/${unanswered}`);
		await expect(tabB.getByText('Your answers are submitted.')).toBeVisible();
		await expect(tabB.locator('form[action="?/answer"]')).toHaveCount(0);
		await open(tabB, `/a/${code}`);
		await expect(tabB.getByRole('link', { name: 'See your results' })).toBeVisible();
		await expect(tabB.getByRole('button', { name: 'Submit my answers' })).toHaveCount(0);

		await contextA.close();
		await contextB.close();
		await teacher.ctx.dispose();
	});
});
