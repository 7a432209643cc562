import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
	answerFor,
	answerForm,
	expect,
	expectedPoints,
	expectSummary,
	feedback,
	assignInPage,
	createClassInPage as createClass,
	fillAnswer,
	formBody,
	openSettled,
	origin,
	signUpInPage,
	test,
	variantFor,
	type Answer,
	type Module,
	type Points
} from './fixtures';
import { parse as parseCsv } from 'csv-parse/sync';
import { assignModule, createClass as createClassByForm, signUpTeacher } from './seed';

/*
 * The classroom story of issue 3, end to end in browsers: a teacher signs up,
 * makes a class and assigns the module; learners join from the link or the
 * code (one without JavaScript), answer, reload, lose their cookie and come
 * back; the teacher watches the progress table fill in without reloading and
 * then reads the results per learner, per item, over the passage and as CSV.
 * A second assignment, with feedback after submitting, covers autosaved
 * drafts, submitting (twice), and closing.
 */

/** Longer than the overview's 5 s poll, with room for the request itself. */
const LIVE = { timeout: 15_000 };

const signUp = (page: Page, name: string) => signUpInPage(page, name, 'classroom');

const progressTable = (page: Page) => page.getByRole('table', { name: 'Progress of each learner' });
/** The progress table's row of one learner: th = name; td: joined, answered, submitted, score (one attempt allowed). */
const progressRow = (page: Page, name: string) =>
	progressTable(page)
		.locator('tbody tr')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const progressSummary = (page: Page) => page.getByRole('status').filter({ hasText: 'joined' });

const total = (points: Iterable<Points>) =>
	[...points].reduce((t, p) => ({ score: t.score + p.score, max: t.max + p.max }), { score: 0, max: 0 });

interface Learner {
	name: string;
	run: number;
	js: boolean;
	context: BrowserContext;
	page: Page;
	answers: Map<number, Answer>;
	points: Map<string, Points>;
}

/** What a learner answers to an item: the rotating variants of fixtures.ts, so each item gets a right, a partial and a wrong answer from the three learners. */
const chooseAnswer = (module: Module, index: number, learner: Learner): Answer =>
	answerFor(module.items[index], variantFor(module, index, learner.run));

/** The name=value pairs of an answer as its form posts them, sorted: what its ticked boxes and chosen options show. */
const pairs = (answer: Answer) => answer.form.map(([name, value]) => `${name}=${value}`).sort();

/** The name=value pairs of the answer form's checked inputs, sorted. */
const checkedPairs = (page: Page) =>
	answerForm(page)
		.locator('input:checked')
		.evaluateAll((boxes) =>
			boxes.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`).sort()
		);

/** Changes the answer on screen to another one: unticks the boxes it does not have, then ticks and fills its own. */
async function changeAnswer(page: Page, answer: Answer) {
	const keep = new Set(pairs(answer));
	for (const pair of await checkedPairs(page)) {
		if (keep.has(pair)) continue;
		const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
		const box = answerForm(page).locator(`input[type="checkbox"][name="${name}"][value="${value}"]`);
		// A radio button is unticked by ticking another of its group, which fillAnswer does.
		if (await box.count()) await box.uncheck();
	}
	await fillAnswer(page, answer);
}

/**
 * Ticks the answer's boxes with clicks in the page: the same events as a
 * learner's clicks, in one round trip instead of one per box. (Playwright's
 * own check(), with its actionability checks, is used for the first question
 * of each kind; for 63 answers on a two-core runner it would be most of the
 * test's time.)
 */
async function clickAnswer(page: Page, answer: Answer) {
	const pairs = [...new URLSearchParams(formBody(answer))];
	await answerForm(page).evaluate((form, pairs) => {
		for (const [name, value] of pairs) {
			const box = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
			if (!box) throw new Error(`the form offers no ${name} ${value}`);
			if (!box.checked) box.click();
			if (!box.checked) throw new Error(`${name} ${value} did not get ticked`);
		}
	}, pairs);
}

/** Answers question n (1-based) on its page, which is open, and checks the feedback's score. */
async function answerQuestion(learner: Learner, module: Module, n: number) {
	const { page } = learner;
	const item = module.items[n - 1];
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
	const answer = chooseAnswer(module, n - 1, learner);
	const firstOfKind = module.items.findIndex((i) => i.kind === item.kind) === n - 1;
	if (firstOfKind) await fillAnswer(page, answer);
	else await clickAnswer(page, answer);
	await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
	await expect(feedback(page)).toBeVisible();
	const points = expectedPoints(item, answer);
	await expect(feedback(page).locator('.score')).toHaveText(`${points.score} of ${points.max} points`);
	learner.answers.set(n - 1, answer);
	learner.points.set(item.id, points);
}

/** Answers questions from..to (1-based, inclusive), going on with "Next question"; the page shows question `from`. */
async function answerRange(learner: Learner, module: Module, code: string, from: number, to: number) {
	for (let n = from; n <= to; n++) {
		await test.step(`${learner.name}: question ${n}`, async () => {
			await expect(learner.page).toHaveURL(new RegExp(`/a/${code}/items/${n}(#feedback)?$`));
			await answerQuestion(learner, module, n);
			if (n < module.items.length && n < to) await learner.page.getByRole('link', { name: 'Next question' }).click();
		});
	}
}

async function newLearner(browser: Browser, name: string, run: number, js: boolean): Promise<Learner> {
	const context = await browser.newContext({ javaScriptEnabled: js });
	return { name, run, js, context, page: await context.newPage(), answers: new Map(), points: new Map() };
}

async function csvOf(page: Page, assignmentUrl: string): Promise<Array<Record<string, string>>> {
	const response = await page.request.get(`${assignmentUrl}/results.csv`);
	expect(response.status()).toBe(200);
	const [header, ...rows] = parseCsv(await response.body(), { bom: true }) as string[][];
	expect(header).toEqual([
		'class',
		'module',
		'assignment',
		'assignment code',
		'learner',
		'attempt number',
		'submitted at',
		'item number',
		'item id',
		'kind',
		'skill',
		'answered',
		'score',
		'max',
		'answered at',
		'answer'
	]);
	return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

test('a class takes the module: join, answer, reload, the live overview, and the results per learner, item, word and CSV', async ({
	page,
	browser,
	quiz
}) => {
	test.setTimeout(150_000);
	const module = quiz;
	const items = module.items.length;

	// ---------------------------------------------------------------- the teacher
	await signUp(page, 'Ms Classroom');
	const className = '10C Media studies';
	const classUrl = await createClass(page, className);
	await openSettled(page, classUrl);
	const { url, code, shown, link } = await assignInPage(page, module, 'after-item');
	await expect(page.getByText('Nobody has joined yet.')).toBeVisible();
	await expect(page.getByText('This table updates every few seconds.')).toBeVisible();

	// The overview stays open, never reloaded: a marker in its window would be lost by a reload.
	await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
	let navigations = 0;
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) navigations++;
	});

	const ana = await newLearner(browser, 'Ana', 0, true);
	const ben = await newLearner(browser, 'Ben', 1, false);
	const cleo = await newLearner(browser, 'Cléo', 2, true);
	const learners = [ana, ben, cleo];

	// ---------------------------------------------------------------- Ana joins from the link and starts
	await test.step('Ana joins from the link; the overview shows her', async () => {
		await openSettled(ana.page, link);
		await expect(ana.page.getByLabel(/^Code/)).toHaveValue(shown);
		await ana.page.getByLabel('Your name').fill(ana.name);
		await ana.page.getByRole('button', { name: 'Join' }).click();
		await expect(ana.page).toHaveURL(new RegExp(`/a/${code}$`));
		await expect(ana.page.getByText(`Attempt 1: 0 of ${items} questions answered.`)).toBeVisible();

		await expect(progressTable(page).locator('tbody tr')).toHaveCount(1, LIVE);
		await expect(progressRow(page, 'Ana').locator('td')).toHaveText([`0 of ${items}`, 'None yet', 'Not yet', /\d/]);
		await expect(progressSummary(page)).toHaveText('1 learner joined, 0 started, 0 submitted.');
	});

	// Ana answers the first question alone, all three go on to half-way, then to the end.
	const half = Math.ceil(items / 2);
	await test.step('Ana answers the first question; the overview counts it', async () => {
		await ana.page.getByRole('link', { name: 'Start', exact: true }).click();
		await answerRange(ana, module, code, 1, 1);
		const sofar = total(ana.points.values());
		await expect(progressRow(page, 'Ana').locator('td')).toHaveText(
			[`1 of ${items}`, `${sofar.score} of ${sofar.max} points so far`, 'Not yet', /\d/],
			LIVE
		);
		await expect(progressSummary(page)).toHaveText('1 learner joined, 1 started, 0 submitted.');
	});

	// ---------------------------------------------------------------- Ben (no JavaScript) types the code; Cléo uses the link
	await test.step('Ben types the code without JavaScript, Cléo follows the link; the overview shows three', async () => {
		await ben.page.goto('/join');
		await ben.page.getByLabel(/^Code/).fill(shown.toLowerCase());
		await ben.page.getByLabel('Your name').fill(ben.name);
		await ben.page.getByRole('button', { name: 'Join' }).click();
		await expect(ben.page).toHaveURL(new RegExp(`/a/${code}$`));

		await openSettled(cleo.page, link);
		await cleo.page.getByLabel('Your name').fill(cleo.name);
		await cleo.page.getByRole('button', { name: 'Join' }).click();
		await expect(cleo.page).toHaveURL(new RegExp(`/a/${code}$`));

		await expect(progressTable(page).locator('tbody tr')).toHaveCount(3, LIVE);
		await expect(progressTable(page).getByRole('rowheader')).toHaveText(['Ana', 'Ben', 'Cléo']);
		await expect(progressSummary(page)).toHaveText('3 learners joined, 1 started, 0 submitted.');
	});

	// ---------------------------------------------------------------- everyone answers up to half-way
	await test.step(`all three answer up to question ${half}`, async () => {
		await Promise.all([
			(async () => {
				await ana.page.getByRole('link', { name: 'Next question' }).click();
				await answerRange(ana, module, code, 2, half);
			})(),
			...[ben, cleo].map(async (learner) => {
				await learner.page.getByRole('link', { name: 'Start', exact: true }).click();
				await answerRange(learner, module, code, 1, half);
			})
		]);
		for (const learner of learners) {
			const sofar = total(learner.points.values());
			await expect(progressRow(page, learner.name).locator('td')).toHaveText(
				[`${half} of ${items}`, `${sofar.score} of ${sofar.max} points so far`, 'Not yet', /\d/],
				LIVE
			);
		}
		await expect(progressSummary(page)).toHaveText('3 learners joined, 3 started, 0 submitted.');
	});

	// ---------------------------------------------------------------- Ana reloads: nothing is lost
	await test.step('Ana reloads half-way and loses nothing', async () => {
		const item = module.items[half - 1];
		const points = ana.points.get(item.id)!;
		await ana.page.reload();
		await expect(feedback(ana.page).locator('.score')).toHaveText(`${points.score} of ${points.max} points`);
		await expect(answerForm(ana.page)).toHaveCount(0);
		// Question 1 is still answered, with its feedback, and the learner's home says where to go on.
		await ana.page.goto(`/a/${code}/items/1`);
		const first = ana.points.get(module.items[0].id)!;
		await expect(feedback(ana.page).locator('.score')).toHaveText(`${first.score} of ${first.max} points`);
		await ana.page.goto(`/a/${code}`);
		await expect(ana.page.getByText(`Attempt 1: ${half} of ${items} questions answered.`)).toBeVisible();
		await ana.page.getByRole('link', { name: `Continue at question ${half + 1}`, exact: true }).click();
		await expect(ana.page).toHaveURL(new RegExp(`/a/${code}/items/${half + 1}$`));
		await expect(answerForm(ana.page)).toBeVisible();
	});

	// ---------------------------------------------------------------- everyone finishes
	await test.step('all three finish', async () => {
		await Promise.all([
			answerRange(ana, module, code, half + 1, items),
			...[ben, cleo].map(async (learner) => {
				await learner.page.getByRole('link', { name: 'Next question' }).click();
				await answerRange(learner, module, code, half + 1, items);
			})
		]);
		for (const learner of learners) {
			expect(learner.points.size).toBe(items);
			const all = total(learner.points.values());
			await expect(progressRow(page, learner.name).locator('td')).toHaveText(
				[`${items} of ${items}`, `${all.score} of ${all.max} points`, /^✓ Yes,/, /\d/],
				LIVE
			);
		}
		await expect(progressSummary(page)).toHaveText('3 learners joined, 3 started, 3 submitted.');
		// Every learner's scores differ item by item (the variants rotate), so the learners' pages and the CSV,
		// checked below question by question, cannot mix them up unnoticed. (Their totals may tie: with
		// several kinds, a right, a partial and a wrong answer add up alike in more than one way.)
		const byItem = (l: Learner) => module.items.map((item) => l.points.get(item.id)!.score).join(' ');
		expect(new Set(learners.map(byItem)).size).toBe(3);
	});

	// All of that without a reload of the overview.
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
	expect(navigations).toBe(0);

	// ---------------------------------------------------------------- each learner's own summary
	await test.step('each learner’s summary shows their points', async () => {
		for (const learner of learners) {
			await learner.page.goto(`/a/${code}/summary`);
			await expectSummary(learner.page, module, learner.points);
		}
	});

	// ---------------------------------------------------------------- the teacher's results per learner
	await test.step('the teacher’s page of each learner shows their total', async () => {
		for (const learner of learners) {
			await page.goto(url);
			await progressTable(page).getByRole('link', { name: learner.name, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(learner.name);
			const all = total(learner.points.values());
			await expect(page.locator('p.total')).toHaveText(`${all.score} of ${all.max} points`);
			await expect(page.getByRole('table', { name: `Attempts of ${learner.name}` }).locator('tbody tr td')).toHaveText([
				/\d/,
				/\d/,
				`${items} of ${items}`,
				`${all.score} of ${all.max} points`
			]);
			await expect(page.locator('.jump-score')).toHaveText(
				module.items.map((item) => {
					const p = learner.points.get(item.id)!;
					// A sign of its own for full marks, some points and none, besides the numbers.
					return `${p.score === p.max ? '✓' : p.score > 0 ? '◐' : '✗'} ${p.score}/${p.max}`;
				})
			);
		}
	});

	// ---------------------------------------------------------------- per item: answered and facility
	await test.step('results per item: answered by all three, facility from the key', async () => {
		await page.goto(`${url}/items`);
		const rows = page.getByRole('table', { name: /Each question of/ }).locator('tbody tr');
		await expect(rows).toHaveCount(items);
		const expected = module.items.map((item) => {
			const shares = learners.map((l) => {
				const p = l.points.get(item.id)!;
				return p.score / p.max;
			});
			return `${Math.round((100 * shares.reduce((a, b) => a + b, 0)) / shares.length)} %`;
		});
		// The facilities are not all alike, or the comparison below would say little.
		expect(new Set(expected).size).toBeGreaterThan(1);
		const cells = await rows.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()))
		);
		// Too few submitted attempts for a discrimination index: said once above the table, a dash in each row.
		expect(cells).toEqual(module.items.map((_, n) => ['3 of 3', expected[n], '–not yet']));
		await expect(page.getByText('Discrimination is shown from 5 submitted attempts on (3 so far).')).toBeVisible();
	});

	// ---------------------------------------------------------------- each item's page: its numbers and how the class answered
	await test.step('each question’s page: answered, facility and average score, and how the class answered', async () => {
		// What each kind's distribution shows (tallies, a heatmap…) is checked in the kind's own browser test
		// (src/lib/kinds/<kind>/*.browser.ts); here, that every item's page has one, beside the item's numbers.
		for (const [n, item] of module.items.entries()) {
			await page.goto(`${url}/items/${n + 1}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n + 1}: ${item.prompt}`);
			await expect(page.locator('.skill').first()).toHaveText(item.skillLabel);
			const scores = learners.map((l) => l.points.get(item.id)!.score);
			const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
			const facility = Math.round((100 * mean) / item.max);
			await expect(page.locator('dl.stats dd')).toHaveText([
				'3 of 3',
				`${facility} %`,
				`${mean.toFixed(1)} of ${item.max} ${item.max === 1 ? 'point' : 'points'}`,
				'not enough attempts yet (3 of 5 submitted)'
			]);
			const answers = page.getByRole('region', { name: 'How the class answered' });
			await expect(answers.locator('table, figure').first(), `question ${n + 1}: the class’s answers`).toBeVisible();
			await expect(page.getByRole('heading', { name: 'The answer', level: 2 })).toBeVisible();
		}
	});

	// ---------------------------------------------------------------- the CSV
	await test.step('the CSV: one row per learner and item, with the scores of the key', async () => {
		const rows = await csvOf(page, url);
		expect(rows).toHaveLength(learners.length * items);
		for (const learner of learners) {
			const own = rows.filter((r) => r.learner === learner.name);
			expect(own.map((r) => r['item number'])).toEqual(module.items.map((_, n) => String(n + 1)));
			for (const [n, item] of module.items.entries()) {
				const row = own[n];
				const p = learner.points.get(item.id)!;
				// The assignment's default name: the module's title and the day.
				expect(row.assignment).toMatch(/ · \d{1,2} [A-Z][a-z]{2} \d{4}$/);
				expect(row.assignment.startsWith(`${module.title} · `), row.assignment).toBe(true);
				expect(row, `${learner.name}, question ${n + 1}`).toMatchObject({
					class: className,
					module: module.title,
					'assignment code': code,
					'attempt number': '1',
					'item id': item.id,
					kind: item.kind,
					answered: 'yes',
					score: String(p.score),
					max: String(p.max)
				});
				expect(row['submitted at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
				expect(row['answered at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
				// The answer in words, as the item's kind summarises it: '' would mean it did not know the answer's shape.
				expect(row.answer, `${learner.name}, question ${n + 1}: the answer in words`).not.toBe('');
			}
		}
	});

	await Promise.all(learners.map((l) => l.context.close()));
});

test('feedback after submitting: autosaved drafts, a lost cookie, submitting twice, and closing', async ({
	page,
	browser,
	quiz
}) => {
	test.setTimeout(90_000);
	const module = quiz;
	const items = module.items.length;
	const [first, second] = module.items;
	const fullMax = module.items.reduce((n, item) => n + item.max, 0);

	await signUp(page, 'Mr Deferred');
	const classUrl = await createClass(page, '11A Citizenship');
	await openSettled(page, classUrl);
	const { url, code, link } = await assignInPage(page, module, 'after-submit');

	const deeContext = await browser.newContext();
	const dee = await deeContext.newPage();
	const eveContext = await browser.newContext();
	const eve = await eveContext.newPage();
	const saveState = dee.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ });

	// Dee joins and gives a partial answer to question 1: some of it right, some wrong.
	await openSettled(dee, link);
	await dee.getByLabel('Your name').fill('Dee');
	await dee.getByRole('button', { name: 'Join' }).click();
	await expect(dee).toHaveURL(new RegExp(`/a/${code}$`));
	await expect(dee.getByRole('button', { name: 'Submit my answers' })).toBeVisible();
	const resumeCode = (await dee.locator('.notice strong.code').textContent())!.trim();
	expect(resumeCode).toMatch(/^[ACEFHJKMNPRTWXY34679]{4}-[ACEFHJKMNPRTWXY34679]{4}$/);

	const partial = answerFor(first, 'partial');
	const right = answerFor(first, 'right');
	expect(pairs(partial), 'the partial and the right answer differ on screen').not.toEqual(pairs(right));
	await test.step('a draft is saved as it is made, survives a lost connection and a reload', async () => {
		await openSettled(dee, `/a/${code}/items/1`);
		await expect(answerForm(dee).getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
		await expect(saveState).toHaveCount(0);
		// The first save fails (the connection drops); the page says so and tries again.
		let dropped = 0;
		const saves = (u: URL) => u.pathname === `/a/${code}/items/1` && u.search === '?/answer';
		await dee.route(saves, async (route) => {
			dropped++;
			await route.abort('internetdisconnected');
		});
		await fillAnswer(dee, partial);
		await expect(dee.getByRole('status').filter({ hasText: 'Not saved: the connection failed.' })).toBeVisible();
		await expect.poll(() => dropped).toBeGreaterThan(0);
		await dee.unroute(saves);
		await expect(saveState).toHaveText(/Saved at \d{1,2}:\d{2}:\d{2}/, { timeout: 10_000 });

		await dee.reload();
		expect(await checkedPairs(dee)).toEqual(pairs(partial));
		await expect(saveState).toHaveText(/Saved at/);
		await expect(feedback(dee)).toHaveCount(0);

		// Changed: saved again, and the change is there when the page is opened again.
		await changeAnswer(dee, right);
		// The change marks the answer unsaved at once (the change event runs within check()); then it is saved.
		await expect(saveState).toHaveText(/Saved at/);
		// "Save and go on" moves on. The answer on screen is stored as it is: the button does not send it again.
		const posts: string[] = [];
		dee.on('request', (request) => void (request.method() === 'POST' && posts.push(request.url())));
		await answerForm(dee).getByRole('button', { name: 'Save and go on' }).click();
		await expect(dee).toHaveURL(new RegExp(`/a/${code}/items/2$`));
		expect(posts, 'no save sent for an answer stored as it is').toEqual([]);
		await dee.goto(`/a/${code}/items/1`);
		expect(await checkedPairs(dee)).toEqual(pairs(right));

		// On question 2 an answer changed after its background save is sent by the button (the score after
		// submitting counts this wrong answer, not the right one saved before it).
		await dee.goto(`/a/${code}/items/2`);
		await fillAnswer(dee, answerFor(second, 'right'));
		await expect(saveState).toHaveText(/Saved at/);
		posts.length = 0;
		await changeAnswer(dee, answerFor(second, 'wrong'));
		await answerForm(dee).getByRole('button', { name: 'Save and go on' }).click();
		await expect(dee).toHaveURL(new RegExp(`/a/${code}/items/3$`));
		expect(posts.length, 'the changed answer sent').toBeGreaterThan(0);
	});

	// The teacher sees the drafts, unsubmitted.
	await openSettled(page, url);
	await expect(progressRow(page, 'Dee').locator('td')).toHaveText([
		`2 of ${items}`,
		/^\d+ of \d+ points so far$/,
		'Not yet',
		/\d/
	]);

	await test.step('a lost cookie: the name is taken, the resume code brings Dee back with her answers', async () => {
		await deeContext.clearCookies();
		await dee.goto(`/a/${code}/items/1`);
		await expect(dee).toHaveURL(new RegExp(`/join/${code}$`));
		await dee.waitForLoadState('networkidle');
		await dee.getByLabel('Your name').fill('Dee');
		await dee.getByRole('button', { name: 'Join' }).click();
		await expect(dee.getByRole('alert')).toContainText('Someone in this assignment already uses that name');
		await expect(dee.getByRole('alert')).toContainText('come-back code');
		const resume = dee.getByLabel('Come-back code');
		await expect(resume).toBeVisible();
		await expect(dee).toHaveURL(new RegExp(`/join/${code}$`));

		// A wrong resume code does not let anyone in under Dee's name.
		await resume.fill('AAAA-AAAA');
		await dee.getByRole('button', { name: 'Join' }).click();
		await expect(dee.getByRole('alert')).toHaveText(
			'That name and come-back code do not match. Ask your teacher for your come-back code.'
		);

		// The teacher's page of Dee shows the same resume code as her home page did.
		await progressTable(page).getByRole('link', { name: 'Dee', exact: true }).click();
		await expect(page.locator('.resume-code [aria-hidden="true"]')).toHaveText(resumeCode);

		await dee.getByLabel('Your name').fill('Dee');
		await dee.getByLabel('Come-back code').fill(resumeCode.toLowerCase());
		await dee.getByRole('button', { name: 'Join' }).click();
		await expect(dee).toHaveURL(new RegExp(`/a/${code}$`));
		await expect(dee.getByText(`Attempt 1: 2 of ${items} questions answered.`)).toBeVisible();
		await dee.goto(`/a/${code}/items/1`);
		await expect.poll(() => checkedPairs(dee)).toEqual(pairs(right));
		// Still one Dee in the class.
		await page.goto(url);
		await expect(progressTable(page).getByRole('rowheader')).toHaveText(['Dee']);
	});

	// Eve joins and saves one draft; she will not submit before the teacher closes the assignment.
	await openSettled(eve, `/join/${code}`);
	await eve.getByLabel('Your name').fill('Eve');
	await eve.getByRole('button', { name: 'Join' }).click();
	await expect(eve).toHaveURL(new RegExp(`/a/${code}$`));
	const eveAnswer = answerFor(first, 'wrong');
	await openSettled(eve, `/a/${code}/items/1`);
	await fillAnswer(eve, eveAnswer);
	await expect(eve.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();

	await test.step('submitting twice counts once; after submitting, answers are final and the feedback shows', async () => {
		// Two of the questions answered: submitting asks first, without JavaScript too, and refuses with nothing changed.
		const unticked = await dee.request.post(`/a/${code}?/submit`, {
			headers: { origin: origin(), accept: 'text/html' },
			form: {},
			maxRedirects: 0,
			failOnStatusCode: false
		});
		expect(unticked.status()).toBe(400);
		const unanswered = `${items - 2} questions`;
		expect(await unticked.text()).toContain(`Tick “Submit with ${unanswered} unanswered” to submit anyway`);
		expect((await csvOf(page, url)).filter((r) => r.learner === 'Dee' && r['submitted at'])).toEqual([]);
		await dee.goto(`/a/${code}`);
		await dee.waitForLoadState('networkidle');
		const confirm = dee.getByRole('checkbox', { name: `Submit with ${unanswered} unanswered` });
		await expect(confirm).not.toBeChecked();
		// The box is required: an unticked submit stays on the page.
		await dee.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(dee).toHaveURL(new RegExp(`/a/${code}$`));
		await confirm.check();
		await dee.getByRole('button', { name: 'Submit my answers' }).dblclick();
		await expect(dee).toHaveURL(new RegExp(`/a/${code}/summary$`));
		const csvBefore = (await csvOf(page, url)).filter((r) => r.learner === 'Dee');
		const submittedAt = csvBefore[0]['submitted at'];
		expect(submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

		// Twice more at once, as a browser without JavaScript would post it: harmless, the first time stands.
		const again = await Promise.all(
			[1, 2].map(() =>
				dee.request.post(`/a/${code}?/submit`, {
					headers: { origin: origin(), accept: 'text/html' },
					form: {},
					maxRedirects: 0
				})
			)
		);
		for (const response of again) {
			expect(response.status()).toBe(303);
			expect(response.headers()['location']).toBe(`/a/${code}/summary`);
		}

		// A changed answer after submitting is refused and stores nothing.
		const late = await dee.request.post(`/a/${code}/items/1?/answer`, {
			headers: { origin: origin(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			data: formBody(partial),
			maxRedirects: 0,
			failOnStatusCode: false
		});
		expect(late.status()).toBe(409);
		expect(await late.text()).toContain('These answers were already submitted; they can no longer change.');

		const csvAfter = (await csvOf(page, url)).filter((r) => r.learner === 'Dee');
		expect(csvAfter).toEqual(csvBefore);
		await page.goto(url);
		await expect(progressSummary(page)).toHaveText('2 learners joined, 2 started, 1 submitted.');
		await page.getByRole('link', { name: 'Dee', exact: true }).click();
		await expect(page.getByRole('table', { name: 'Attempts of Dee' }).locator('tbody tr')).toHaveCount(1);

		// The feedback now shows, for the answer as it was when submitted.
		const points = expectedPoints(first, right);
		const wrong2 = expectedPoints(second, answerFor(second, 'wrong'));
		await dee.goto(`/a/${code}/items/1`);
		await expect(feedback(dee).locator('.score')).toHaveText(`${points.score} of ${points.max} points`);
		await expect(answerForm(dee)).toHaveCount(0);
		// Submitted with 2 of the questions answered: the others count as 0 of their points, here and for the teacher.
		const submittedTotal = `${points.score + wrong2.score} of ${fullMax} points`;
		await dee.goto(`/a/${code}/summary`);
		await expect(dee.locator('p.total')).toHaveText(submittedTotal);
		await page.goto(url);
		await expect(progressRow(page, 'Dee').locator('td').nth(1)).toHaveText(submittedTotal);
		await dee.goto(`/a/${code}`);
		await expect(dee.getByRole('button', { name: 'Submit my answers' })).toHaveCount(0);
		await expect(dee.getByRole('link', { name: 'See your results' })).toBeVisible();
	});

	await test.step('a closed assignment takes no answers and says so', async () => {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		await page.getByRole('button', { name: 'Close now' }).click();
		await expect(page.locator('.facts').first()).toContainText('Closed since');
		const before = (await csvOf(page, url)).filter((r) => r.learner === 'Eve');
		expect(before.filter((r) => r.answered === 'yes').map((r) => r['item number'])).toEqual(['1']);

		// Eve's page says so, and offers no form.
		await eve.goto(`/a/${code}`);
		// Closed, in the past tense, at the time the teacher's page gives; no “Closes” any more.
		const closedAt = await page.locator('.facts').first().locator('time').textContent();
		await expect(eve.locator('.notice')).toHaveText(
			`This assignment has closed: it closed ${closedAt}. Your answers are final, and your results and the feedback are open.`
		);
		await expect(eve.getByText(/Closes/)).toHaveCount(0);
		await expect(eve.getByRole('button', { name: 'Submit my answers' })).toHaveCount(0);
		await expect(eve.getByRole('link', { name: /^(Start|Continue at question \d+)$/ })).toHaveCount(0);
		await eve.goto(`/a/${code}/items/2`);
		await expect(eve.getByText('This assignment is not taking answers now.')).toBeVisible();
		await expect(answerForm(eve)).toHaveCount(0);

		// A forged answer, a forged change and a forged submit are refused, and nothing is stored.
		const post = (path: string, body: string) =>
			eve.request.post(path, {
				headers: { origin: origin(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				data: body,
				maxRedirects: 0,
				failOnStatusCode: false
			});
		for (const [path, body] of [
			[`/a/${code}/items/2?/answer`, formBody(answerFor(second, 'right'))],
			[`/a/${code}/items/1?/answer`, formBody(answerFor(first, 'right'))],
			[`/a/${code}?/submit`, '']
		] as const) {
			const response = await post(path, body);
			expect(response.status(), path).toBe(409);
			expect(await response.text(), path).toContain('This assignment is not taking answers now.');
		}
		expect((await csvOf(page, url)).filter((r) => r.learner === 'Eve')).toEqual(before);

		// Nobody new can join.
		const late = await browser.newContext();
		const latePage = await late.newPage();
		await openSettled(latePage, link);
		await latePage.getByLabel('Your name').fill('Fin');
		await latePage.getByRole('button', { name: 'Join' }).click();
		await expect(latePage.getByRole('alert')).toHaveText('This assignment has closed.');
		await late.close();
		await page.goto(url);
		await expect(progressTable(page).getByRole('rowheader')).toHaveText(['Dee', 'Eve']);

		// The assignment closed: Eve's answered question shows its feedback now.
		const evePoints = expectedPoints(first, eveAnswer);
		await eve.goto(`/a/${code}/items/1`);
		await expect(feedback(eve).locator('.score')).toHaveText(`${evePoints.score} of ${evePoints.max} points`);
		// Eve never submitted; closing made her attempt final: every unanswered question counts as 0.
		await eve.goto(`/a/${code}/summary`);
		await expect(eve.locator('p.total')).toHaveText(`${evePoints.score} of ${fullMax} points`);
		await page.goto(url);
		await expect(progressRow(page, 'Eve').locator('td').nth(1)).toHaveText(`${evePoints.score} of ${fullMax} points`);
	});

	await deeContext.close();
	await eveContext.close();
});

test('each question opens with its own saved answer, never the ticks and marks of the question before', async ({
	page,
	quiz,
	baseURL
}) => {
	test.slow();
	// Feedback after submitting keeps the answer form on screen from one question to the next (no feedback in between).
	const teacher = await signUpTeacher(baseURL!, 'Ms Fresh');
	const { code } = await assignModule(teacher, await createClassByForm(teacher, 'Fresh'), quiz.id, {
		review: 'after-submit'
	});
	await openSettled(page, `/join/${code}`);
	await page.getByLabel('Your name').fill('Flo');
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('link', { name: 'Start', exact: true }).click();

	const given: Answer[] = [];
	for (const [index, item] of quiz.items.entries()) {
		const n = index + 1;
		await expect(page).toHaveURL(new RegExp(`/a/${code}/items/${n}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
		await expect(answerForm(page).locator('input:checked'), `question ${n} opens blank`).toHaveCount(0);
		// 'partial' has right and wrong parts, so it ticks boxes of both kinds that could be carried over.
		const answer = answerFor(item, 'partial');
		await fillAnswer(page, answer);
		given.push(answer);
		await answerForm(page)
			.getByRole('button', { name: n === quiz.items.length ? 'Save and finish' : 'Save and go on' })
			.click();
	}
	await expect(page).toHaveURL(new RegExp(`/a/${code}$`));

	// Back through the questions in the page itself: each shows exactly the answer saved for it.
	await page.getByRole('link', { name: 'Question 1', exact: true }).click();
	for (const [index, answer] of given.entries()) {
		const n = index + 1;
		await expect(page).toHaveURL(new RegExp(`/a/${code}/items/${n}$`));
		await expect.poll(() => checkedPairs(page)).toEqual(pairs(answer));
		if (n < given.length) await page.getByRole('link', { name: `Question ${n + 1}, answered` }).click();
	}
});
