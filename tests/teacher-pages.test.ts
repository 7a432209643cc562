import type { Browser, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import {
	answerFor,
	assignInPage,
	axeAtWidths,
	createClassInPage as createClass,
	expect,
	formBody,
	moduleFolder,
	openSettled,
	REVIEWS,
	signUpInPage,
	squash,
	test,
	type Answer
} from './fixtures';

/*
 * The teacher's pages: dashboard, class, assignment overview (join code, link,
 * QR, live progress), module preview with the answer key. Each test signs up
 * its own teacher, so tests run in parallel against one server.
 */

/** The page's URL ends with this path (and query). */
const at = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function signUp(page: Page, name = 'Ms Example') {
	await signUpInPage(page, name);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My classes');
}

/** Posts a form as a browser without JavaScript would, with the page's cookies. */
function post(page: Page, path: string, form: Record<string, string> | string, contentType?: string) {
	return page.request.post(path, {
		headers: {
			// The server's own origin, as a browser's form would send it.
			origin: new URL(page.url() === 'about:blank' ? (test.info().project.use.baseURL ?? '') : page.url()).origin,
			accept: 'text/html',
			...(contentType ? { 'content-type': contentType } : {})
		},
		...(typeof form === 'string' ? { data: form } : { form }),
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

/** A learner joins in a browser of their own and may answer the first item. */
async function learnerJoins(browser: Browser, code: string, name: string, answerFirst?: Answer) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openSettled(page, `/join/${code}`);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
	if (answerFirst) {
		const response = await post(
			page,
			`/a/${code}/items/1?/answer`,
			formBody(answerFirst),
			'application/x-www-form-urlencoded'
		);
		expect(response.status(), await response.text()).toBe(303);
	}
	await context.close();
}

test('sign up, create a class, assign the module with each review mode; the overview shows code, link and QR', async ({
	page,
	quiz
}) => {
	await signUp(page);
	const classUrl = await createClass(page, '9B English');
	await expect(page.getByText('No assignments yet')).toBeVisible();

	const codes: string[] = [];
	for (const [n, review] of (['after-item', 'after-submit', 'after-close'] as const).entries()) {
		await openSettled(page, classUrl);
		const { url, code } = await assignInPage(page, quiz, review, n + 1);
		codes.push(code);

		// The code, large, spelled out for screen readers.
		const codeBox = page.locator('.join .join-code');
		await expect(codeBox.locator('[aria-hidden="true"]')).toHaveText(`${code.slice(0, 3)}-${code.slice(3)}`);
		await expect(codeBox.locator('.visually-hidden')).toHaveText(
			`${[...code.slice(0, 3)].join(' ')}, ${[...code.slice(3)].join(' ')}`
		);
		// The link, and a QR code of it as an image with a name.
		const link = `${new URL(page.url()).origin}/join/${code}`;
		await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', link);
		const qr = page.getByRole('img', { name: `QR code of the join link ${link}` });
		await expect(qr).toBeVisible();
		expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
		await expect(page.locator('.facts').first()).toContainText(`Feedback: ${REVIEWS[review].toLowerCase()}`);
		await expect(page.locator('.facts').first()).toContainText(`${n + 1} ${n ? 'attempts' : 'attempt'} allowed`);
		await expect(page.getByRole('link', { name: 'Results per item' })).toHaveAttribute('href', `${url}/items`);
		await expect(page.getByRole('link', { name: 'Download the results (CSV)' })).toHaveAttribute(
			'href',
			`${url}/results.csv`
		);
		await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

		// The projector view: code, link and QR code, without the site's header.
		await page.getByRole('link', { name: 'Show on the projector' }).click();
		await expect(page).toHaveURL(at(`${url}?projector=1`));
		await expect(page.locator('.join-code-huge [aria-hidden="true"]')).toHaveText(
			`${code.slice(0, 3)}-${code.slice(3)}`
		);
		await expect(page.getByRole('img', { name: `QR code of the join link ${link}` })).toBeVisible();
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.getByRole('table')).toHaveCount(0);
	}
	expect(new Set(codes).size).toBe(3);

	// The class lists the three assignments, and the dashboard counts them.
	await openSettled(page, classUrl);
	const rows = page.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	for (const [n, review] of (['after-close', 'after-submit', 'after-item'] as const).entries()) {
		await expect(rows.nth(n).locator('td').nth(0)).toHaveText(`${codes[2 - n].slice(0, 3)}-${codes[2 - n].slice(3)}`);
		await expect(rows.nth(n).locator('td').nth(1)).toHaveText('Open');
		await expect(rows.nth(n).locator('td').nth(2)).toHaveText(REVIEWS[review]);
		await expect(rows.nth(n).locator('td').nth(3)).toHaveText('0');
	}
	await openSettled(page, '/teach');
	await expect(page.locator('.class-list li')).toHaveText([/9B English\s+3 assignments/]);
});

test('opening and closing times, close now, reopen, rename and delete', async ({ page, quiz }) => {
	await signUp(page);
	const classUrl = await createClass(page, 'Year 10');

	// Opens tomorrow: not open yet, and "Open now" opens it.
	const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
	const local = (d: Date) =>
		`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T09:00`;
	await page.getByLabel('Opens', { exact: true }).fill(local(tomorrow));
	const { url } = await assignInPage(page, quiz, 'after-submit');
	await expect(page.locator('.facts').first()).toContainText('Not open yet: opens');
	await page.getByRole('button', { name: 'Open now' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The assignment is open' })).toBeVisible();
	await expect(page.locator('.facts').first()).toContainText(/·\s+Open\s+·/);

	await page.getByRole('button', { name: 'Close now' }).click();
	await expect(page.locator('.facts').first()).toContainText('Closed since');
	await openSettled(page, classUrl);
	await expect(page.getByRole('table').locator('tbody td').nth(1)).toContainText('Closed');
	// Closing showed the answers (feedback after they submit): the assignment is not opened again.
	await openSettled(page, url);
	await expect(page.getByRole('button', { name: 'Reopen' })).toHaveCount(0);
	await expect(page.getByText('Closing showed the answers, so this assignment stays closed')).toBeVisible();

	// Rename.
	await openSettled(page, classUrl);
	await page.getByRole('textbox', { name: 'Class name' }).fill('Year 10 (set 2)');
	await page.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 10 (set 2)');
	await expect(page.getByRole('status')).toHaveText('The class is renamed.');

	// Delete the assignment, then the class; each needs its box ticked.
	await openSettled(page, url);
	await page.getByRole('checkbox', { name: /delete this assignment/ }).check();
	await page.getByRole('button', { name: 'Delete the assignment' }).click();
	await expect(page).toHaveURL(at(classUrl));
	await expect(page.getByText('No assignments yet')).toBeVisible();
	expect((await page.request.get(url)).status()).toBe(404);

	await page.getByRole('checkbox', { name: /delete “Year 10 \(set 2\)”/ }).check();
	await page.getByRole('button', { name: 'Delete the class' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.locator('.class-list')).toHaveCount(0);
	expect((await page.request.get(classUrl)).status()).toBe(404);
});

test('bad input gets a clear message and writes nothing', async ({ page, quiz }) => {
	await signUp(page);

	// Creating a class with no name, a name too long, control characters, or no form at all.
	for (const [form, message] of [
		[{ name: '   ' }, 'The class name is missing.'],
		[{ name: 'x'.repeat(81) }, 'The class name is too long (at most 80 characters).'],
		[{ name: 'A\u0007B' }, 'The class name has characters that cannot be shown.'],
		[{}, 'The class name is missing.']
	] as const) {
		const response = await post(page, '/teach?/create', form);
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain(message);
	}
	const notAForm = await post(page, '/teach?/create', '{"name":"x"}', 'application/json');
	expect(notAForm.status()).toBeGreaterThanOrEqual(400);
	expect(notAForm.status()).toBeLessThan(500);
	const huge = await post(page, '/teach?/create', `name=${'x'.repeat(100_000)}`, 'application/x-www-form-urlencoded');
	expect(huge.status()).toBe(413);
	await openSettled(page, '/teach');
	await expect(page.locator('.class-list')).toHaveCount(0);

	// The message shows on the page, by the form, when the browser's own checks are bypassed.
	await page.locator('form[action="?/create"]').evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await page.getByLabel('Class name').fill('   ');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('alert')).toHaveText('The class name is missing.');
	await expect(page.locator('.class-list')).toHaveCount(0);

	const classUrl = await createClass(page, 'Test class');
	const good = { moduleId: quiz.id, opensAt: '', closesAt: '', attemptsAllowed: '1', review: 'after-item' };
	for (const [change, message] of [
		[{ moduleId: 'no-such-module' }, 'Choose one of the modules offered.'],
		[{ moduleId: 'x'.repeat(300) }, 'Choose one of the modules offered.'],
		[{ attemptsAllowed: '0' }, 'Allow at least one attempt.'],
		[{ attemptsAllowed: '21' }, 'At most 20 attempts.'],
		[{ attemptsAllowed: 'many' }, 'Attempts must be a whole number.'],
		[{ attemptsAllowed: '1.5' }, 'Attempts must be a whole number.'],
		[{ review: 'never' }, 'Choose when learners see feedback.'],
		[{ opensAt: 'tomorrow-ish' }, 'That is not a date and time.'],
		[{ opensAt: '2030-05-02T10:00', closesAt: '2030-05-01T10:00' }, 'The assignment must close after it opens.']
	] as const) {
		const response = await post(page, `${classUrl}?/assign`, { ...good, ...change });
		expect(response.status(), JSON.stringify(change)).toBe(400);
		expect(await response.text()).toContain(message);
	}
	const missing = await post(page, `${classUrl}?/assign`, { moduleId: quiz.id });
	expect(missing.status()).toBe(400);
	await openSettled(page, classUrl);
	await expect(page.getByText('No assignments yet')).toBeVisible();

	// In the page, a refused assignment keeps what was typed and says why.
	await page.locator('form[action="?/assign"]').evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await page.getByLabel('Attempts allowed').fill('25');
	await page.getByRole('radio', { name: REVIEWS['after-close'] }).check();
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('At most 20 attempts.');
	await expect(page.getByLabel('Attempts allowed')).toHaveValue('25');
	await expect(page.getByRole('radio', { name: REVIEWS['after-close'] })).toBeChecked();
	// Times typed in the browser's zone stay in their fields when refused.
	await page.getByLabel('Attempts allowed').fill('2');
	await page.getByLabel('Opens', { exact: true }).fill('2030-05-02T10:00');
	await page.getByLabel('Closes', { exact: true }).fill('2030-05-01T10:00');
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('The assignment must close after it opens.');
	await expect(page.getByLabel('Opens', { exact: true })).toHaveValue('2030-05-02T10:00');
	await expect(page.getByLabel('Closes', { exact: true })).toHaveValue('2030-05-01T10:00');
	await page.reload();
	await expect(page.getByText('No assignments yet')).toBeVisible();

	// Renaming to nothing and deleting without the box ticked change nothing.
	const rename = await post(page, `${classUrl}?/rename`, { name: '' });
	expect(rename.status()).toBe(400);
	const del = await post(page, `${classUrl}?/delete`, {});
	expect(del.status()).toBe(400);
	expect(await del.text()).toContain('Tick the box to confirm');
	const wrongConfirm = await post(page, `${classUrl}?/delete`, { confirm: 'no' });
	expect(wrongConfirm.status()).toBe(400);
	await openSettled(page, classUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test class');

	// The assignment's delete needs the box as well.
	const { url } = await assignInPage(page, quiz, 'after-item');
	const delAssignment = await post(page, `${url}?/delete`, { confirm: '' });
	expect(delAssignment.status()).toBe(400);
	expect((await page.request.get(url)).status()).toBe(200);
	// The class lists it with whose module it is, as the catalog says it.
	await openSettled(page, classUrl);
	await expect(page.locator('.module-of')).toHaveText(`${quiz.title} (built in)`);

	// Unknown ids are not found, and no request ends in a 500.
	for (const path of [
		'/teach/classes/nope',
		'/teach/assignments/nope',
		'/teach/modules/nope',
		`/teach/classes/${'%00'.repeat(3)}`
	]) {
		expect((await page.request.get(path)).status(), path).toBe(404);
	}
	for (const path of ['/teach/classes/nope?/assign', '/teach/classes/nope?/delete', '/teach/assignments/nope?/close']) {
		expect((await post(page, path, { confirm: 'yes' })).status(), path).toBe(404);
	}
});

test('another teacher gets 404 on my class and assignment, and cannot change them', async ({ page, browser, quiz }) => {
	await signUp(page, 'Owner');
	const classUrl = await createClass(page, 'Mine');
	const { url } = await assignInPage(page, quiz, 'after-item');

	const other = await browser.newContext();
	const intruder = await other.newPage();
	await signUp(intruder, 'Intruder');
	for (const path of [classUrl, url, `${url}?projector=1`]) {
		const response = await intruder.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(intruder.getByRole('heading', { level: 1 })).toHaveText('Not found');
	}
	for (const [path, form] of [
		[`${classUrl}?/rename`, { name: 'Taken over' }],
		[`${classUrl}?/assign`, { moduleId: quiz.id, attemptsAllowed: '1', review: 'after-item' }],
		[`${classUrl}?/delete`, { confirm: 'yes' }],
		[`${url}?/close`, {}],
		[`${url}?/reopen`, {}],
		[`${url}?/delete`, { confirm: 'yes' }]
	] as const) {
		expect((await post(intruder, path, form)).status(), path).toBe(404);
	}
	await intruder.goto('/teach');
	await expect(intruder.locator('.class-list')).toHaveCount(0);
	await other.close();

	// Nothing changed for the owner.
	await openSettled(page, classUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine');
	await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByRole('table').locator('tbody td').nth(1)).toHaveText('Open');

	// Signed out, the pages send you to sign in, and actions are refused.
	const anonymous = await browser.newContext();
	const stranger = await anonymous.newPage();
	await stranger.goto(url);
	await expect(stranger).toHaveURL(/\/login\?next=/);
	expect((await post(stranger, `${url}?/delete`, { confirm: 'yes' })).status()).toBe(401);
	await anonymous.close();
});

test('the overview and the projector show who has joined and update without a reload', async ({
	page,
	browser,
	quiz
}) => {
	const first = quiz.items[0];
	const answer = answerFor(first, 'right');

	await signUp(page);
	await createClass(page, 'Live class');
	const { code } = await assignInPage(page, quiz, 'after-close');
	await expect(page.getByText('Nobody has joined yet.')).toBeVisible();
	await expect(page.getByText('This table updates every few seconds.')).toBeVisible();
	// Nobody in yet: how to join comes first.
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('How learners join');
	// The projector, beside the overview in a tab of its own.
	const projector = await page.context().newPage();
	await openSettled(projector, `${page.url()}?projector=1`);
	await expect(projector.getByRole('heading', { name: 'Nobody has joined yet' })).toBeVisible();

	await learnerJoins(browser, code, 'Ana', answer);
	// A long name must not push Answered and Score off a phone's screen.
	await learnerJoins(browser, code, 'Ben "bold" & co Oyelaran-Whitfield');

	// No reload: the page asks again every few seconds.
	const rows = page.getByRole('table', { name: 'Progress of each learner' }).locator('tbody tr');
	await expect(rows).toHaveCount(2, { timeout: 15_000 });
	await expect(page.getByRole('status').filter({ hasText: 'joined' })).toHaveText(
		'2 learners joined, 1 started, 0 submitted.'
	);
	await expect(rows.nth(0).locator('th')).toHaveText('Ana');
	await expect(rows.nth(0).locator('td').nth(0)).toHaveText(`1 of ${quiz.items.length}`);
	// The teacher sees the score even though learners see nothing before the assignment closes.
	// Not submitted and the assignment open: the questions answered so far, and it says so.
	await expect(rows.nth(0).locator('td').nth(1)).toHaveText(`${answer.score} of ${first.max} points so far`);
	await expect(rows.nth(0).locator('td').nth(2)).toHaveText('Not yet');
	await expect(rows.nth(1).locator('th')).toHaveText('Ben "bold" & co Oyelaran-Whitfield');
	await expect(rows.nth(1).locator('td').nth(1)).toHaveText('None yet');
	const href = await rows.nth(0).locator('th a').getAttribute('href');
	expect(href).toMatch(new RegExp(`^${new URL(page.url()).pathname}/learners/[^/]+$`));
	await expect(projector.getByRole('heading', { name: '2 learners have joined' })).toBeVisible({ timeout: 15_000 });
	await expect(projector.locator('.joined-names li')).toHaveText(['Ana', 'Ben "bold" & co Oyelaran-Whitfield']);
	await projector.close();

	// Once learners are in, their progress comes first; the join card folds away under it, code in sight.
	await page.reload();
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Progress');
	await expect(page.locator('details.join-later > summary')).toContainText(`code ${code.slice(0, 3)}-${code.slice(3)}`);
	await expect(page.locator('.join .join-code')).toBeHidden();
	// On a phone, Answered and Score are in view beside the name, without scrolling the table.
	await page.setViewportSize({ width: 360, height: 740 });
	for (const column of ['Answered', 'Score']) {
		const box = (await page.getByRole('columnheader', { name: column }).boundingBox())!;
		expect(box.x + box.width, column).toBeLessThanOrEqual(360);
	}

	// Without JavaScript the page offers a Refresh link instead.
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const plain = await noScript.newPage();
	await plain.goto(page.url());
	await expect(plain.getByRole('link', { name: 'Refresh' })).toBeVisible();
	await expect(plain.getByRole('table', { name: 'Progress of each learner' }).locator('tbody tr')).toHaveCount(2);
	// The projector lists them too, and offers a reload.
	await plain.goto(`${page.url()}?projector=1`);
	await expect(plain.locator('.joined-names li')).toHaveText(['Ana', 'Ben "bold" & co Oyelaran-Whitfield']);
	await expect(plain.getByRole('link', { name: 'Refresh' })).toBeVisible();
	await noScript.close();
});

test.describe('in a time zone of its own', () => {
	test.use({ timezoneId: 'America/New_York' });

	test('times are read and shown in the teacher’s own time zone', async ({ page, quiz }) => {
		await signUp(page);
		await createClass(page, 'Zones');
		await page.getByLabel('Opens', { exact: true }).fill('2030-05-02T10:00');
		await assignInPage(page, quiz, 'after-item');
		// 10:00 in New York in May is 14:00 UTC, whatever the server's own zone.
		const opens = page.locator('.facts').first().locator('time');
		await expect(opens).toHaveAttribute('datetime', '2030-05-02T14:00:00.000Z');
		await expect(opens).toHaveText('2 May 2030, 10:00');

		// Changing the schedule: the fields show the times in the same zone, and read the new ones in it.
		await page.waitForLoadState('networkidle');
		await page.getByText('Change the times or the number of attempts').click();
		await expect(page.getByLabel('Opens', { exact: true })).toHaveValue('2030-05-02T10:00');
		await expect(page.getByLabel('Closes', { exact: true })).toHaveValue('');
		await expect(page.getByText('Times are in your device’s time zone')).toBeVisible();
		await page.getByLabel('Closes', { exact: true }).fill('2030-05-09T17:30');
		await page.getByRole('spinbutton', { name: /Attempts allowed/ }).fill('3');
		await page.getByRole('button', { name: 'Save the times and attempts' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'The new times and number of attempts are saved.' })
		).toBeVisible();
		await expect(page.locator('.facts').first()).toContainText('3 attempts allowed');
		// Not open yet, so the facts name the opening time; the closing time is in the field, read back in New York.
		await page.reload();
		await page.getByText('Change the times or the number of attempts').click();
		await expect(page.getByLabel('Closes', { exact: true })).toHaveValue('2030-05-09T17:30');
		await expect(page.getByLabel('Opens', { exact: true })).toHaveValue('2030-05-02T10:00');

		// A refused change after it: the address still says ?done=scheduled, but only the refusal is shown.
		await expect(page).toHaveURL(/\?done=scheduled$/);
		await page.getByLabel('Opens', { exact: true }).fill('2030-05-10T09:00');
		await page.getByRole('button', { name: 'Save the times and attempts' }).click();
		await expect(page.getByRole('alert')).toHaveText('The assignment must close after it opens.');
		await expect(page.getByText('The new times and number of attempts are saved.')).toHaveCount(0);
	});
});

test('forms work without JavaScript', async ({ browser, quiz }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signUp(page);
	await createClass(page, 'No script');
	await page.getByLabel('Closes', { exact: true }).fill('2031-01-01T12:00');
	const { url } = await assignInPage(page, quiz, 'after-submit', 3);
	await expect(page.locator('.facts').first()).toContainText('Open until');
	await expect(page.locator('.facts').first()).toContainText('2031');

	// The schedule: a closing time before the opening time is refused, with what was typed kept; then saved.
	await page.getByText('Change the times or the number of attempts').click();
	await page.getByLabel('Opens', { exact: true }).fill('2031-02-01T09:00');
	await page.getByLabel('Closes', { exact: true }).fill('2031-01-01T09:00');
	await page.getByRole('spinbutton', { name: /Attempts allowed/ }).fill('5');
	await page.getByRole('button', { name: 'Save the times and attempts' }).click();
	await expect(page.getByRole('alert')).toHaveText('The assignment must close after it opens.');
	await expect(page.getByLabel('Opens', { exact: true })).toHaveValue('2031-02-01T09:00');
	await expect(page.getByRole('spinbutton', { name: /Attempts allowed/ })).toHaveValue('5');
	await expect(page.locator('.facts').first()).toContainText('3 attempts allowed');
	await page.getByLabel('Opens', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Save the times and attempts' }).click();
	await expect(page).toHaveURL(at(`${url}?done=scheduled`));
	await expect(page.locator('.facts').first()).toContainText('Open until');
	await expect(page.locator('.facts').first()).toContainText('5 attempts allowed');

	await page.getByRole('button', { name: 'Close now' }).click();
	await expect(page).toHaveURL(at(`${url}?done=closed`));
	await expect(page.getByRole('status').filter({ hasText: 'The assignment is closed' })).toBeVisible();
	await expect(page.locator('.facts').first()).toContainText('Closed since');
	// A later closing time would open it again after closing showed the answers: refused, without JavaScript too.
	await page.getByText('Change the times or the number of attempts').click();
	await page.getByLabel('Closes', { exact: true }).fill('2032-01-01T09:00');
	await page.getByRole('button', { name: 'Save the times and attempts' }).click();
	await expect(page.getByRole('alert')).toHaveText('Closing showed the answers; make a new assignment instead.');
	await expect(page.locator('.facts').first()).toContainText('Closed since');
	await context.close();
});

test('the module preview shows the teacher notes and the answer key, item by item', async ({ page, quiz }) => {
	await signUp(page);
	await openSettled(page, '/teach');
	// The file module's own link: a teacher's imported copy of it, shared on this server, has the same title.
	await page.getByRole('link', { name: new RegExp(`^Preview it\\s*: ${quiz.title} \\(built in\\)$`) }).click();
	await expect(page).toHaveURL(`/teach/modules/${quiz.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
	await expect(page.getByRole('heading', { name: 'Teacher notes', level: 2 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Preview as a learner' })).toHaveAttribute('href', `/modules/${quiz.id}`);

	// What each kind's solution says part by part is checked in the kind's own browser test
	// (src/lib/kinds/<kind>/teacher.browser.ts); here, what every item's has: its skill, its explanation, and the
	// words of the reports that its answer rests on (its evidence, or the phrases to find).
	const items = page.locator('ol.key-items > li');
	await expect(items).toHaveCount(quiz.items.length);
	for (const [n, item] of quiz.items.entries()) {
		const box = items.nth(n);
		await expect(box.getByRole('heading', { level: 3 })).toHaveText(`Question ${n + 1}: ${item.prompt}`);
		await expect(box.locator('.skill')).toHaveText(item.skillLabel);
		// The item's explanation, among the solution's explanations (a kind may explain each part as well).
		const explanations = await box.locator('.explanation').allTextContents();
		expect(explanations.map((text) => text.trim())).toContain(item.key.explanation);
		const text = squash((await box.textContent()) ?? '');
		for (const span of item.revealed) expect(text, `question ${n + 1}: “${span.text}”`).toContain(squash(span.text));
	}
	// Every answer's evidence is marked in the reports, and its links lead there.
	await expect(page.locator('#sources mark.hl-evidence').first()).toBeAttached();
	await expect(page.locator('#sources mark.hl-target').first()).toBeAttached();
	// Each mark shows the number of its question where it starts ("Q3"), so that overlapping marks can be traced.
	const tags = (await page.locator('#sources .mark-tag').allTextContents()).flatMap((t) => t.split(' '));
	expect(tags.length).toBeGreaterThan(0);
	for (const tag of tags) expect(tag).toMatch(/^Q[1-9][0-9]*$/);
	await expect(page.locator('#sources .mark-tag').first()).toBeVisible();
	const anchors = await page
		.locator('.evidence-list a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const anchor of new Set(anchors)) {
		await expect(page.locator(anchor), anchor).toHaveCount(1);
	}

	expect((await page.request.get('/teach/modules/no-such-module')).status()).toBe(404);

	// The module's folder as a .zip, named by its id (the archive's contents are proved in src/lib/server/archive).
	const download = `/teach/modules/${quiz.id}/export.zip`;
	await expect(page.getByRole('link', { name: 'Download the module as a .zip' })).toHaveAttribute('href', download);
	const zip = await page.request.get(download);
	expect(zip.status()).toBe(200);
	expect(zip.headers()['content-type']).toBe('application/zip');
	expect(zip.headers()['content-disposition']).toBe(`attachment; filename="${quiz.id}.zip"`);
	const files = unzipSync(new Uint8Array(await zip.body()));
	const folder = moduleFolder(quiz);
	const documents = readdirSync(`${folder}/documents`).map((name) => `${quiz.id}/documents/${name}`);
	expect(Object.keys(files).sort()).toEqual(
		[...documents, ...['key.ts', 'intro.svx', 'debrief.svx', 'teacher-notes.svx'].map((f) => `${quiz.id}/${f}`)].sort()
	);
	for (const path of documents) {
		expect(strFromU8(files[path]), path).toBe(readFileSync(`${folder}/${path.slice(quiz.id.length + 1)}`, 'utf8'));
	}
	expect((await page.request.get(`/teach/modules/no-such-module/export.zip`)).status()).toBe(404);
	// Signed out (as a learner is), the same answer as the preview page: off to sign in, and no archive.
	await page.context().clearCookies();
	for (const path of [download, `/teach/modules/${quiz.id}`]) {
		const refused = await page.request.get(path, { maxRedirects: 0 });
		expect(refused.status(), path).toBe(303);
		expect(refused.headers()['location'], path).toBe(`/login?next=${encodeURIComponent(path)}`);
	}
});

test('name an assignment, rename it, duplicate it and download its mark book', async ({ page, browser, quiz }) => {
	await signUp(page);
	const classUrl = await createClass(page, 'Names class');
	await page.getByRole('combobox', { name: 'Module' }).selectOption(quiz.id);
	await page.getByLabel('Name (optional)').fill('  Week 3,   group B ');
	await page.getByRole('radio', { name: REVIEWS['after-item'] }).check();
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+$/);
	const url = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3, group B');
	await expect(page.locator('.facts').first()).toContainText(quiz.title);
	const code = (await page.locator('.join .join-code [aria-hidden="true"]').textContent())!.trim().replace('-', '');

	// The learner sees the name above their assignment.
	const learner = await browser.newContext();
	const pupil = await learner.newPage();
	await openSettled(pupil, `/join/${code}`);
	await expect(pupil.getByText('You are joining “Week 3, group B”.')).toBeVisible();
	await pupil.getByLabel('Your name').fill('Zoë');
	await pupil.getByRole('button', { name: 'Join' }).click();
	await expect(pupil.getByRole('heading', { level: 1 })).toHaveText('Week 3, group B');
	const answered = await post(
		pupil,
		`/a/${code}/items/1?/answer`,
		formBody(answerFor(quiz.items[0], 'right')),
		'application/x-www-form-urlencoded'
	);
	expect(answered.status()).toBe(303);
	await learner.close();

	// Renaming: an empty name is refused and changes nothing; a good one is saved.
	await page.getByText('Rename or duplicate this assignment').click();
	const rename = page.locator('form[action="?/rename"]');
	await rename.evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await rename.getByLabel('Name').fill('   ');
	await rename.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByRole('alert')).toHaveText('The assignment’s name is missing.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3, group B');
	await rename.getByLabel('Name').fill('Week 3, group A');
	await rename.getByRole('button', { name: 'Rename' }).click();
	await expect(page).toHaveURL(at(`${url}?done=renamed`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3, group A');

	// The mark book, in the zone the page names (the browser's): one row for Zoë, with her score so far.
	const link = page.getByRole('link', { name: /Download the mark book/ });
	await expect(link).toHaveAttribute('href', /markbook\.csv\?zone=/);
	const response = await page.request.get((await link.getAttribute('href'))!);
	expect(response.headers()['content-disposition']).toMatch(
		/^attachment; filename="markbook-names-class-[a-z0-9-]+\.csv"$/
	);
	const body = await response.text();
	expect(body.startsWith('\uFEFFclass,assignment,module,learner,joined (')).toBe(true);
	const rows = parseCsv(body.slice(1), { columns: true }) as Array<Record<string, string>>;
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({
		class: 'Names class',
		assignment: 'Week 3, group A',
		learner: 'Zoë',
		status: 'in progress',
		answered: '1'
	});
	expect(rows[0].percent).toBe('100');
	expect(Object.values(rows[0])[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

	// Duplicating: a new assignment under a new code, with nobody in it, then its page.
	const duplicate = page.locator('form[action="?/duplicate"]');
	// Open whether or not the rename left it so.
	await page.locator('details', { has: duplicate }).evaluate((details: HTMLDetailsElement) => (details.open = true));
	await expect(duplicate.getByLabel('Name of the copy')).toHaveValue('Week 3, group A (copy)');
	await duplicate.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+\?done=copied$/);
	expect(new URL(page.url()).pathname).not.toBe(url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3, group A (copy)');
	await expect(page.getByText('Nobody has joined yet.')).toBeVisible();
	await expect(page.locator('.join .join-code [aria-hidden="true"]')).not.toHaveText(code.replace(/^(...)/, '$1-'));

	await openSettled(page, classUrl);
	const names = page.getByRole('table', { name: 'Assignments of Names class' }).locator('tbody th a');
	await expect(names).toHaveText(['Week 3, group A (copy)', 'Week 3, group A']);
});

test('every teacher page passes axe at both widths', async ({ page, browser, quiz }) => {
	test.slow();
	const violations: string[] = [];
	const check = async (label: string) => {
		violations.push(...(await axeAtWidths(page, label)));
	};

	await signUp(page);
	await check('dashboard, no classes');
	const classUrl = await createClass(page, 'Axe class');
	await check('class, no assignments');
	const { url, code } = await assignInPage(page, quiz, 'after-submit', 2);
	await check('assignment, nobody joined');
	await learnerJoins(browser, code, 'Ana', answerFor(quiz.items[0], 'partial'));
	await learnerJoins(browser, code, 'Zoë');
	await page.reload();
	await expect(page.getByRole('table', { name: 'Progress of each learner' }).locator('tbody tr')).toHaveCount(2);
	await check('assignment, with learners');
	await page.getByText('Change the times or the number of attempts').click();
	await expect(page.getByLabel('Closes', { exact: true })).toBeVisible();
	await check('assignment, with the schedule form open');
	await page.getByText('Rename or duplicate this assignment').click();
	const rename = page.locator('form[action="?/rename"]');
	await rename.evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await rename.getByLabel('Name').fill('');
	await rename.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await check('assignment, with the rename and duplicate forms open, a rename refused');
	await page.getByRole('button', { name: 'Close now' }).click();
	await expect(page.getByText('Closing showed the answers, so this assignment stays closed')).toBeVisible();
	await check('assignment, closed, with a notice');
	await openSettled(page, `${url}?projector=1`);
	await check('projector view');
	await openSettled(page, `${url}/discuss/1`);
	await check('discussion of a question, answer hidden');
	await openSettled(page, `${url}/discuss/1?reveal=1`);
	await check('discussion of a question, answer revealed');
	await openSettled(page, classUrl);
	await check('class, with an assignment');
	await page.locator('form[action="?/assign"]').evaluate((form: HTMLFormElement) => (form.noValidate = true));
	await page.getByLabel('Attempts allowed').fill('0');
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await check('class, with an error');
	await openSettled(page, '/teach');
	await check('dashboard, with a class');
	await openSettled(page, `/teach/modules/${quiz.id}`);
	await check('module preview');

	expect(violations, violations.join('\n')).toEqual([]);
});
