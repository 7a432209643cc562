import { answerFor, answerForm, axeAtWidths, expect, feedback, fillAnswer, origin, test } from './fixtures';
import { assignModule, createClass, signUpTeacher } from './seed';

/*
 * The language switch (README: "Languages"): without JavaScript it is a form that sets the cookie on the server
 * and comes back to the same page; the interface turns German, the module's own words stay English and say so
 * (lang="en"), and with JavaScript the switch goes back the same way.
 */
test('a learner switches to German without JavaScript, answers in German, and back with JavaScript', async ({
	browser,
	quiz
}) => {
	test.slow();
	const teacher = await signUpTeacher(origin(), 'Frau Sprache');
	const classId = await createClass(teacher, 'Sprachklasse');
	const { code } = await assignModule(teacher, classId, quiz.id, { review: 'after-item', attemptsAllowed: 1 });
	const html = (page: import('@playwright/test').Page) => page.locator('html');

	// ---------------------------------------------------------------- without JavaScript
	const plain = await browser.newContext({ javaScriptEnabled: false });
	const page = await plain.newPage();
	await page.goto(`/join/${code}`);
	await expect(html(page)).toHaveAttribute('lang', 'en');
	const language = page.getByRole('form', { name: 'Language' });
	await expect(language.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
	await language.getByRole('button', { name: 'Deutsch' }).click();

	// The same page, its code still filled in, now in German.
	await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
	await expect(html(page)).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einer Aufgabe beitreten');
	const switchDe = page.getByRole('form', { name: 'Sprache' });
	await expect(switchDe.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'true');
	await expect(switchDe.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel(/^Code/)).toHaveValue(/.+/);
	await page.getByLabel(/^Dein Name/).fill('Lena');
	await page.getByRole('button', { name: 'Beitreten' }).click();

	await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
	await expect(page.getByText('Du antwortest als Lena')).toBeVisible();
	await page.getByRole('link', { name: 'Los geht’s' }).click();

	const item = quiz.items[0];
	await expect(page).toHaveURL(new RegExp(`/a/${code}/items/1$`));
	// The question is the module's, in its language; the page around it is German.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
	await expect(page.getByText(`Frage 1 von ${quiz.items.length} · 0 beantwortet`)).toBeVisible();
	await fillAnswer(page, answerFor(item, 'partial'));
	await answerForm(page).getByRole('button', { name: 'Antwort prüfen' }).click();

	await expect(feedback(page)).toBeVisible();
	await expect(feedback(page).getByRole('heading', { level: 2 }).first()).toContainText('Rückmeldung');
	await expect(feedback(page).locator('summary', { hasText: 'Warum?' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Nächste Frage' })).toBeVisible();

	// ---------------------------------------------------------------- with JavaScript, the same learner
	const scripted = await browser.newContext({ storageState: await plain.storageState() });
	await plain.close();
	const js = await scripted.newPage();

	// One axe run on a German item page (a question not answered yet), at both widths.
	await js.goto(`/a/${code}/items/2`);
	await expect(html(js)).toHaveAttribute('lang', 'de');
	await expect(js.getByText(`Frage 2 von ${quiz.items.length} · 1 beantwortet`)).toBeVisible();
	expect(await axeAtWidths(js, 'German item page')).toEqual([]);

	// Back to English from the answered question: the same page, its feedback kept.
	await js.goto(`/a/${code}/items/1`);
	await expect(feedback(js)).toBeVisible();
	await js.getByRole('form', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
	await expect(html(js)).toHaveAttribute('lang', 'en');
	await expect(js).toHaveURL(new RegExp(`/a/${code}/items/1$`));
	await expect(feedback(js).getByRole('heading', { level: 2 }).first()).toContainText('Feedback');
	await expect(js.getByText('Answering as Lena')).toBeVisible();
	await scripted.close();
});
