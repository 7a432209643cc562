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
	KINDS,
	moduleUrl,
	origin,
	passageWords,
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
async function lifecycle(page: Page, quiz: Module, run: number, js: boolean) {
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

			const words = item.kind === 'loaded-wording' ? await passageWords(page) : [];
			const answer = answerFor(item, variantFor(quiz, index, run), words);
			await fillAnswer(page, answer);
			if (js && answer.kind === 'loaded-wording') {
				const count = answer.marks.length;
				await expect(page.locator('.marked-count')).toHaveText(`${count} ${count === 1 ? 'word' : 'words'} marked.`);
			}
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
		await lifecycle(page, shipped, 0, true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('start, answer every question, reload, review', async ({ page, quiz }) => {
		test.slow();
		await lifecycle(page, quiz, 1, false);
	});
});

/** The items' numbers (1-based), one per kind: the first of each. */
const firstOfEachKind = (quiz: Module) =>
	KINDS.map((kind) => quiz.items.findIndex((i) => i.kind === kind) + 1).filter((n) => n > 0);

async function wordsOf(page: Page, quiz: Module, n: number) {
	if (quiz.items[n - 1].kind !== 'loaded-wording') return [];
	await page.goto(itemUrl(quiz, n));
	return passageWords(page);
}

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		test('a double submit counts once', async ({ page, quiz }) => {
			await startModule(page, quiz);
			const points = new Map<string, Points>();
			const [a, b] = firstOfEachKind(quiz);

			// The same form posted twice at once and once more later, then a better answer: the first stands.
			const itemA = quiz.items[a - 1];
			const wordsA = await wordsOf(page, quiz, a);
			const first = answerFor(itemA, 'partial', wordsA);
			const better = answerFor(itemA, 'right', wordsA);
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
			const second = answerFor(itemB, 'partial', await passageWords(page));
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

/** Answers no learner's browser can send for an item: each must be refused. */
function badBodies(item: Item, words: number[]): Array<[string, string]> {
	switch (item.kind) {
		case 'attribution': {
			const { speaker, mode } = item.key;
			return [
				['a speaker not offered', `speaker=nobody&mode=${mode}`],
				['an unknown mode', `speaker=${speaker}&mode=hearsay`],
				['no mode', `speaker=${speaker}`],
				['nothing at all', ''],
				['a very long speaker', `speaker=${'x'.repeat(200)}&mode=${mode}`]
			];
		}
		case 'loaded-wording': {
			const tokens = item.key.passage.tokens;
			const last = Math.max(...tokens);
			const punct = tokens.filter((i) => !words.includes(i));
			const bodies: Array<[string, string]> = [
				['a token after the passage', `mark=${words[0]}&mark=${last + 1}`],
				['a token far outside the passage', `mark=${last + 100000}`],
				['a word that is not a number', 'mark=bellicose'],
				['a negative token', 'mark=-1'],
				['a fractional token', `mark=${words[0]}.5`],
				['too many marks', Array.from({ length: 501 }, () => `mark=${words[0]}`).join('&')]
			];
			if (Math.min(...tokens) > 0) bodies.push(['a token before the passage', `mark=${Math.min(...tokens) - 1}`]);
			if (punct.length) bodies.push(['a punctuation token', `mark=${punct[0]}`]);
			return bodies;
		}
		case 'disputed-claim': {
			const { choices, sources } = item.key;
			return [
				['an asserter not offered', `asserters=nobody&reportedIn=${sources[0]}`],
				['a disputer not offered', `asserters=${choices[0]}&disputers=reporter`],
				['a report that does not exist', `asserters=${choices[0]}&reportedIn=nowhere`],
				['a report given as a speaker', `asserters=${sources[0]}`]
			];
		}
	}
}

test('bad input gets a 4xx and changes nothing', async ({ page, quiz }) => {
	await startModule(page, quiz);
	const refused: string[] = [];
	for (const n of firstOfEachKind(quiz)) {
		const item = quiz.items[n - 1];
		const words = await wordsOf(page, quiz, n);
		const bodies: Array<[string, string, string?]> = [
			...badBodies(item, words),
			['garbage as text', 'garbage', 'text/plain'],
			['garbage bytes', '\u0000\u00ff\u0001garbage', 'application/octet-stream'],
			['a broken multipart body', 'garbage', 'multipart/form-data; boundary=x'],
			['a multipart body without a boundary', 'garbage', 'multipart/form-data'],
			['a body too large', `speaker=${'x'.repeat(70_000)}`]
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
function forged(item: Item): Forgery {
	switch (item.kind) {
		case 'attribution':
			return { body: `speaker=nobody&mode=${item.key.mode}`, message: 'Choose one of the speakers offered.' };
		case 'loaded-wording':
			return { body: `mark=${Math.max(...item.key.passage.tokens) + 1}`, message: 'Marks must be words of the passage.' };
		case 'disputed-claim':
			return { body: 'asserters=nobody', message: 'Choose among the speakers offered.' };
	}
}

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
				await fillAnswer(page, answerFor(item, 'right', await passageWords(page)));
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
