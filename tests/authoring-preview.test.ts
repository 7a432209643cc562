import type { APIResponse, Page } from '@playwright/test';
import {
	answerForm,
	axeAtWidths,
	distinctive,
	expect,
	feedback,
	fillAnswer,
	formBody,
	keyTexts,
	openSettled,
	origin,
	pageHtml,
	plain,
	pointsText,
	publicText,
	test,
	uniqueEmail,
	type Module
} from './fixtures';
import { withDatabase } from './database';
import { answerItem, joinAs } from './seed';

/*
 * Issue #11: a teacher previews a module's draft before publishing it, as a learner (every item, answered, with
 * its feedback; stored nowhere) and as a teacher (the key); and moves an assignment nobody has started to the
 * module's newest version, which a started one keeps. One browser context: the teacher signs up and imports the
 * test module's export through page.request, most checks are requests, and the pages with JavaScript are few.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A form posted as a browser without JavaScript posts it, with the page's cookies. */
function post(page: Page, path: string, form: string | Record<string, string>): Promise<APIResponse> {
	const body = typeof form === 'string' ? form : new URLSearchParams(form).toString();
	return page.request.post(path, {
		headers: { origin: origin(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		data: body,
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

/** Posts a form that must redirect; returns where to. */
async function redirected(page: Page, path: string, form: string | Record<string, string> = {}): Promise<string> {
	const response = await post(page, path, form);
	expect(response.status(), `${path}: ${(await response.text()).slice(0, 300)}`).toBe(303);
	return response.headers()['location'];
}

/** The revision the module's editor is at: every save and publish names it. */
async function revision(page: Page, moduleId: string): Promise<string> {
	const html = await (await page.request.get(`/teach/modules/${moduleId}/edit`)).text();
	return /name="revision" value="(\d+)"/.exec(html)![1];
}

/** A change to the draft's details (a new summary), so that publishing makes a new version. */
async function changeDraft(page: Page, moduleId: string, title: string, summary: string) {
	const form = { revision: await revision(page, moduleId), title, summary, minutes: '5', visibility: 'private' };
	await redirected(page, `/teach/modules/${moduleId}/edit?/details`, form);
}

async function publish(page: Page, moduleId: string, version: number) {
	const to = await redirected(page, `/teach/modules/${moduleId}/edit?/publish`, {
		revision: await revision(page, moduleId)
	});
	expect(to).toBe(`/teach/modules/${moduleId}/edit?published=${version}#publish`);
}

/** Attempts stored for the module, in practice or in any assignment: a preview adds none. */
const attemptsOf = (moduleId: string) =>
	withDatabase(
		(db) => (db.prepare('SELECT count(*) AS n FROM attempt WHERE module_id = ?').get(moduleId) as { n: number }).n
	);

/** What only answering may show of each item: distinctive stretches of its key's texts. */
function keyProbes(quiz: Module) {
	const open = publicText(quiz);
	return quiz.items.map((item) =>
		keyTexts(item)
			.map((text) => distinctive(text.text, open))
			.filter((probe): probe is string => probe !== null)
	);
}

test('a teacher previews the draft as a learner and as a teacher, then moves an unstarted assignment', async ({
	page,
	quiz
}) => {
	test.slow();
	const violations: string[] = [];
	expect(
		await redirected(page, '/signup', {
			name: 'Ms Preview',
			email: uniqueEmail('preview'),
			password: 'a long enough password'
		})
	).toBe('/teach');
	const exported = await page.request.get(`/teach/modules/${quiz.id}/export.zip`);
	const imported = await page.request.post('/teach/modules/import?/upload', {
		headers: { origin: origin(), accept: 'text/html' },
		multipart: { archive: { name: `${quiz.id}.zip`, mimeType: 'application/zip', buffer: await exported.body() } },
		maxRedirects: 0
	});
	const moduleId = new RegExp(`^/teach/modules/(${UUID})/edit$`).exec(imported.headers()['location'] ?? '')![1];
	const preview = `/teach/modules/${moduleId}/preview`;
	const probes = keyProbes(quiz);

	await test.step('as a learner, without JavaScript: no key before answering, feedback after, nothing stored', async () => {
		for (const [index, item] of quiz.items.entries()) {
			const path = `${preview}/items/${index + 1}`;
			const before = plain(await pageHtml(await page.request.get(path)));
			expect(before, item.id).toContain(plain(item.prompt));
			for (const probe of probes[index]) expect(before, `${item.id}: ${probe}`).not.toContain(probe);

			const right = item.samples.right;
			const answered = await post(page, `${path}?/answer`, formBody(right));
			expect(answered.status(), item.id).toBe(200);
			const html = await pageHtml(answered);
			expect(html, item.id).toContain('id="feedback"');
			expect(html, item.id).toContain(pointsText(right.score, item.max));
			if (item.key.explanation) expect(plain(html), item.id).toContain(plain(item.key.explanation));

			// A forged answer is refused as a learner's is, with the kind's own message.
			const forged = await post(page, `${path}?/answer`, new URLSearchParams(item.samples.forged.form).toString());
			expect(forged.status(), item.id).toBe(400);
			expect(plain(await forged.text()), item.id).toContain(plain(item.samples.forged.message));
		}
		expect(attemptsOf(moduleId)).toBe(0);
		expect((await page.request.get(`${preview}/items/${quiz.items.length + 1}`)).status()).toBe(404);
	});

	await test.step('as a teacher: the key of the draft as saved now, never published', async () => {
		await changeDraft(page, moduleId, 'The draft’s own title', 'Not yet published.');
		await openSettled(page, `/teach/modules/${moduleId}/edit`);
		await page.getByRole('link', { name: /^Preview the draft/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview of the draft: The draft’s own title');
		const shown = plain((await page.locator('main').textContent()) ?? '');
		const explained = quiz.items.filter((item) => item.key.explanation);
		expect(explained.length).toBeGreaterThan(0);
		for (const item of explained) expect(shown, item.id).toContain(plain(item.key.explanation!));
		await expect(page.getByRole('region', { name: 'As a learner' }).getByRole('listitem')).toHaveCount(
			quiz.items.length
		);
		// Nothing published: the module has no version for the teacher's module page to show.
		expect((await page.request.get(`/teach/modules/${moduleId}`)).status()).toBe(404);
		violations.push(...(await axeAtWidths(page, 'preview of a draft')));
	});

	await test.step('as a learner, with JavaScript: the feedback shows in place, and nothing is stored', async () => {
		const item = quiz.items[0];
		await page.getByRole('region', { name: 'As a learner' }).getByRole('link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
		await expect(page.locator('.feedback')).toHaveCount(0);
		violations.push(...(await axeAtWidths(page, 'preview of a draft’s question')));
		await fillAnswer(page, item.samples.partial);
		await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
		await expect(feedback(page).locator('.score')).toHaveText(pointsText(item.samples.partial.score, item.max));
		await expect(feedback(page)).toBeFocused();
		await expect(page).toHaveURL(new RegExp(`${preview}/items/1$`));
		violations.push(...(await axeAtWidths(page, 'preview of a draft’s question, answered')));
		expect(attemptsOf(moduleId)).toBe(0);
	});

	await test.step('a draft that does not compile lists its problems, and has no items to answer', async () => {
		const to = await redirected(page, '/teach/modules/new?/create', { title: 'Nothing in it yet' });
		const empty = /^\/teach\/modules\/([^/]+)\/edit$/.exec(to)![1];
		await openSettled(page, `/teach/modules/${empty}/preview`);
		const problems = page.getByRole('region', { name: 'Not ready for a preview' });
		// In the teacher's words, each linked to where the editor fixes it.
		const noItems = problems.getByRole('listitem').filter({ hasText: 'The module has no questions yet.' });
		await expect(noItems).toHaveCount(1);
		await expect(noItems.getByRole('link', { name: 'Items', exact: true })).toHaveAttribute(
			'href',
			`/teach/modules/${empty}/edit#items`
		);
		// The compile step's own message, as `quizzes:check` words it, is kept folded away.
		const detail = noItems.getByText('"items" is empty: a module needs at least one item', { exact: false });
		await expect(detail).toBeHidden();
		await noItems.getByText('Technical detail').click();
		await expect(detail).toBeVisible();
		violations.push(...(await axeAtWidths(page, 'preview of a draft that does not compile')));
		const item = await page.request.get(`/teach/modules/${empty}/preview/items/1`, { maxRedirects: 0 });
		expect(item.status()).toBe(303);
		expect(item.headers()['location']).toBe(`/teach/modules/${empty}/preview`);
	});

	await test.step('versions: an unstarted assignment moves to the newest, a started one keeps its own', async () => {
		await publish(page, moduleId, 1);
		const classPath = await redirected(page, '/teach?/create', { name: 'Versions class' });
		const assignment = await redirected(page, `${classPath}?/assign`, {
			moduleId,
			opensAt: '',
			closesAt: '',
			attemptsAllowed: '1',
			review: 'after-item'
		});
		await changeDraft(page, moduleId, 'The draft’s own title', 'Version 2.');
		await publish(page, moduleId, 2);

		await openSettled(page, assignment);
		const section = page.getByRole('region', { name: 'Module version' });
		await expect(section).toContainText('This assignment uses version 1 of the module; version 2 is newer.');
		await expect(page.getByText('The draft’s own title, version 1')).toBeVisible();
		violations.push(...(await axeAtWidths(page, 'assignment that may move to a newer version')));
		await section.getByRole('button', { name: 'Move to version 2' }).click();
		await expect(page).toHaveURL(/\?done=moved$/);
		await expect(section).toHaveText(/This assignment uses version 2 of the module, the newest\./);
		await expect(section.getByRole('button')).toHaveCount(0);
		// The assignment's row, not the assign form's list of modules, which says the same.
		expect(await pageHtml(await page.request.get(classPath))).toMatch(
			/class="module-of[^"]*">The draft’s own title \(yours, version 2\)</
		);

		// Version 3, and a learner starts meanwhile: the page says why it stays, and the move is refused.
		await changeDraft(page, moduleId, 'The draft’s own title', 'Version 3.');
		await publish(page, moduleId, 3);
		const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(await pageHtml(await page.request.get(assignment)))![1];
		const learner = await joinAs(origin(), code, 'Ada');
		await answerItem(learner, code, 1, formBody(quiz.items[0].samples.right));
		await learner.ctx.dispose();
		const refused = await post(page, `${assignment}?/moveToNewestVersion`, {});
		expect(refused.status()).toBe(409);
		expect(await pageHtml(refused)).toContain('Learners have started this assignment meanwhile');
		const after = await pageHtml(await page.request.get(assignment));
		expect(after).toContain('This assignment uses version 2 of the module; version 3 is newer, but learners have');
		expect(after).not.toContain('?/moveToNewestVersion');
	});

	expect(violations).toEqual([]);
});
