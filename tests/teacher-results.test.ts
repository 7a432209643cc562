import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
	answerFor,
	axeAtWidths,
	expect,
	firstOfEachKind,
	formBody,
	keyTexts,
	testModule,
	test,
	type Module,
	pageHtml
} from './fixtures';
import {
	assignModule,
	createClass,
	disposeAll,
	joinAs,
	answerItem,
	seedClass,
	signUpTeacher,
	type SeededClass
} from './seed';

/*
 * The teacher's results: per item (statistics, answer distribution, the
 * class's marks over the passage), per learner (answers with feedback,
 * resume code, delete), and the CSV export. One class is seeded through the
 * app's forms for the whole file; tests that change it seed their own.
 *
 * The tests share that class, so they run in order in one worker; 'default'
 * rather than 'serial', so that one failure (a timeout, say) is reported on
 * its own and does not silently skip the tests after it.
 */

test.describe.configure({ mode: 'default' });

let module: Module;
let seeded: SeededClass;
let base: string;

/** Six submitted learners of mixed ability, one halfway through, one who never started. */
const roster = [
	{ name: 'Ana', ability: 0.95, submit: true },
	{ name: 'Ben', ability: 0.8, submit: true },
	{ name: 'Chloé', ability: 0.6, submit: true },
	{ name: 'Dev', ability: 0.45, submit: true },
	{ name: 'Eli', ability: 0.3, submit: true },
	{ name: 'Fay', ability: 0.1, submit: true },
	{ name: 'Gus', ability: 0.7, answers: 4 },
	{ name: 'Hal', ability: 0.5, answers: 0 }
];

const screenshots = process.env.RESULTS_SCREENSHOTS;

async function teacherPage(
	browser: Browser,
	teacher = seeded.teacher
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ storageState: await teacher.ctx.storageState() });
	return { context, page: await context.newPage() };
}

async function shoot(page: Page, name: string, parts: string[] = []) {
	if (!screenshots) return;
	for (const width of [1280, 360]) {
		await page.setViewportSize({ width, height: 900 });
		for (const part of parts) {
			await page.locator(part).screenshot({ path: `${screenshots}/${name}-${width}-${part.replace(/\W/g, '')}.png` });
		}
		await page.screenshot({ path: `${screenshots}/${name}-${width}.png`, fullPage: true });
		await page.screenshot({
			path: `${screenshots}/${name}-${width}-top.png`,
			fullPage: true,
			clip: { x: 0, y: 0, width, height: width === 360 ? 1500 : 1100 }
		});
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

async function expectAccessible(page: Page, label: string) {
	expect(await axeAtWidths(page, label)).toEqual([]);
}

test.beforeAll(async ({ baseURL }) => {
	test.setTimeout(240_000);
	module = testModule();
	seeded = await seedClass(baseURL!, module, roster);
	base = `/teach/assignments/${seeded.assignment.id}`;
});

test.afterAll(async () => {
	if (seeded) await disposeAll(seeded);
});

test('results per item: one row per question, with facility and discrimination', async ({ browser }) => {
	const { context, page } = await teacherPage(browser);
	await page.goto(`${base}/items`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results per question');
	const table = page.getByRole('table', { name: /Each question of/ });
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(module.items.length);

	const first = rows.first();
	await expect(first.getByRole('rowheader')).toContainText('Question 1');
	// What each question is about, not its prompt (prompts repeat): no two alike.
	const abouts = await table.locator('.about').allTextContents();
	expect(new Set(abouts).size).toBe(module.items.length);
	// Seven learners answered question 1 (Hal never started) out of eight.
	await expect(first.locator('td').nth(0)).toHaveText('7 of 8');
	await expect(first.locator('td').nth(1)).toHaveText(/^\d{1,3} %$/);
	// Six submitted attempts: enough for a discrimination index on every question.
	const discriminations = await rows.evaluateAll((trs) =>
		trs.map((tr) => tr.querySelectorAll('td')[2].textContent!.trim())
	);
	for (const text of discriminations) expect(text).toMatch(/^([+−]?\d{1,3}|n\/a \(everyone scored alike\))$/);
	expect(discriminations.some((text) => /^[+−]?\d/.test(text))).toBe(true);

	// Hardest first: facility never goes up down the table, and each question under 50 % says Hard in words.
	await page.getByRole('link', { name: 'hardest first' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/items\\?order=hardest$`));
	const sorted = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({
			facility: Number(tr.querySelectorAll('td')[1].textContent!.replace(/\D/g, '')),
			hard: tr.querySelector('th')!.textContent!.includes('Hard')
		}))
	);
	for (let n = 1; n < sorted.length; n++) expect(sorted[n].facility).toBeGreaterThanOrEqual(sorted[n - 1].facility);
	for (const row of sorted) expect(row.hard, JSON.stringify(row)).toBe(row.facility < 50);

	// Answers by name, one click from the row: the seven who answered question 1, A to Z.
	await page.goto(`${base}/items`);
	await first.getByRole('link', { name: 'Answers by name to question 1' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/items/1#by-name$`));
	const byName = page.getByRole('table', { name: 'What each learner answered to question 1' });
	await expect(byName.getByRole('rowheader')).toHaveText(['Ana', 'Ben', 'Chloé', 'Dev', 'Eli', 'Fay', 'Gus']);
	await expect(byName.locator('tbody td.score').first()).toHaveText(
		/^[✓◐✗] \d+ of \d+ points?, (right|partly right|wrong)$/
	);

	await page.goto(`${base}/items`);
	await first.getByRole('link', { name: 'Question 1', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/items/1$`));
	await page.goto(`${base}/items`);
	await expectAccessible(page, 'results per item');
	await shoot(page, 'items');
	await context.close();
});

test('the page of a question of each kind shows how the class answered, and passes axe', async ({ browser }) => {
	// What each kind's distribution shows (tallies, a heatmap…) is checked in the kind's own browser test
	// (src/lib/kinds/<kind>/*.browser.ts), on answers chosen for it; here, that each kind's page has one.
	const { context, page } = await teacherPage(browser);
	for (const n of firstOfEachKind(module)) {
		const item = module.items[n - 1];
		await page.goto(`${base}/items/${n}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n}: ${item.prompt}`);
		// Gus answered the first four questions, Hal none.
		const answered = roster.filter((r) => (r.answers ?? module.items.length) >= n).length;
		await expect(page.locator('dl.stats dd').first()).toHaveText(`${answered} of ${roster.length}`);
		const answers = page.getByRole('region', { name: 'How the class answered' });
		await expect(answers.locator('table, figure').first(), `question ${n}: the class’s answers`).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The answer' })).toBeVisible();
		await expectAccessible(page, `question ${n} (${item.kind})`);
		await shoot(page, `item-${item.kind}`);
	}
	await context.close();
});

test('the discussion view holds the key back until the teacher reveals it', async ({ browser }) => {
	// Every kind, as the server sends it (no rendering needed): nothing of the key before, the explanation after.
	const own = seeded.teacher.ctx;
	for (const n of firstOfEachKind(module)) {
		const item = module.items[n - 1];
		const before = await pageHtml(await own.get(`${base}/discuss/${n}`));
		expect(before).toContain('Reveal the answer');
		// No choice tagged as the key, in the page or in its data.
		expect(before).not.toMatch(/key-tag|key:true|In the key/);
		for (const { path, text } of keyTexts(item)) expect(before, `question ${n}: ${path}`).not.toContain(text);
		const after = await pageHtml(await own.get(`${base}/discuss/${n}?reveal=1`));
		expect(after, `question ${n}`).toContain(item.key.explanation);
	}

	// In the browser: the class's answers first; Reveal the answer shows the key; the next question starts hidden.
	const { context, page } = await teacherPage(browser);
	const n = firstOfEachKind(module)[0];
	const item = module.items[n - 1];
	await page.goto(`${base}/items/${n}`);
	await page.getByRole('link', { name: 'Discuss it with the class' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/discuss/${n}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
	await expect(page.getByRole('heading', { name: /How the class answered \(7 answers\)/ })).toBeVisible();
	await expect(page.getByText(item.key.explanation!)).toHaveCount(0);
	await page.getByRole('button', { name: 'Reveal the answer' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/discuss/${n}\\?reveal=1(#answer)?$`));
	await expect(page.getByText(item.key.explanation!).first()).toBeVisible();
	await page.getByRole('link', { name: `Question ${n + 1} →` }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/discuss/${n + 1}$`));
	await expect(page.getByRole('button', { name: 'Reveal the answer' })).toBeVisible();
	await context.close();
});

test('the discussion view counts answers as they come in, without a reload, and keeps the key back', async ({
	browser,
	baseURL
}) => {
	// A class of its own: an answer given here would change the shared class's counts for the tests after.
	const teacher = await signUpTeacher(baseURL!, 'Ms Live');
	const { id, code } = await assignModule(teacher, await createClass(teacher, 'Live'), module.id);
	const learner = await joinAs(baseURL!, code, 'Ivy');
	const item = module.items[0];
	const context = await browser.newContext({ storageState: await teacher.ctx.storageState() });
	const page = await context.newPage();
	await page.goto(`/teach/assignments/${id}/discuss/1`);
	await expect(page.getByRole('heading', { name: 'How the class answered (0 answers)' })).toBeVisible();
	// Gone after a reload: the page below is the same document, brought up to date by its own script.
	await page.evaluate(() => ((window as unknown as { same: boolean }).same = true));

	await answerItem(learner, code, 1, formBody(answerFor(item, 'right')));
	await expect(page.getByRole('heading', { name: 'How the class answered (1 answer)' })).toBeVisible({
		timeout: 15_000
	});
	expect(await page.evaluate(() => (window as unknown as { same?: boolean }).same)).toBe(true);
	// Said where the Refresh link is without JavaScript.
	await expect(page.getByText('These counts update every few seconds.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reveal the answer' })).toBeVisible();
	await expect(page.getByText(item.key.explanation!)).toHaveCount(0);
	await context.close();
	await teacher.ctx.dispose();
	await learner.ctx.dispose();
});

test('a learner’s page: resume code, attempts, score per skill, every answer with feedback', async ({ browser }) => {
	const { context, page } = await teacherPage(browser);
	await page.goto(base);
	await page.getByRole('link', { name: 'Chloé' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chloé');
	await expect(page.getByRole('heading', { name: 'Come-back code' })).toBeVisible();
	await expect(page.locator('.resume-code [aria-hidden="true"]')).toHaveText(
		/^[ACEFHJKMNPRTWXY34679]{4}-[ACEFHJKMNPRTWXY34679]{4}$/
	);
	await expect(page.getByRole('table', { name: 'Attempts of Chloé' }).locator('tbody tr')).toHaveCount(1);
	await expect(page.getByRole('table', { name: 'Score per skill' })).toBeVisible();
	for (const [n, item] of module.items.entries()) {
		await expect(page.getByRole('heading', { level: 2, name: `Question ${n + 1}: ${item.prompt}` })).toBeVisible();
	}
	await expect(page.locator('.verdict').first()).toBeVisible();
	// Each answer's points, then when it was last saved, apart: "3 of 5 points · last saved …".
	await expect(page.locator('section.answer .facts').first()).toHaveText(/ points? · last saved \S/);
	// The feedback is Chloé's, read by her teacher: "Chloé chose …", never "You chose …".
	// (As rendered: the heading "The words that tell you" and the evidence under it are lines apart.)
	const answers = (await page.locator('section.answer').allInnerTexts()).join('\n');
	expect(answers).toMatch(/Chloé (chose|ticked|found|saw|got|did not)/);
	expect(answers).not.toMatch(/\b[Yy]ou (chose|ticked|found|saw|got|said|did not|marked|missed|had)\b|\byour\b/);
	await expectAccessible(page, 'learner page');
	await shoot(page, 'learner', [...firstOfEachKind(module).map((n) => `#q-${n}`), '.delete']);

	// Hal joined (which starts attempt 1) but never answered.
	await page.goto(base);
	await page.getByRole('link', { name: 'Hal' }).click();
	await expect(page.getByText('Hal has not answered any question in attempt 1 yet.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Score per skill' })).toHaveCount(0);
	await context.close();
});

test('the CSV export: one row per learner and item, safe cells, a safe file name', async ({ baseURL }) => {
	// A learner whose name a spreadsheet would run as a formula.
	const sly = await joinAs(baseURL!, seeded.assignment.code, '=HYPERLINK("http://example.org","x")');
	await answerItem(sly, seeded.assignment.code, 1, formBody(answerFor(module.items[0], 'wrong')));
	await sly.ctx.dispose();

	const response = await seeded.teacher.ctx.get(`${base}/results.csv`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="results-[a-z0-9-]+\.csv"$/);
	const text = (await response.body()).toString('utf8');
	const lines = text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe(
		'class,module,assignment,assignment code,learner,attempt number,submitted at,item number,item id,kind,skill,answered,score,max,answered at,answer'
	);
	expect(lines).toHaveLength(1 + (roster.length + 1) * module.items.length);
	expect(text).toContain(`"'=HYPERLINK(""http://example.org"",""x"")"`);
	expect(text).not.toMatch(/(^|,|\r\n)"?[=+@-]/);
	const ana = lines.find((l) => l.includes(',Ana,') && l.includes(`,1,${module.items[0].id},`));
	expect(ana).toMatch(new RegExp(`,yes,\\d+,${module.items[0].max},`));
});

test('deleting a learner needs the box ticked, then removes them and their answers', async ({ browser, baseURL }) => {
	const own = await seedClass(baseURL!, module, [
		{ name: 'Keep', ability: 0.5, answers: 2 },
		{ name: 'Drop', ability: 0.5, answers: 2 }
	]);
	const ownBase = `/teach/assignments/${own.assignment.id}`;
	const { context, page } = await teacherPage(browser, own.teacher);
	await page.goto(ownBase);
	await page.getByRole('link', { name: 'Drop' }).click();
	await page.waitForURL(/\/learners\/[0-9a-f-]{36}$/);
	const learnerUrl = new URL(page.url()).pathname;

	// Without the box ticked (as a browser without the required check would post): 400, nothing deleted.
	const unticked = await own.teacher.ctx.post(`${learnerUrl}?/delete`, {
		form: {},
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(unticked.status()).toBe(400);
	expect((await own.teacher.ctx.get(learnerUrl)).status()).toBe(200);

	await page.getByRole('checkbox', { name: /Yes, delete Drop/ }).check();
	await page.getByRole('button', { name: 'Delete Drop' }).click();
	await expect(page).toHaveURL(new RegExp(`${ownBase}\\?done=deleted$`));
	await expect(page.getByRole('status').filter({ hasText: 'Drop was deleted, with their answers.' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Drop' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Keep' })).toBeVisible();
	expect((await own.teacher.ctx.get(learnerUrl, { failOnStatusCode: false })).status()).toBe(404);
	const csv = await (await own.teacher.ctx.get(`${ownBase}/results.csv`)).text();
	expect(csv).not.toContain('Drop');

	// Drop's device is told why it is at the join form again; Keep's goes on as before.
	const code = own.assignment.code;
	const dropped = await own.learners[1].ctx.get(`/a/${code}`, { maxRedirects: 0 });
	expect(dropped.headers()['location']).toBe(`/join/${code}?gone`);
	expect(await pageHtml(await own.learners[1].ctx.get(`/a/${code}`))).toContain('your teacher removed you from it');
	expect((await own.learners[0].ctx.get(`/a/${code}`, { maxRedirects: 0 })).status()).toBe(200);
	await context.close();
	await disposeAll(own);
});

test('another teacher, unknown ids and bad numbers get a 404, never a 500', async ({ baseURL }) => {
	const stranger = await signUpTeacher(baseURL!, 'Mr Elsewhere');
	const learnerPath = await (async () => {
		const html = await (await seeded.teacher.ctx.get(base)).text();
		return /href="([^"]*\/learners\/[^"]+)"/.exec(html)![1];
	})();
	for (const path of [
		`${base}/items`,
		`${base}/items/1`,
		`${base}/discuss/1`,
		`${base}/discuss/1?reveal=1`,
		learnerPath,
		`${base}/results.csv`
	]) {
		const response = await stranger.ctx.get(path, { failOnStatusCode: false, maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
		expect(await response.text()).not.toContain('Ana');
	}
	const forged = await stranger.ctx.post(`${learnerPath}?/delete`, {
		form: { confirm: 'yes' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(forged.status()).toBe(404);

	const own = seeded.teacher.ctx;
	for (const path of [
		'/teach/assignments/nope/items',
		'/teach/assignments/nope/results.csv',
		`${base}/items/0`,
		`${base}/items/${module.items.length + 1}`,
		`${base}/items/abc`,
		`${base}/items/99999999999999999999`,
		`${base}/discuss/0`,
		`${base}/discuss/${module.items.length + 1}`,
		`${base}/learners/nobody`,
		`${learnerPath}?attempt=7`,
		`${learnerPath}?attempt=x`
	]) {
		const response = await own.get(path, { failOnStatusCode: false, maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
	}
	// Junk in the delete form is a 400 with a message.
	const junk = await own.post(`${learnerPath}?/delete`, {
		data: 'confirm=maybe',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(junk.status()).toBe(400);
	await stranger.ctx.dispose();
});
