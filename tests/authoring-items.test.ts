import type { Page } from '@playwright/test';
import { axeAtWidths, expect, openSettled, origin, pageHtml, test, uniqueEmail } from './fixtures';
import { storeAuthoredModule } from './authored';

/*
 * A teacher writes an attribution item of their own module in the browser: a quote typed with a typo
 * is saved as a draft with the report's closest words, in plain words, the fixed one has no problems, and
 * words selected with the mouse in a report fill the quote field last in focus. The module is put
 * straight into the test server's database (the editor's pages for a module are another page's).
 */

/** Drags the mouse over `words` in the report, as a teacher selects them. */
async function selectWithMouse(page: Page, report: string, words: string) {
	const box = await page.locator(`#doc-${report}`).evaluate((article, words) => {
		const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(words);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			const rects = range.getClientRects();
			const first = rects[0];
			const last = rects[rects.length - 1];
			return {
				x0: first.left + 1,
				y0: first.top + first.height / 2,
				x1: last.right - 1,
				y1: last.top + last.height / 2
			};
		}
		throw new Error(`"${words}" is not in one text node of the report`);
	}, words);
	await page.mouse.move(box.x0, box.y0);
	await page.mouse.down();
	await page.mouse.move(box.x1, box.y1, { steps: 5 });
	await page.mouse.up();
}

test('a teacher writes an attribution item: a typo gets the closest match, selected words fill a quote', async ({
	page
}) => {
	test.slow();
	const email = uniqueEmail('authoring');
	await openSettled(page, '/signup');
	await page.getByLabel('Your name').fill('Ms Author');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill('a long enough password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	const moduleId = storeAuthoredModule(email);

	// A question the module does not have: not found, in the teacher's language (English last, for what follows).
	const missing = `/teach/modules/${moduleId}/edit/items/no-such-question`;
	for (const [locale, text] of [
		['de', 'Sie haben kein solches Modul, oder es enthält keine solche Frage.'],
		['en', 'There is no such module of yours, or no such question in it.']
	]) {
		await page.context().addCookies([{ name: 'locale', value: locale, url: origin() }]);
		const response = await page.request.get(missing);
		expect(response.status()).toBe(404);
		expect(await pageHtml(response)).toContain(text);
	}

	await openSettled(page, `/teach/modules/${moduleId}/edit/items/new?kind=attribution`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	const violations = await axeAtWidths(page, 'new attribution item');
	await page.setViewportSize({ width: 1280, height: 900 });

	const statement = page.getByRole('group', { name: 'The statement' });
	const evidence = page.getByRole('group', { name: 'Evidence 1' });
	await page.getByLabel('Question', { exact: true }).fill('Who says that nobody uses the building?');
	await statement.getByLabel('Report').selectOption({ label: 'Council votes to close Elm Street library' });
	await statement.getByLabel('Quote').fill('“We cannot keep a building open that nobody loves,”');
	await page.getByLabel('Speaker 1').selectOption({ label: 'Dana Holt' });
	await page.getByLabel('Who is speaking (the answer)').selectOption({ label: 'Dana Holt' });
	await page.getByLabel('How the statement is attributed (the answer)').selectOption({ label: 'Direct quote' });
	await page.getByLabel('Explanation', { exact: true }).fill('The words stand in quotation marks: the mayor’s own.');

	// Selected words go to the quote field last in focus, with its report.
	await evidence.getByLabel('Quote').focus();
	await selectWithMouse(page, 'gazette', 'said Mayor Dana Holt');
	await expect(evidence.getByLabel('Quote')).toHaveValue('said Mayor Dana Holt');
	await expect(evidence.getByLabel('Report')).toHaveValue('gazette');
	await expect(page.locator('.documents [aria-live="polite"]')).toHaveText(
		'Quote filled from Council votes to close Elm Street library: “said Mayor Dana Holt”'
	);

	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page).toHaveURL(new RegExp(`/edit/items/item-1\\?saved$`));
	const problems = page.locator('div.problems');
	await expect(problems).toContainText('Saved as a draft.');
	// In the teacher's words, the report's closest words with them; the compile step's wording folded away.
	const problem = problems.locator('li');
	await expect(problem).toHaveCount(1);
	await expect(problem).toContainText(
		'The words ““We cannot keep a building open that nobody loves,”” are not in the report; the closest words in it are ““We cannot keep a building open that nobody uses,””.'
	);
	// It is this question's: no link to the page it is on.
	await expect(problem).not.toContainText('Question “item-1”');
	await expect(problem.getByRole('link')).toHaveCount(0);
	const detail = problem.locator('details');
	await expect(detail.locator('code')).not.toBeVisible();
	await detail.getByText('Technical detail').click();
	await expect(detail.locator('code')).toHaveText(
		`quizzes/${moduleId}/key.ts: item item-1 (attribution): statement: quote "“We cannot keep a building open that nobody loves,”" is not in the document; closest match: "“We cannot keep a building open that nobody uses,”"`
	);
	violations.push(...(await axeAtWidths(page, 'attribution item with a problem')));
	await page.setViewportSize({ width: 1280, height: 900 });

	await statement.getByLabel('Quote').fill('“We cannot keep a building open that nobody uses,”');
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(problems).toHaveText('Saved. This question has no problems.');
	// The evidence the mouse chose was saved with the item.
	await expect(evidence.getByLabel('Quote')).toHaveValue('said Mayor Dana Holt');
	expect(violations).toEqual([]);
});
