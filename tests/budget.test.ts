import { expect, test } from '@playwright/test';
import { budget, weigh } from '../bench/page-weight.js';

/*
 * PRODUCT.md's budget for a learner's quiz page, measured as `npm run
 * bench:size` measures it: what the browser actually requests, gzipped.
 * This checks size, not speed, so it cannot flake on a busy machine.
 */
test('a learner’s quiz page loads at most 50 KB of JavaScript and 15 KB of CSS (gzip)', async ({
	browser,
	baseURL
}) => {
	const starter = await browser.newContext({ baseURL });
	const page = await starter.newPage();
	await page.goto('/modules/putin-press-conference-2021');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.waitForURL(/items\/1$/);
	const storageState = await starter.storageState();
	await starter.close();

	// The same practice cookie, an empty cache: every file is fetched, as on a first visit.
	const fresh = await browser.newContext({ baseURL, storageState });
	const quiz = await fresh.newPage();
	const weight = await weigh(quiz, () => quiz.goto('/modules/putin-press-conference-2021/items/1'));
	await fresh.close();

	expect(weight.js.files).toBeGreaterThan(0);
	expect(weight.css.files).toBeGreaterThan(0);
	expect(weight.js.gzip).toBeLessThanOrEqual(budget.js);
	expect(weight.css.gzip).toBeLessThanOrEqual(budget.css);
});
