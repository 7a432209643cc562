import type { Page } from '@playwright/test';
import { actionResult } from './actions';
import {
	assignInPage,
	axeViolations,
	createClassInPage,
	expect,
	expectNoHorizontalScroll,
	openSettled,
	origin,
	signUpInPage,
	test,
	pageHtml
} from './fixtures';
import { answerItem, joinAs, type Learner } from './seed';

/*
 * The teacher recovers from a leaked join code: removes the learners who have
 * not answered anything, removes chosen learners, and gives the assignment a
 * new join code (the old one stops letting anyone join; learners already in
 * carry on). Each with a ticked box to confirm, with JavaScript and without.
 */

const progressRows = (page: Page) => page.getByRole('table', { name: 'Progress of each learner' }).locator('tbody tr');
const learnerNames = (page: Page) => page.getByRole('table', { name: 'Progress of each learner' }).locator('tbody th');

for (const [width, javaScript] of [
	[1280, true],
	[360, false]
] as const) {
	test(`remove learners in bulk and give the assignment a new join code, JavaScript ${javaScript ? 'on' : 'off'}, at ${width} px`, async ({
		browser,
		quiz,
		baseURL
	}) => {
		test.setTimeout(240_000);
		const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 800 } });
		const page = await context.newPage();
		const violations: string[] = [];
		// axe runs in the page, so it needs JavaScript: without it the forms are used, not checked.
		const check = async (label: string) => {
			if (!javaScript) return;
			await expectNoHorizontalScroll(page, width);
			violations.push(...(await axeViolations(page, `${label} (${page.url()})`)));
		};
		await signUpInPage(page, 'Ms Roster');
		await createClassInPage(page, 'Leaky class');
		const { url, code, shown } = await assignInPage(page, quiz, 'after-submit');

		// Two real learners who answer, and three names from a leaked code who never do.
		const learners: Learner[] = [];
		for (const name of ['Ana', 'Ben', 'Bot 1', 'Bot 2', 'Bot 3']) {
			const learner = await joinAs(baseURL!, code, name);
			if (!name.startsWith('Bot')) await answerItem(learner, code, 1, 'speaker=reporter&mode=paraphrase');
			learners.push(learner);
		}
		await openSettled(page, url);
		await expect(progressRows(page)).toHaveCount(5);
		// Once learners have joined, the join card folds away under the progress table.
		const joinCard = page.locator('summary', { hasText: 'How learners join' });
		await joinCard.click();
		await expect(page.getByText('At most 200 learners can join this assignment.')).toBeVisible();

		// The box must be ticked: the browser says so, and the server refuses a post without it.
		const unticked = await page.request.post(`${url}?/removeUnanswered`, {
			headers: { origin: origin(), accept: 'application/json', 'x-sveltekit-action': 'true' },
			form: {},
			maxRedirects: 0
		});
		expect(await actionResult(unticked)).toMatchObject({
			type: 'failure',
			status: 400,
			message: 'Tick the box to confirm that you want to remove them.'
		});
		await expect(progressRows(page)).toHaveCount(5);

		await page.getByRole('checkbox', { name: 'Yes, remove the 3 learners who have not answered anything.' }).check();
		await page.getByRole('button', { name: 'Remove learners who have not answered anything' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'removed' })).toHaveText(
			'The learners are removed, with their answers.'
		);
		await expect(learnerNames(page)).toHaveText(['Ana', 'Ben']);
		await expect(page.getByRole('button', { name: 'Remove learners who have not answered anything' })).toHaveCount(0);
		await check('assignment, learners removed');

		// Chosen learners: tick Ben, confirm.
		await page.getByText('Choose learners to remove').click();
		const chooser = page.locator('form[action="?/removeSelected"]');
		await expect(chooser.getByRole('group', { name: 'Learners' }).getByRole('checkbox')).toHaveCount(2);
		await check('assignment, choosing learners to remove');
		await chooser.getByRole('checkbox', { name: /^Ben/ }).check();
		await chooser.getByRole('button', { name: 'Remove the ticked learners' }).click();
		// Not confirmed: the browser holds the form back (the box is required).
		await expect(learnerNames(page)).toHaveText(['Ana', 'Ben']);
		if (!(await chooser.isVisible())) await page.getByText('Choose learners to remove').click();
		await chooser.getByRole('checkbox', { name: /^Ben/ }).check();
		await chooser.getByRole('checkbox', { name: /Yes, remove the learners I have ticked/ }).check();
		await chooser.getByRole('button', { name: 'Remove the ticked learners' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'removed' })).toBeVisible();
		await expect(learnerNames(page)).toHaveText(['Ana']);
		// Ben's device no longer gets his pages, and the join form says why; Ana's does.
		expect((await learners[1].ctx.get(`/a/${code}`, { maxRedirects: 0 })).headers()['location']).toBe(
			`/join/${code}?gone`
		);

		// A new join code.
		if (!(await page.getByText('Has the code got out? Give the assignment a new one').isVisible()))
			await joinCard.click();
		await page.getByText('Has the code got out? Give the assignment a new one').click();
		await check('assignment, new join code form open');
		await page.getByRole('checkbox', { name: `Yes, stop the old code ${shown} from working.` }).check();
		await page.getByRole('button', { name: 'New join code' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'new join code' })).toHaveText(
			'The assignment has a new join code. The old one no longer lets anyone join; learners already in carry on.'
		);
		const fresh = (await page.locator('.join .join-code [aria-hidden="true"]').textContent())!.trim();
		expect(fresh).toMatch(/^[ACEFHJKMNPRTWXY34679]{3}-[ACEFHJKMNPRTWXY34679]{3}$/);
		expect(fresh).not.toBe(shown);
		const newCode = fresh.replace('-', '');
		await expect(page.locator('a.join-link')).toHaveAttribute('href', `${origin()}/join/${newCode}`);
		await check('assignment, new join code');

		// The old code lets nobody join…
		const stranger = await context.browser()!.newContext({ javaScriptEnabled: javaScript });
		const join = await stranger.newPage();
		await openSettled(join, `/join/${code}`);
		await join.getByLabel('Your name').fill('Late bot');
		await join.getByRole('button', { name: 'Join' }).click();
		await expect(join.getByRole('alert')).toHaveText('No assignment has that code. Check it with your teacher.');
		// …the new one does…
		await openSettled(join, `/join/${newCode}`);
		await join.getByLabel('Your name').fill('Cai');
		await join.getByRole('button', { name: 'Join' }).click();
		await expect(join).toHaveURL(new RegExp(`/a/${newCode}$`));
		await stranger.close();
		// …and Ana, already in, carries on at the address she had, and answers.
		const ana = await learners[0].ctx.get(`/a/${code}/items/2`, { maxRedirects: 0 });
		expect(ana.status()).toBe(200);
		expect(await pageHtml(ana)).toContain('Ana');
		await answerItem(learners[0], code, 2, 'speaker=reporter&mode=paraphrase');
		await openSettled(page, url);
		await expect(learnerNames(page)).toHaveText(['Ana', 'Cai']);
		await expect(progressRows(page).first()).toContainText(`2 of ${quiz.items.length}`);

		expect(violations, violations.join('\n')).toEqual([]);
		await Promise.all([...learners.map((l) => l.ctx.dispose()), context.close()]);
	});
}

test('a form the teacher opens on the assignment page stays open while the progress table refreshes itself', async ({
	browser,
	quiz,
	baseURL
}) => {
	test.slow();
	const page = await browser.newPage();
	await signUpInPage(page, 'Ms Open');
	await createClassInPage(page, 'Open forms');
	const { url, code } = await assignInPage(page, quiz, 'after-submit');
	await joinAs(baseURL!, code, 'Cai');
	await openSettled(page, url);
	// An action through use:enhance that redirects back here renews the page's `form`, as in a lesson.
	await page.getByRole('checkbox', { name: /^Yes, remove the 1 learner who has not answered anything/ }).check();
	await page.getByRole('button', { name: 'Remove learners who have not answered anything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'removed' })).toBeVisible();

	const newCode = page.locator('details.roster').filter({ hasText: 'Has the code got out?' });
	await newCode.getByText('Has the code got out? Give the assignment a new one').click();
	await expect(newCode).toHaveJSProperty('open', true);
	// Two refreshes of the live table (every 5 s): the form stays open through both.
	for (let n = 0; n < 2; n++) {
		await page.waitForResponse((r) => r.url().includes('__data.json') && r.url().includes('x-sveltekit-invalidated'));
		await page.waitForLoadState('networkidle');
		await expect(newCode).toHaveJSProperty('open', true);
	}
	await page.close();
});
