import type { Page } from '@playwright/test';
import {
	answerFor,
	axeAtWidths,
	expect,
	expectAccepted,
	fillAnswer,
	formBody,
	itemUrl,
	firstOfEachKind,
	moduleUrl,
	postAnswer,
	submitAnswer,
	summaryUrl,
	test
} from './fixtures';

/*
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every page a learner sees, at a
 * desktop and a phone width. All pages are checked before the verdict, so
 * one run lists every violation.
 */
test('every learner page passes axe at both widths', async ({ page, quiz }) => {
	test.slow();
	const violations: string[] = [];
	const check = async (label: string, expectHeading?: string | RegExp) => {
		if (expectHeading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectHeading);
		violations.push(...(await axeAtWidths(page, label)));
	};
	const go = async (path: string, status = 200) => {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(status);
	};

	await go('/');
	await check('catalog', 'Read the news closely');
	await go(moduleUrl(quiz));
	await check('module page, not started', quiz.title);
	// The intro links to the glossary of the words the questions use.
	await page.getByRole('link', { name: 'Words explained' }).click();
	await check('glossary', 'Words explained');
	await go(moduleUrl(quiz));

	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, 1)}$`));

	const done = new Set<number>();
	for (const n of firstOfEachKind(quiz)) {
		const item = quiz.items[n - 1];
		const kind = item.kind;
		await go(itemUrl(quiz, n));
		await check(`${kind} question, unanswered`, item.prompt);
		// Asked for (a link to the question): on a phone the answer, folded away before, is checked unfolded too.
		await page.evaluate(() => (location.hash = 'question'));
		// A partial answer: the feedback then shows right and wrong parts.
		await fillAnswer(page, answerFor(item, 'partial'));
		await check(`${kind} question, filled in`);
		await submitAnswer(page);
		// Every "Why?" opened, so that the explanations behind them are checked too, and the question numbers that
		// a phone keeps behind "All questions".
		await page
			.locator('details.why, details.progress-narrow')
			.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await check(`${kind} question, answered`, item.prompt);
		done.add(n);
	}

	await go(moduleUrl(quiz));
	await expect(page.getByRole('link', { name: /Continue at question/ })).toBeVisible();
	await check('module page, started', quiz.title);
	await go(summaryUrl(quiz));
	await expect(page.locator('.notice')).toBeVisible();
	await check('summary, incomplete', 'Your results');

	// The other questions are answered without the pages, to reach the full summary quickly.
	await answerTheRest(page, done);
	await go(summaryUrl(quiz));
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await check('summary, complete', 'Your results');

	await go('/no-such-page', 404);
	await check('404 page', 'Not found');
	await go(itemUrl(quiz, quiz.items.length + 1), 404);
	await check('404 page of a question', 'Not found');

	expect(violations, `axe found violations:\n\n${violations.join('\n\n')}`).toEqual([]);

	async function answerTheRest(page: Page, done: Set<number>) {
		for (const [index, item] of quiz.items.entries()) {
			const n = index + 1;
			if (done.has(n)) continue;
			const body = formBody(answerFor(item, 'right'));
			await expectAccepted(await postAnswer(page, quiz, n, body), quiz, n);
		}
	}
});
