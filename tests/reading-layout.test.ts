import type { Locator, Page } from '@playwright/test';
import {
	answerFor,
	answerForm,
	axeAtWidths,
	expect,
	feedback,
	fillAnswer,
	firstOfEachKind,
	formBody,
	hydrated,
	itemUrl,
	startModule,
	submitAnswer,
	test
} from './fixtures';
import { answerItem, assignModule, createClass, joinAs, signUpTeacher, submitAttempt } from './seed';

/*
 * The learner's item page is for reading beside the question (issue 8, §1): on a laptop the question and the
 * reports share the first screen and the question stays while the reports scroll; on a phone the question and the
 * first report share the first screen, the answer one tap away, and the links into a report show it, whichever
 * report was chosen before; without JavaScript switching reports keeps the answer being
 * given; the keyboard reaches the answer in three Tab presses and, after "Next question", starts at the new one.
 */

const firstControl = (page: Page) => answerForm(page).locator('input, select, textarea').first();
const firstParagraph = (page: Page) => page.locator('.document:visible p.para').first();
const switchLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Choose a report' }).getByRole('link', { name, exact: true });

/** The report a link's place is in ("#gazette-t12" → the article holding that mark), and the place. */
async function placeOf(page: Page, link: Locator) {
	const href = (await link.getAttribute('href'))!;
	const place = page.locator(`[id="${href.slice(1)}"]`);
	const name = await place.evaluate((el) => el.closest('article')!.querySelector('.name')!.firstChild!.textContent!);
	return { place, name };
}

/** The switch's other report: not the one `name` names. */
async function otherReport(page: Page, name: string) {
	const names = await page
		.getByRole('navigation', { name: 'Choose a report' })
		.getByRole('link')
		.filter({ hasNotText: 'Question' })
		.allTextContents();
	return names.find((n) => n !== name)!;
}

test('@practice on a laptop the answer and the first paragraph share the first screen, and the question stays while reading', async ({
	page,
	quiz,
	shipped
}) => {
	await startModule(page, quiz);
	for (const size of [
		{ width: 1280, height: 800 },
		{ width: 1366, height: 768 }
	]) {
		await page.setViewportSize(size);
		for (const n of firstOfEachKind(quiz)) {
			await page.goto(itemUrl(quiz, n));
			await hydrated(page);
			const where = `question ${n} (${quiz.items[n - 1].kind}) at ${size.width}×${size.height}`;
			expect(await page.evaluate(() => scrollY), where).toBe(0);
			await expect(firstControl(page), where).toBeInViewport({ ratio: 1 });
			await expect(firstParagraph(page), where).toBeInViewport();
		}
	}

	// The reports of the shipped module are long: reading on scrolls them, and the question stays on screen.
	await startModule(page, shipped);
	await page.goto(itemUrl(shipped, 1));
	await hydrated(page);
	await expect(firstControl(page)).toBeInViewport({ ratio: 1 });
	await expect(firstParagraph(page)).toBeInViewport();
	await page.locator('.document:visible p.para').last().scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
	await expect(firstParagraph(page)).not.toBeInViewport();
	await expect(firstControl(page)).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('@practice the keyboard: the skip link reaches the answer in 3 Tab presses; after “Next question” focus is on the new question', async ({
	page,
	quiz
}) => {
	await startModule(page, quiz);
	for (const n of firstOfEachKind(quiz)) {
		await page.goto(itemUrl(quiz, n));
		await hydrated(page);
		const control = firstControl(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the question' })).toBeFocused();
		await page.keyboard.press('Enter');
		let presses = 1;
		while (!(await control.evaluate((el) => el === document.activeElement)) && presses < 10) {
			await page.keyboard.press('Tab');
			presses++;
		}
		expect(presses, `Tab presses to question ${n}'s first answer control`).toBeLessThanOrEqual(3);
	}

	await page.goto(itemUrl(quiz, 1));
	await fillAnswer(page, answerFor(quiz.items[0], 'right'));
	await submitAnswer(page);
	await expect(feedback(page)).toBeFocused();
	await page.getByRole('link', { name: 'Next question' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, 2)}$`));
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(quiz.items[1].prompt);
	await expect(heading).toBeFocused();
	// The question numbers come after the question: from the heading, the next stop is in the question.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('#question form') !== null)).toBe(true);
	// Answered is not "✓" (the feedback's “Right”), but said in words; the numbers show it by fill and underline.
	const numbers = page.getByRole('navigation', { name: 'Questions' });
	await expect(numbers).not.toContainText('✓');
	await expect(numbers.getByRole('link', { name: 'Question 1, answered', exact: true })).toHaveClass(/done/);
});

/*
 * On a phone the question comes first with its answer folded away (its prompt, what it is about, and "Answer the
 * question"), so that the question and the start of the first report share the first screen: at least two lines of
 * the report's first paragraph. Before, the answer stood between them: the paragraph started 1,392–2,095 px down.
 * Reading on, the switch at the top of the screen brings the whole question and its answer back in one tap.
 */
test('@practice on a phone the question and the first report share the first screen, and the answer is one tap away', async ({
	page,
	quiz
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await startModule(page, quiz);
	const heading = page.getByRole('heading', { level: 1 });
	for (const n of firstOfEachKind(quiz)) {
		await page.goto(itemUrl(quiz, n));
		await hydrated(page);
		const where = `question ${n} (${quiz.items[n - 1].kind})`;
		expect(await page.evaluate(() => scrollY), where).toBe(0);
		await expect(heading, where).toBeInViewport({ ratio: 1 });
		// What it is about (its statement, claim or passage) stands under the prompt while the answer is folded away.
		await expect(page.locator('#question .about'), where).toBeInViewport({ ratio: 1 });
		await expect(firstControl(page), where).toBeHidden();
		const lines = await firstParagraph(page).evaluate((p) => ({
			top: p.getBoundingClientRect().top,
			line: parseFloat(getComputedStyle(p).lineHeight)
		}));
		expect(lines.top + 2 * lines.line, `${where}: two lines of the report`).toBeLessThanOrEqual(740);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(360);

		// Reading on: the switch stays at the top of the screen, and its "Question" unfolds the answer there.
		await page.locator('.document:visible p.para').last().scrollIntoViewIfNeeded();
		await expect(heading, where).not.toBeInViewport();
		await switchLink(page, 'Question').click();
		await expect(heading, where).toBeInViewport();
		await expect(firstControl(page), where).toBeInViewport();
		await expect(page.locator('#question .about'), where).toBeHidden();
	}

	// Back from the question returns to the place in the report, though the answer above it folds away again. A
	// tap at the switch's place: Playwright's click would scroll first.
	await page.getByRole('navigation', { name: 'Choose a report' }).getByRole('link').last().click();
	await page.locator('.document:visible p.para').last().scrollIntoViewIfNeeded();
	const readingAt = await page.evaluate(() => scrollY);
	const box = (await switchLink(page, 'Question').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(firstControl(page)).toBeInViewport();
	await page.goBack();
	await expect(firstControl(page)).toBeHidden();
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(readingAt);

	// From the top, "Answer the question" unfolds it; the question numbers wait behind "All questions" there.
	await page.goto(itemUrl(quiz, 1));
	await hydrated(page);
	await page.getByRole('link', { name: 'Answer the question' }).click();
	await expect(firstControl(page)).toBeInViewport();
	await expect(page.getByRole('link', { name: 'Answer the question' })).toBeHidden();
	const numbers = page.getByRole('navigation', { name: 'Questions' });
	await expect(numbers.getByRole('link', { name: 'Question 1', exact: true })).toBeHidden();
	await numbers.getByText('All questions').click();
	await expect(numbers.getByRole('link', { name: 'Question 1', exact: true })).toBeVisible();

	// And the skip link unfolds it for the keyboard: the first answer control is two Tab presses on.
	await page.goto(itemUrl(quiz, 1));
	await hydrated(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(firstControl(page)).toBeFocused();
	await expect(firstControl(page)).toBeInViewport();
});

test('@practice on a phone the links into a report show it and scroll there, whichever report was chosen', async ({
	page,
	quiz
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await startModule(page, quiz);
	await hydrated(page);
	// "Find it" is in the question, whose answer folds away on a phone until asked for, and again on reading.
	const unfold = page.getByRole('link', { name: 'Answer the question' });
	await unfold.click();
	const find = page.getByRole('link', { name: /^Find it in / });
	const { place, name } = await placeOf(page, find);
	const other = await otherReport(page, name);

	await switchLink(page, other).click();
	await expect(switchLink(page, other)).toHaveAttribute('aria-current', 'true');
	await expect(place).toBeHidden();
	await expect(find).toBeHidden();
	await unfold.click();
	await find.click();
	await expect(place).toBeInViewport();
	await expect(switchLink(page, name)).toHaveAttribute('aria-current', 'true');
	// Not under the switch, which stays at the top of the screen.
	const bar = (await page.getByRole('navigation', { name: 'Choose a report' }).boundingBox())!;
	expect((await place.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);

	// The switch stays at the top of the screen while reading, with a way back to the question.
	await expect(switchLink(page, 'Question')).toBeInViewport();
	await switchLink(page, 'Question').click();
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

	// The evidence links of the feedback, after the other report was chosen too.
	await fillAnswer(page, answerFor(quiz.items[0], 'partial'));
	await submitAnswer(page);
	const evidence = feedback(page).locator('a[href*="-t"]').first();
	const target = await placeOf(page, evidence);
	await switchLink(page, await otherReport(page, target.name)).click();
	await expect(target.place).toBeHidden();
	await evidence.click();
	await expect(target.place).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

	test('@practice switching reports keeps the choices, and the skip link still reaches the answer', async ({
		page,
		quiz
	}) => {
		await startModule(page, quiz);
		const radio = firstControl(page);
		// Folded away under the question until asked for; unfolded by a link, which needs no JavaScript.
		await expect(radio).toBeHidden();
		await page.getByRole('link', { name: 'Answer the question' }).click();
		await radio.check();
		const find = page.getByRole('link', { name: /^Find it in / });
		const { place, name } = await placeOf(page, find);
		const other = await otherReport(page, name);

		await switchLink(page, other).click();
		await expect(page).toHaveURL(/#doc-/);
		await expect(page.locator('.document .name', { hasText: other })).toBeInViewport();
		await expect(radio).toBeHidden();
		// Reading on, the switch's "Question" brings the answer back as it was left.
		await switchLink(page, 'Question').click();
		await expect(radio).toBeInViewport();
		await expect(radio).toBeChecked();
		await find.click();
		await expect(place).toBeInViewport();
		await expect(radio).toBeChecked();

		await page.goto(itemUrl(quiz, 1));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(firstControl(page)).toBeFocused();
	});
});

test('after submitting, with feedback once the assignment closes, a question shows the answer given and not the key', async ({
	page,
	quiz,
	baseURL
}) => {
	const teacher = await signUpTeacher(baseURL!, 'Ms Later');
	const { code } = await assignModule(teacher, await createClass(teacher, 'Later'), quiz.id, { review: 'after-close' });
	const learner = await joinAs(baseURL!, code, 'Lou');
	const item = quiz.items[0];
	const answer = answerFor(item, 'wrong');
	await answerItem(learner, code, 1, formBody(answer));
	await submitAttempt(learner, code);
	await page.context().addCookies((await learner.ctx.storageState()).cookies);

	await page.goto(`/a/${code}/items/1`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
	const given = page.getByRole('group', { name: /^Your answer/ });
	await expect(given.locator('input').first()).toBeAttached();
	await expect(given.locator('input:enabled, button:enabled')).toHaveCount(0);
	for (const [name, value] of answer.form) {
		await expect(given.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
	}
	await expect(given.locator('input:checked')).toHaveCount(answer.form.length);
	await expect(feedback(page)).toHaveCount(0);
	await expect(page.locator('mark.hl-evidence, mark.hl-target')).toHaveCount(0);
	expect(await axeAtWidths(page, 'a submitted answer, before the assignment closes')).toEqual([]);
});
