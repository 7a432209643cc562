import { expect, openSettled, signUpInPage, test } from './fixtures';

/*
 * "Draft items" in a module's editor (issue #12 §2): a teacher drafts from two reports of their own,
 * accepts one suggestion of each kind the drafter proposes, dismisses one, edits one in its kind's
 * editor, and after a reload finds the items in the module and the suggestions still there, less
 * those; drafting again does not bring back the dismissed one; reports too long are refused in words.
 * One page; the modules and their reports are made by requests, as the editor's own forms post them.
 */

// Our own writing, invented for this test.
const reports = [
	{
		documentId: 'river-times',
		title: 'Town hall to close the night bus',
		outlet: 'The River Times (invented)',
		text: 'Town hall to close the night bus\n\nThe town council said on Monday that the night bus to the hospital would stop running in June.\n\n“We cannot pay drivers to carry empty seats,” said Councillor Mara Linde, who chairs the transport committee.\n\nNurses called the decision reckless. According to the nurses’ union, more than forty staff use the bus every night.\n\nThe council denied that it had promised to keep the route.\n'
	},
	{
		documentId: 'valley-courier',
		title: 'Night bus to the hospital will stop in June',
		outlet: 'The Valley Courier (invented)',
		text: 'Night bus to the hospital will stop in June\n\nThe night bus to the hospital will stop running in June, the council said.\n\nUnion spokesperson Petra Holm said the cut was a disgrace. “Our members finish work at midnight and have no other way home,” she said.\n\nCouncillor Mara Linde rejected the accusations and said no promise had been made.\n'
	}
];

const EDITED = 'Edited from a suggestion 9X';

test('a teacher drafts items from two reports, accepts, dismisses and edits suggestions', async ({ page }) => {
	test.slow();
	await signUpInPage(page, 'Ms Drafter', 'drafter');
	const origin = new URL(page.url()).origin;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	const created = await post('/teach/modules/new?/create', { title: 'The night bus' });
	const editUrl = created.headers()['location'];
	expect(editUrl).toMatch(/^\/teach\/modules\/[0-9a-f-]{36}\/edit$/);
	for (const [n, report] of reports.entries()) {
		const added = await post(`${editUrl}?/addDocument`, {
			...report,
			revision: String(n + 1),
			origin: 'Written for the drafting test',
			language: 'English'
		});
		expect(added.status()).toBe(303);
	}

	await openSettled(page, `${editUrl}#drafts`);
	const drafts = page.locator('#drafts');
	const status = page.locator('#draft-status');
	const cards = drafts.locator('li.card');
	const items = page.locator('#items li.card');
	await expect(drafts.getByText('No open suggestions.')).toBeVisible();
	await drafts.getByRole('button', { name: 'Draft items' }).click();
	await expect(status).toHaveText(/^Drafting finished: \d+ new suggestions\.$/);
	const drafted = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
	await expect(cards).toHaveCount(drafted);

	// Each card names its kind in its heading; speakers are suggested too.
	const titles = (await cards.locator('h4 .title').allInnerTexts()).map((t) => t.trim());
	expect(titles).toContain('New speaker');
	const kindTitles = [...new Set(titles.filter((t) => t !== 'New speaker'))];
	expect(kindTitles.length).toBeGreaterThanOrEqual(3);
	// A suggestion's words link to their mark in the report beside it.
	const link = cards.locator('a[href^="#"]').first();
	const mark = page.locator(`[id="${((await link.getAttribute('href')) ?? '').slice(1)}"]`);
	await expect(mark).toBeVisible();
	await expect(mark.locator('..')).toContainText((await link.innerText()).replace(/^“|”$/g, '').split(' ')[0]);

	for (const [n, title] of kindTitles.entries()) {
		const card = cards.filter({ has: page.getByRole('heading', { level: 4, name: title, exact: false }) }).first();
		await card.getByRole('button', { name: /^Accept/ }).click();
		await expect(items).toHaveCount(n + 1);
		await expect(status).toHaveText(/^Suggestion accepted/);
	}
	// The accepted items name the speakers they need: those are in the module now.
	await expect(page.locator('#speakers li.card').first()).toBeVisible();

	const dismissed = cards.filter({ has: page.getByRole('button', { name: /^Dismiss/ }) }).first();
	const dismissedAbout = (await dismissed.locator('.about').innerText()).trim();
	const before = await cards.count();
	await dismissed.getByRole('button', { name: /^Dismiss/ }).click();
	await expect(status).toHaveText('Suggestion dismissed.');
	await expect(cards).toHaveCount(before - 1);

	const editable = cards.filter({ has: page.getByRole('link', { name: /^Edit/ }) }).first();
	await editable.getByRole('link', { name: /^Edit/ }).click();
	await expect(page.getByText('This form is filled in from a drafted suggestion.')).toBeVisible();
	await page.getByLabel('Question', { exact: true }).fill(EDITED);
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page).toHaveURL(/\/edit\/items\/[^/?]+\?saved$/);

	await openSettled(page, editUrl);
	await expect(items).toHaveCount(kindTitles.length + 1);
	await expect(page.locator('#items').getByRole('link', { name: EDITED })).toBeVisible();
	const kindsInModule = new Set((await items.locator('.facts').allInnerTexts()).map((t) => t.split(' · ')[0]));
	expect(kindsInModule.size).toBe(kindTitles.length);
	const left = await cards.count();
	expect(left).toBeLessThanOrEqual(before - 2);
	expect(left).toBeGreaterThan(0);
	await expect(drafts.locator('.about').getByText(dismissedAbout, { exact: true })).toHaveCount(0);

	// Drafting again replaces the open suggestions, and brings back none accepted or dismissed.
	await drafts.getByRole('button', { name: 'Draft items' }).click();
	await expect(status).toHaveText(`Drafting finished: ${left} new ${left === 1 ? 'suggestion' : 'suggestions'}.`);
	await expect(cards).toHaveCount(left);
	await expect(drafts.locator('.about').getByText(dismissedAbout, { exact: true })).toHaveCount(0);

	// Reports too long to draft from at once are refused, saying how much is drafted at most.
	const longUrl = (await post('/teach/modules/new?/create', { title: 'Too long to draft' })).headers()['location'];
	const sentence = 'The council met again on Monday and talked about the night bus for a long time. ';
	for (const [n, report] of reports.entries()) {
		const added = await post(`${longUrl}?/addDocument`, {
			...report,
			text: sentence.repeat(1_300),
			revision: String(n + 1),
			origin: 'Written for the drafting test',
			language: 'English'
		});
		expect(added.status()).toBe(303);
	}
	const refused = await post(`${longUrl}?/draft`, {});
	expect(refused.status()).toBe(413);
	expect(await refused.text()).toContain(
		'The reports are too long to draft from at once: at most 12 reports and 200,000 characters together.'
	);
});
