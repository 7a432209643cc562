import { budget, weigh } from '../bench/page-weight.js';
import { expect, firstOfEachKind, itemUrl, moduleUrl, shippedModule, test } from './fixtures';

/*
 * PRODUCT.md's budget for a learner's quiz page, measured as `npm run
 * bench:size` measures it: what the browser actually requests, gzipped.
 * A question page carries its kind's views, so the first question of each
 * kind is weighed. This checks size, not speed, so it cannot flake on a busy machine.
 */
test('a learner’s quiz page loads at most 50 KB of JavaScript and 15 KB of CSS (gzip), whatever its kind', async ({
	browser,
	baseURL
}) => {
	const module = shippedModule();
	const starter = await browser.newContext({ baseURL });
	const page = await starter.newPage();
	await page.goto(moduleUrl(module));
	await page.getByRole('button', { name: 'Start' }).click();
	await page.waitForURL(/items\/1$/);
	const storageState = await starter.storageState();
	await starter.close();

	// In each language: the page's words differ, and so may its scripts (README, "Languages").
	for (const n of firstOfEachKind(module))
		for (const locale of ['en', 'de']) {
			// The same practice cookie, an empty cache: every file is fetched, as on a first visit.
			const fresh = await browser.newContext({ baseURL, storageState });
			await fresh.addCookies([{ name: 'locale', value: locale, url: baseURL }]);
			const quiz = await fresh.newPage();
			const weight = await weigh(quiz, () => quiz.goto(itemUrl(module, n)));
			await expect(quiz.locator('html')).toHaveAttribute('lang', locale);
			await fresh.close();
			const kind = `${module.items[n - 1].kind} (${locale})`;
			expect(weight.js.files, kind).toBeGreaterThan(0);
			expect(weight.css.files, kind).toBeGreaterThan(0);
			expect(weight.js.gzip, `${kind}: JavaScript`).toBeLessThanOrEqual(budget.js);
			expect(weight.css.gzip, `${kind}: CSS`).toBeLessThanOrEqual(budget.css);
		}
});
