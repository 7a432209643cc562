import type { Page } from '@playwright/test';
import {
	answerFor,
	answerForm,
	expect,
	expectAccepted,
	expectFeedback,
	expectSummary,
	expectedPoints,
	feedback,
	fillAnswer,
	formBody,
	itemUrl,
	firstOfEachKind,
	moduleUrl,
	origin,
	postAnswer,
	revealingMarks,
	startModule,
	submitAnswer,
	summaryUrl,
	test,
	variantFor,
	type Item,
	type Module,
	type Points
} from './fixtures';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = (module: Module, n: number) => new RegExp(`${escapeRe(itemUrl(module, n))}(#feedback)?$`);

/** The whole life of a practice attempt: catalog, start, every item answered, a reload half-way, the summary. */
async function lifecycle(page: Page, quiz: Module, run: number) {
	const total = quiz.items.length;
	const points = new Map<string, Points>();

	await page.goto('/');
	await page.getByRole('link', { name: quiz.title }).click();
	await expect(page).toHaveURL(new RegExp(`${escapeRe(moduleUrl(quiz))}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
	await expect(page.getByRole('link', { name: /Continue at question/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Start', exact: true }).click();

	const reloadAfter = Math.max(1, Math.floor(total / 2));
	for (const [index, item] of quiz.items.entries()) {
		const n = index + 1;
		await test.step(`question ${n} (${item.kind}, ${item.id})`, async () => {
			await expect(page).toHaveURL(at(quiz, n));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
			await expect(page.getByText(`Question ${n} of ${total} · ${index} answered`)).toBeVisible();

			// Before answering: the form, no feedback, nothing of the key highlighted.
			await expect(answerForm(page)).toBeVisible();
			await expect(feedback(page)).toHaveCount(0);
			await expect(revealingMarks(page)).toHaveCount(0);

			const answer = answerFor(item, variantFor(quiz, index, run));
			await fillAnswer(page, answer);
			await submitAnswer(page);

			await expect(page).toHaveURL(`${itemUrl(quiz, n)}#feedback`);
			points.set(item.id, await expectFeedback(page, quiz, item, answer));
			await expect(page.getByRole('link', { name: `Question ${n}, answered`, exact: true })).toBeVisible();
			await expect(page.getByText(`Question ${n} of ${total} · ${n} answered`)).toBeVisible();

			if (n === reloadAfter && n < total) {
				await test.step('a reload keeps the progress', async () => {
					await page.reload();
					await expectFeedback(page, quiz, item, answer);

					await page.goto(itemUrl(quiz, 1));
					await expect(feedback(page).locator('.score')).toHaveText(
						`${points.get(quiz.items[0].id)!.score} of ${points.get(quiz.items[0].id)!.max} points`
					);
					await expect(answerForm(page)).toHaveCount(0);

					await page.goto(summaryUrl(quiz));
					await expectSummary(page, quiz, points);

					await page.goto(moduleUrl(quiz));
					await expect(page.getByText(`You have answered ${n} of ${total} questions.`)).toBeVisible();
					await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
					await page.getByRole('link', { name: `Continue at question ${n + 1}`, exact: true }).click();
				});
			} else if (n < total) {
				await page.getByRole('link', { name: 'Next question' }).click();
			} else {
				await expect(page.getByRole('link', { name: 'Next question' })).toHaveCount(0);
				await page.getByRole('link', { name: 'See your results' }).click();
			}
		});
	}

	await expect(page).toHaveURL(new RegExp(`${escapeRe(summaryUrl(quiz))}$`));
	await expectSummary(page, quiz, points);
	// Every kind was answered both with full marks and without, across the two runs; this run mixes them.
	const scores = [...points.values()];
	expect(scores.some((p) => p.score === p.max) && scores.some((p) => p.score < p.max)).toBe(true);

	await page.goto(moduleUrl(quiz));
	await expect(page.getByRole('link', { name: 'See your results' })).toBeVisible();
	await expect(page.getByText(`You have answered ${total} of ${total} questions.`)).toBeVisible();
}

test.describe('with JavaScript', () => {
	// The one walk through every question of a shipped module; every other flow runs on the small test module.
	test('start, answer every question of the shipped module, reload, review', async ({ page, shipped }) => {
		test.slow();
		await lifecycle(page, shipped, 0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('start, answer every question, reload, review', async ({ page, quiz }) => {
		test.slow();
		await lifecycle(page, quiz, 1);
	});
});

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		test('a double submit counts once', async ({ page, quiz }) => {
			await startModule(page, quiz);
			const points = new Map<string, Points>();
			const [a, b] = firstOfEachKind(quiz);

			// The same form posted twice at once and once more later, then a better answer: the first stands.
			const itemA = quiz.items[a - 1];
			const first = answerFor(itemA, 'partial');
			const better = answerFor(itemA, 'right');
			expect(expectedPoints(itemA, better).score).toBeGreaterThan(expectedPoints(itemA, first).score);
			const body = formBody(first);
			const twice = await Promise.all([postAnswer(page, quiz, a, body), postAnswer(page, quiz, a, body)]);
			for (const response of twice) await expectAccepted(response, quiz, a);
			await expectAccepted(await postAnswer(page, quiz, a, body), quiz, a);
			await expectAccepted(await postAnswer(page, quiz, a, formBody(better)), quiz, a);
			points.set(itemA.id, expectedPoints(itemA, first));
			await page.goto(itemUrl(quiz, a));
			await expectFeedback(page, quiz, itemA, first);

			// A double click on the button.
			const itemB = quiz.items[b - 1];
			await page.goto(itemUrl(quiz, b));
			const second = answerFor(itemB, 'partial');
			await fillAnswer(page, second);
			await answerForm(page).getByRole('button', { name: 'Check my answer' }).dblclick();
			await expect(feedback(page)).toBeVisible();
			points.set(itemB.id, await expectFeedback(page, quiz, itemB, second));

			// Each counted once: one question answered per skill, its points once.
			await page.goto(summaryUrl(quiz));
			await expectSummary(page, quiz, points);
		});
	});
}

/**
 * Answers no learner's browser can send for an item: each field of its form
 * given a value no page offers. (What each kind refuses, field by field, is
 * checked in the kind's own tests.)
 */
function badBodies(item: Item): Array<[string, string]> {
	const fields = [...new Set(item.samples.right.form.map(([name]) => name))];
	const every = (value: string) => new URLSearchParams(fields.map((name) => [name, value])).toString();
	return [
		['values nobody was offered', every('nobody')],
		['a number far outside anything offered', every('999999')],
		['a negative number', every('-1')],
		['a fractional number', every('1.5')],
		['empty values', every('')],
		['very long values', every('x'.repeat(200))]
	];
}

test('bad input gets a 4xx and changes nothing', async ({ page, quiz }) => {
	await startModule(page, quiz);
	const refused: string[] = [];
	for (const n of firstOfEachKind(quiz)) {
		const item = quiz.items[n - 1];
		const bodies: Array<[string, string, string?]> = [
			...badBodies(item),
			['garbage as text', 'garbage', 'text/plain'],
			['garbage bytes', '\u0000\u00ff\u0001garbage', 'application/octet-stream'],
			['a broken multipart body', 'garbage', 'multipart/form-data; boundary=x'],
			['a multipart body without a boundary', 'garbage', 'multipart/form-data'],
			['a body too large', `answer=${'x'.repeat(70_000)}`]
		];
		for (const [what, body, type] of bodies) {
			const response = await postAnswer(page, quiz, n, body, type);
			const status = response.status();
			if (status < 400 || status >= 500) refused.push(`question ${n} (${item.kind}), ${what}: HTTP ${status}`);
		}
	}
	expect(refused, 'every bad answer is refused with a 4xx').toEqual([]);

	// Nothing was recorded.
	for (const n of firstOfEachKind(quiz)) {
		await page.goto(itemUrl(quiz, n));
		await expect(answerForm(page)).toBeVisible();
		await expect(feedback(page)).toHaveCount(0);
	}
	await page.goto(summaryUrl(quiz));
	await expectSummary(page, quiz, new Map());
	await page.goto(moduleUrl(quiz));
	await expect(page.getByText(`You have answered 0 of ${quiz.items.length} questions.`)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Continue at question 1', exact: true })).toBeVisible();
});

test('an answer to a question that does not exist is a 404', async ({ page, quiz }) => {
	await startModule(page, quiz);
	for (const n of ['0', String(quiz.items.length + 1), 'x']) {
		const response = await page.request.post(`/modules/${quiz.id}/items/${n}?/answer`, {
			headers: { origin: origin(), accept: 'text/html' },
			form: { speaker: 'nobody' },
			maxRedirects: 0,
			failOnStatusCode: false
		});
		expect(response.status(), `question ${n}`).toBe(404);
	}
});

interface Forgery {
	body: string;
	type?: string;
	message: string | RegExp;
}

/** What the browser is made to send instead of the learner's answer, and what the page then says. */
const forged = (item: Item): Forgery => ({
	body: new URLSearchParams(item.samples.forged.form).toString(),
	message: item.samples.forged.message
});

// Any message will do, as long as there is one: its wording is not this test's business.
const garbage: Forgery = { body: 'garbage', type: 'text/plain', message: /\w/ };

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		test('a refused answer shows the error with role=alert and keeps the form', async ({ page, quiz }) => {
			await startModule(page, quiz);
			const cases: Array<[number, Forgery]> = firstOfEachKind(quiz).map((n) => [n, forged(quiz.items[n - 1])]);
			cases.push([cases[0][0], garbage]);
			for (const [n, bad] of cases) {
				const item = quiz.items[n - 1];
				await page.goto(itemUrl(quiz, n));
				// The learner fills in the form properly; the request is changed on its way.
				await fillAnswer(page, answerFor(item, 'right'));
				const action = `**${itemUrl(quiz, n)}?/answer`;
				await page.route(action, (route) =>
					route.continue({
						postData: bad.body,
						headers: { ...route.request().headers(), 'content-type': bad.type ?? 'application/x-www-form-urlencoded' }
					})
				);
				const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('?/answer'));
				await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
				const response = await posted;
				if (js) {
					// use:enhance asks for JSON: the failure's status travels inside it.
					expect(await response.json()).toMatchObject({ type: 'failure', status: 400 });
				} else {
					expect(response.status()).toBe(400);
				}
				await expect(page.getByRole('alert')).toHaveText(bad.message);
				await expect(answerForm(page)).toBeVisible();
				await expect(feedback(page)).toHaveCount(0);
				await expect(revealingMarks(page)).toHaveCount(0);
				await page.unroute(action);
			}

			await page.goto(summaryUrl(quiz));
			await expectSummary(page, quiz, new Map());
		});
	});
}
