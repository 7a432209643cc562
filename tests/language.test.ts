import {
	answerFor,
	answerForm,
	axeAtWidths,
	expect,
	feedback,
	fillAnswer,
	formBody,
	origin,
	test,
	uniqueEmail
} from './fixtures';
import { answerItem, assignModule, createClass, joinAs, signUpTeacher } from './seed';

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

/*
 * The teacher's side in German (README: "Languages"): sign-up and the account page; the dashboard, a class with
 * its assign form, the assignment's overview, its results per question, a question's statistics, its discussion
 * view, a learner's results and the module preview, which axe checks at both widths.
 */
test('a teacher who chose German signs up, creates a class, assigns a module and sees German pages', async ({
	page,
	quiz
}) => {
	test.slow();
	await page.goto('/signup');
	await page.getByRole('form', { name: 'Language' }).getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ein Konto für Lehrkräfte anlegen');
	await page.getByLabel('Ihr Name').fill('Herr Deutsch');
	await page.getByLabel('E-Mail').fill(uniqueEmail('sprache'));
	await page.getByLabel(/^Passwort/).fill('a long enough password');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();

	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Klassen');
	await page.getByLabel(/^Name der Klasse/).fill('Klasse 9b');
	await page.getByRole('button', { name: 'Klasse anlegen' }).click();

	await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
	await expect(page.getByRole('heading', { name: 'Ein Modul als Aufgabe geben' })).toBeVisible();
	await expect(page.getByRole('radio', { name: /^Nach jeder Frage/ })).toBeChecked();
	await page.getByLabel(/^Modul/).selectOption(quiz.id);
	await page.getByRole('button', { name: 'Als Aufgabe geben' }).click();

	await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+$/);
	await expect(page.getByRole('heading', { name: 'So treten Lernende bei' })).toBeVisible();
	await expect(page.getByText('Noch niemand ist beigetreten.')).toBeVisible();
	expect(await axeAtWidths(page, 'German assignment overview')).toEqual([]);
	const overview = new URL(page.url()).pathname;
	// Shown in groups (ABC-123) for reading out; the link and the redirect use it without the dash.
	const code = ((await page.locator('.join-code [aria-hidden="true"]').first().textContent()) ?? '').replace(/-/g, '');

	// Its results per question, before anyone has answered.
	await page.goto(`${overview}/items`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse je Frage');
	await expect(page.getByRole('columnheader', { name: /^Trenn\u00ad?schärfe$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Frage 1', exact: true })).toBeVisible();
	await expect(page.getByText('Keine Frage ist als Schwer markiert')).toBeVisible();
	expect(await axeAtWidths(page, 'German results per question')).toEqual([]);

	// One learner answers the first question, so that the pages below have an answer to show.
	const learner = await joinAs(origin(), code, 'Lena');
	await answerItem(learner, code, 1, formBody(answerFor(quiz.items[0], 'partial')));
	await learner.ctx.dispose();

	// The first question's statistics: the kind's distribution, the answers by name, the key.
	await page.goto(`${overview}/items/1`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Frage 1:');
	await expect(page.getByRole('heading', { name: 'Wie die Klasse geantwortet hat' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Antwort', exact: true })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Anteil' }).first()).toBeVisible();
	expect(await axeAtWidths(page, 'German question statistics')).toEqual([]);

	// Its discussion view, with the answer revealed (the projector: the class reads it).
	await page.goto(`${overview}/discuss/1?reveal=1`);
	await expect(page.getByRole('link', { name: 'Lösung verbergen' })).toBeVisible();
	await expect(page.getByText('Angebotene Quellen')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
	expect(await axeAtWidths(page, 'German discussion view')).toEqual([]);

	// The learner's results, reached from the answers by name.
	await page.goto(`${overview}/items/1`);
	await page.getByRole('link', { name: 'Lena' }).click();
	await expect(page.getByRole('heading', { name: 'Rückkehrcode' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Versuch 1: Punkte' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lena löschen' })).toBeVisible();
	expect(await axeAtWidths(page, 'German results of a learner')).toEqual([]);

	// The module preview, with its key and its download.
	await page.goto(`/teach/modules/${quiz.id}`);
	await expect(page.getByRole('heading', { name: 'Der Lösungsschlüssel' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Das Modul als .zip herunterladen' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
	expect(await axeAtWidths(page, 'German module preview')).toEqual([]);

	await page.goto('/teach/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
	await expect(page.getByRole('heading', { name: 'Passwort ändern' })).toBeVisible();
});
