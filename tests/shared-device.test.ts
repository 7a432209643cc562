import { expect, origin, testModule, test, pageHtml } from './fixtures';
import { assignModule, createClass, signUpTeacher } from './seed';

/*
 * A shared school computer (finding “shared devices”): the learner's place
 * lasts a school day, every learner page says whose attempt it is, “Not you?
 * Leave this device” forgets it (without JavaScript too), the resume code is
 * shown once after joining and on the results page, not on every page, and
 * a second name joined on the device shows on the teacher's pages.
 */

const RESUME = /[ACEFHJKMNPRTWXY34679]{4}-[ACEFHJKMNPRTWXY34679]{4}/;

for (const js of [false, true]) {
	test(`one pupil after another on one device, ${js ? 'with' : 'without'} JavaScript`, async ({ browser, baseURL }) => {
		const quiz = testModule();
		const teacher = await signUpTeacher(baseURL!, 'Ms Shared');
		const { id, code } = await assignModule(teacher, await createClass(teacher, 'Shared room'), quiz.id, {
			review: 'after-submit'
		});
		const context = await browser.newContext({ javaScriptEnabled: js });
		const page = await context.newPage();

		await page.goto(`/join/${code}`);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
		// Once, right after joining: the resume code, and how long this device keeps the place.
		const welcome = page.locator('.notice', { hasText: 'Your come-back code is' });
		await expect(welcome).toContainText(RESUME);
		await expect(welcome).toContainText('this device keeps your place for 12 hours');
		const resumeCode = RESUME.exec((await welcome.textContent())!)![0];

		// Every learner page says whose attempt it is; the resume code is on none of them but the results.
		for (const path of [`/a/${code}`, `/a/${code}/items/1`, `/a/${code}/summary`]) {
			await page.goto(path);
			await expect(page.locator('.answering-as')).toContainText('Answering as Ana');
			const shown = (await page.locator('main').textContent())!.includes(resumeCode);
			expect(shown, path).toBe(path.endsWith('/summary'));
		}
		const data = await page.request.get(`/a/${code}/items/1/__data.json`);
		expect(await data.text()).not.toContain(resumeCode.replace('-', ''));

		// The next pupil: “Not you?” forgets Ana here and opens the join page.
		await page.goto(`/a/${code}/items/1`);
		await page.getByRole('button', { name: 'Not you? Leave this device' }).click();
		await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
		for (const path of [`/a/${code}`, `/a/${code}/items/1`, `/a/${code}/summary`]) {
			await page.goto(path);
			await expect(page, path).toHaveURL(new RegExp(`/join/${code}$`));
		}
		const cookies = await context.cookies();
		expect(cookies.find((c) => c.name === `learner-${id}`)).toBeUndefined();
		expect(cookies.find((c) => c.name === 'device')).toBeDefined();

		// Bo joins on the same device; the teacher sees it, on the overview and on Bo's page.
		await page.getByLabel('Your name').fill('Bo');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page.locator('.answering-as')).toContainText('Answering as Bo');
		const overview = await pageHtml(await teacher.ctx.get(`/teach/assignments/${id}`));
		expect(overview.replace(/<!--.*?-->/g, '').replace(/\s+/g, ' ')).toMatch(
			/>Bo<\/a> <small[^>]*>joined on the same device as Ana</
		);
		const boPath = new RegExp(`href="(/teach/assignments/${id}/learners/[^"]+)">Bo<`).exec(overview)![1];
		expect((await pageHtml(await teacher.ctx.get(boPath))).replace(/\s+/g, ' ')).toContain(
			'Bo joined on the same device as Ana.'
		);

		// Ana is back on another device with her name and resume code; her answers were kept.
		const elsewhere = await browser.newContext({ javaScriptEnabled: js });
		const other = await elsewhere.newPage();
		await other.goto(`/join/${code}`);
		await other.getByLabel('Your name').fill('Ana');
		await other.getByText('I have joined before and have a come-back code').click();
		await other.getByLabel('Come-back code').first().fill(resumeCode);
		await other.getByRole('button', { name: 'Join' }).click();
		await expect(other.locator('.answering-as')).toContainText('Answering as Ana');
		await Promise.all([context.close(), elsewhere.close(), teacher.ctx.dispose()]);
	});
}

test('leaving needs no joined learner and changes nothing else; a forged code is not found', async ({ request }) => {
	const quiz = testModule();
	const teacher = await signUpTeacher(test.info().project.use.baseURL!, 'Ms Leave');
	const { code } = await assignModule(teacher, await createClass(teacher, 'Leavers'), quiz.id);
	const post = (path: string) =>
		request.post(path, {
			headers: { origin: origin(), accept: 'text/html' },
			form: {},
			maxRedirects: 0,
			failOnStatusCode: false
		});
	const left = await post(`/a/${code}?/leave`);
	expect(left.status()).toBe(303);
	expect(left.headers()['location']).toBe(`/join/${code}`);
	expect((await post('/a/ZZZZZZ?/leave')).status()).toBe(404);
	await teacher.ctx.dispose();
});
