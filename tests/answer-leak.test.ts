import { readFileSync } from 'node:fs';
import { request as http, type APIRequestContext, type Page, type Response } from '@playwright/test';
import {
	moduleFolder,
	answerFor,
	answerForm,
	distinctive,
	expect,
	expectAccepted,
	feedback,
	fillAnswer,
	formBody,
	itemUrl,
	moduleUrl,
	plain,
	postAnswer,
	proseSentences,
	publicText,
	revealingMarks,
	submitAnswer,
	openSettled,
	summaryUrl,
	test,
	walk,
	unescape,
	type Item,
	type Module
} from './fixtures';
import { answerItem, assignModule, createClass, joinAs, signUpTeacher, submitAttempt } from './seed';
import { authoredRevision } from './authored';

/*
 * Before an item is answered, nothing that gives its answer away may reach
 * the browser: not in the HTML, not in the data SvelteKit fetches, not in the
 * client's JavaScript and CSS. Texts are compared after undoing HTML and JSON
 * escapes and reducing them to words (see `plain`), on a stretch of 30 to 40
 * characters that the public text (documents, prompts, the pages' own words)
 * does not contain.
 */

interface Secret {
	label: string;
	probe: string;
	/** The item whose feedback shows it, if any. */
	item?: string;
}

/**
 * The texts of an item's key that it does not show before it is answered: not
 * its prompt or choices (`shown`), not a value its form posts (the learner
 * picks those), not the reports' own words (spans). With the path to each in
 * the key ("explanation", "targets.1.connotes").
 */
function keySecrets(item: Item): Array<{ path: string; text: string }> {
	const posted = new Set(
		[item.samples.right, item.samples.wrong, item.samples.partial, ...item.samples.random].flatMap((s) =>
			s.form.map(([, value]) => value)
		)
	);
	const spans = new Set(item.spans.map((span) => span.text));
	const texts: Array<{ path: string; text: string }> = [];
	const walk = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			if (!item.shown.includes(value) && !posted.has(value) && !spans.has(value)) texts.push({ path, text: value });
		} else if (Array.isArray(value)) value.forEach((v, n) => walk(v, `${path}.${n}`));
		else if (typeof value === 'object' && value !== null) {
			for (const [field, v] of Object.entries(value)) walk(v, path ? `${path}.${field}` : field);
		}
	};
	walk(item.key, '');
	return texts;
}

/**
 * Object keys, as JSON or JavaScript writes them, that only a solution or a grade carries: the solution's own
 * (explanation, evidence) and the fields of the module's keys that hold a text the item does not show.
 * `withAnswers` adds the fields of the keys that a learner's answer has too (who asserts a claim, say):
 * they give the key away before any answer is on the page, but not once the learner's own draft is there.
 */
function solutionFields(quiz: Module, withAnswers: boolean): RegExp {
	const fields = new Set(['explanation', 'solution', 'evidence', 'grade']);
	for (const item of quiz.items) {
		// The field that holds the text ("connotes"), not the lists it sits in ("statements"), which the
		// question may show too.
		for (const { path } of keySecrets(item)) fields.add(path.split('.').findLast((f) => !/^\d+$/.test(f))!);
		if (withAnswers) {
			for (const sample of [item.samples.right, item.samples.wrong, item.samples.partial]) {
				for (const field of Object.keys(sample.answer as object)) if (field in item.key) fields.add(field);
			}
		}
	}
	return new RegExp(`[{,]\\s*["']?(${[...fields].join('|')})["']?\\s*:`);
}
const REVEALING_CLASS = /hl-(evidence|target)\b/;
/*
 * The feedback as the server renders it for the item page (src/lib/server/feedback-html.ts): its explanation and its
 * opening sentence, by their classes, in a page or escaped in its data. Nowhere before the item is answered.
 */
const RENDERED_FEEDBACK = /class=\\?"(explanation|lead-sentence)[\s"\\]/;

function itemSecrets(quiz: Module): { secrets: Secret[]; unprobed: string[] } {
	const publicWords = publicText(quiz);
	const secrets: Secret[] = [];
	const unprobed: string[] = [];
	for (const item of quiz.items) {
		for (const { path, text } of keySecrets(item)) {
			const label = `${path} of ${item.id}`;
			const probe = distinctive(text, publicWords);
			if (probe) secrets.push({ label, probe, item: item.id });
			else unprobed.push(`${label}: “${text}”`);
		}
	}
	return { secrets, unprobed };
}

function proseSecrets(quiz: Module, name: 'debrief' | 'teacher-notes'): Secret[] {
	const publicWords = publicText(quiz);
	return proseSentences(`${moduleFolder(quiz)}/${name}.svx`)
		.map((sentence) => ({ label: `${name}: “${sentence}”`, probe: distinctive(sentence, publicWords) }))
		.filter((s): s is Secret => s.probe !== null);
}

/** Which secrets a text contains: as it is, and with its HTML tags taken out (“<strong>Only</strong> the”). */
const found = (text: string, secrets: Secret[]) => {
	const words = `${plain(text)}|${plain(unescape(text).replace(/<[^>]*>/g, ' '))}`;
	return secrets.filter((s) => words.includes(s.probe));
};

/** An answered item's page, or one whose feedback is due, shows every probe of its own solution: the probes work. */
function expectOwnSolution(html: string, secrets: Secret[], itemId: string, what: string) {
	const own = secrets.filter((s) => s.item === itemId);
	expect(
		found(html, own).map((s) => s.label),
		what
	).toEqual(own.map((s) => s.label));
}

/** Once feedback is due, every item's page shows its own explanation. */
async function expectEachOwnSolution(
	get: (path: string) => Promise<{ text(): Promise<string> }>,
	base: string,
	quiz: Module,
	secrets: Secret[]
) {
	for (const [index, item] of quiz.items.entries()) {
		expectOwnSolution(
			await (await get(`${base}/items/${index + 1}`)).text(),
			secrets,
			item.id,
			`${item.id} once feedback is due`
		);
	}
}

/** Every file of the client build, as text. */
function clientBuild(): Array<{ path: string; text: string }> {
	// The .gz and .br files are compressed copies of the others.
	const files = walk('build/client').filter((f) => !/\.(gz|br)$/.test(f));
	expect(files.filter((f) => f.endsWith('.js')).length, 'JavaScript files in build/client').toBeGreaterThan(0);
	return files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** Records the body of every response the page receives while `on` is true. */
function recorder(page: Page) {
	const state = { on: true, bodies: [] as Array<Promise<{ url: string; text: string }>> };
	page.on('response', (response: Response) => {
		if (!state.on) return;
		state.bodies.push(
			response
				.text()
				.catch(() => '')
				.then((text) => ({ url: response.url(), text }))
		);
	});
	return state;
}

// @practice: on the practice server (playwright.config.ts), where no assignment pauses the module's practice.
test('no answer reaches the browser before the item is submitted', { tag: '@practice' }, async ({ page, quiz }) => {
	test.slow();
	const { secrets, unprobed } = itemSecrets(quiz);
	const notes = [...proseSecrets(quiz, 'debrief'), ...proseSecrets(quiz, 'teacher-notes')];
	const all = [...secrets, ...notes];
	if (unprobed.length) {
		test
			.info()
			.annotations.push({ type: 'not probed (the public text has the same words)', description: unprobed.join('\n') });
	}
	// Most of the key must be probed, or this test would prove little.
	expect(secrets.length, `probed secrets (not probed: ${unprobed.join('; ')})`).toBeGreaterThanOrEqual(
		quiz.items.length
	);

	const SOLUTION_KEY = solutionFields(quiz, true);
	const leaks: string[] = [];
	const shapes: string[] = [];
	const scan = (where: string, text: string) => {
		for (const s of found(text, all)) leaks.push(`${where}: ${s.label}`);
	};
	/** A page or data response before the item is answered: no solution fields, no revealing highlight. */
	const scanShape = (where: string, text: string) => {
		const key = text.match(SOLUTION_KEY);
		if (key) shapes.push(`${where}: solution field ${key[0]}`);
		const mark = text.match(REVEALING_CLASS);
		if (mark) shapes.push(`${where}: highlight ${mark[0]}`);
		const rendered = text.match(RENDERED_FEEDBACK);
		if (rendered) shapes.push(`${where}: feedback ${rendered[0]}`);
	};
	const fetchPage = async (path: string) => {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		const html = await response!.text();
		scan(path, html);
		scanShape(path, html);
		const data = await page.request.get(`${path.replace(/\/$/, '')}/__data.json`);
		expect(data.ok(), `${path}/__data.json`).toBe(true);
		const json = await data.text();
		scan(`${path}/__data.json`, json);
		scanShape(`${path}/__data.json`, json);
	};

	const recorded = recorder(page);

	await fetchPage('/');
	await fetchPage(moduleUrl(quiz));
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, 1)}$`));

	for (const [index, item] of quiz.items.entries()) {
		const n = index + 1;
		const url = itemUrl(quiz, n);
		await test.step(`question ${n} (${item.id})`, async () => {
			recorded.on = true;
			if (n > 1) {
				// As a learner goes on: a client-side navigation, which fetches the item's data.
				await page.getByRole('link', { name: 'Next question' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
				await expect(revealingMarks(page)).toHaveCount(0);
				scan(`${url} (rendered after navigating)`, await page.content());
			}
			// The summary too, while one item is still open.
			if (n === quiz.items.length) await fetchPage(summaryUrl(quiz));
			await fetchPage(url);
			await expect(revealingMarks(page)).toHaveCount(0);
			recorded.on = false;

			// Answered, the same item's page and data do carry its solution: the probes can find it.
			await fillAnswer(page, answerFor(item, 'wrong'));
			await submitAnswer(page);
			await expect(revealingMarks(page).first()).toBeAttached();
			expectOwnSolution(await page.content(), secrets, item.id, `the answered page of ${item.id} shows its solution`);
			const data = await (await page.request.get(`${url}/__data.json`)).text();
			expect(data, 'the answered item’s data carries its feedback').toMatch(RENDERED_FEEDBACK);
			expectOwnSolution(data, secrets, item.id, `the answered data of ${item.id} shows its solution`);
		});
	}

	const responses = await Promise.all(recorded.bodies);
	for (const { url, text } of responses) scan(`response ${url}`, text);
	const urls = responses.map((r) => r.url);
	expect(
		urls.some((u) => u.includes('/_app/immutable/') && u.endsWith('.js')),
		'JavaScript was recorded'
	).toBe(true);
	expect(
		urls.some((u) => u.includes('__data.json')),
		'client-side data was recorded'
	).toBe(true);

	for (const { path, text } of clientBuild()) scan(path, text);

	expect(leaks, 'secrets found before their item was answered').toEqual([]);
	expect(shapes, 'solution fields or highlights before the item was answered').toEqual([]);
});

test(
	'the debrief waits for the last answer, and the teacher notes never reach the browser',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const debrief = proseSecrets(quiz, 'debrief');
		const teacherNotes = proseSecrets(quiz, 'teacher-notes');
		test.skip(
			debrief.length === 0 || teacherNotes.length === 0,
			`debrief.svx or teacher-notes.svx of ${quiz.id} has no sentence that the public text (intro, documents) lacks: ` +
				'with placeholder prose there is nothing to tell apart'
		);
		const leaks: string[] = [];
		const scan = (where: string, text: string, secrets: Secret[]) => {
			for (const s of found(text, secrets)) leaks.push(`${where}: ${s.label}`);
		};
		const both = [...debrief, ...teacherNotes];
		const get = async (path: string) => {
			const html = await (await page.goto(path))!.text();
			const data = await (await page.request.get(`${path.replace(/\/$/, '')}/__data.json`)).text();
			return { html, data };
		};

		for (const path of ['/', moduleUrl(quiz)]) {
			const { html, data } = await get(path);
			scan(path, html, both);
			scan(`${path}/__data.json`, data, both);
		}
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, 1)}$`));

		// Every question but the last answered: still no debrief.
		for (const [index, item] of quiz.items.entries()) {
			const n = index + 1;
			if (n === quiz.items.length) break;
			await expectAccepted(await postAnswer(page, quiz, n, formBody(answerFor(item, 'right'))), quiz, n);
		}
		for (const path of [summaryUrl(quiz), itemUrl(quiz, 1), itemUrl(quiz, quiz.items.length)]) {
			const { html, data } = await get(path);
			scan(path, html, both);
			scan(`${path}/__data.json`, data, both);
		}
		await expect(answerForm(page)).toBeVisible();
		for (const { path, text } of clientBuild()) scan(path, text, both);
		expect(leaks, 'debrief or teacher notes before the end').toEqual([]);

		// The last answer opens the debrief; the teacher notes stay on the server.
		const last = quiz.items[quiz.items.length - 1];
		await fillAnswer(page, answerFor(last, 'right'));
		await submitAnswer(page);
		await expect(feedback(page)).toBeVisible();
		const { html, data } = await get(summaryUrl(quiz));
		await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
		expect(
			found(html, debrief).map((s) => s.label),
			'the debrief is on the summary'
		).toEqual(debrief.map((s) => s.label));
		scan(summaryUrl(quiz), html, teacherNotes);
		scan(`${summaryUrl(quiz)}/__data.json`, data, teacherNotes);
		expect(leaks, 'teacher notes on a learner’s page').toEqual([]);
	}
);

/*
 * In an assignment whose feedback comes later, the learner's pages carry
 * their own saved answers (drafts) but nothing of the key: not while they
 * answer, not on the summary, and with feedback after the close, not after
 * submitting either. Once the feedback is due, the same pages show it, so the
 * probes are known to find it.
 */
for (const review of ['after-submit', 'after-close'] as const) {
	test(`in an assignment with feedback ${review}: no answer reaches the browser before it is due`, async ({
		page,
		quiz,
		baseURL
	}) => {
		test.slow();
		const { secrets } = itemSecrets(quiz);
		const all = [...secrets, ...proseSecrets(quiz, 'teacher-notes')];
		// The learner's own drafts are on these pages: the key's fields that an answer has too may be there.
		const FEEDBACK_KEY = solutionFields(quiz, false);
		const teacher = await signUpTeacher(baseURL!, 'Ms Leak');
		// One attempt: with more, the solutions wait for the last one or the closing (attempt-policy.test.ts).
		const assignment = await assignModule(teacher, await createClass(teacher, 'Leaks'), quiz.id, {
			review,
			attemptsAllowed: 1
		});
		const base = `/a/${assignment.code}`;

		const leaks: string[] = [];
		const scan = (where: string, text: string) => {
			for (const s of found(text, all)) leaks.push(`${where}: ${s.label}`);
		};
		/** A page or its data: besides the key's words, no feedback fields and no revealing highlight. */
		const scanPage = (where: string, text: string) => {
			scan(where, text);
			const key = text.match(FEEDBACK_KEY);
			if (key) leaks.push(`${where}: feedback field ${key[0]}`);
			const mark = text.match(REVEALING_CLASS);
			if (mark) leaks.push(`${where}: highlight ${mark[0]}`);
		};
		/** A page's HTML and data as the learner's browser gets them; `open` also shows it, to answer on. */
		const fetchPage = async (path: string, when: string, open = false) => {
			const response = open ? await openSettled(page, path) : await page.request.get(path);
			expect(response?.ok(), path).toBe(true);
			scanPage(`${path} (${when})`, await response!.text());
			const data = await page.request.get(`${path}/__data.json`);
			expect(data.ok(), `${path}/__data.json`).toBe(true);
			scanPage(`${path}/__data.json (${when})`, await data.text());
		};
		const everyPage = async (when: string) => {
			await fetchPage(base, when);
			for (let n = 1; n <= quiz.items.length; n++) await fetchPage(`${base}/items/${n}`, when);
			await fetchPage(`${base}/summary`, when);
		};

		await openSettled(page, `/join/${assignment.code}`);
		await page.getByLabel('Your name').fill('Lee');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page).toHaveURL(new RegExp(`${base}$`));

		// Answering, with every response recorded: pages, data, scripts.
		const recorded = recorder(page);
		for (const [index, item] of quiz.items.entries()) {
			const n = index + 1;
			await fetchPage(`${base}/items/${n}`, 'blank', true);
			await fillAnswer(page, answerFor(item, 'right'));
			const last = n === quiz.items.length;
			await answerForm(page)
				.getByRole('button', { name: last ? 'Save and finish' : 'Save and go on' })
				.click();
			await expect(page).toHaveURL(new RegExp(last ? `${base}$` : `${base}/items/${n + 1}$`));
		}
		recorded.on = false;
		for (const { url, text } of await Promise.all(recorded.bodies)) scan(`response ${url}`, text);
		await everyPage('every answer saved');

		await page.goto(base);
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page).toHaveURL(new RegExp(`${base}/summary$`));
		if (review === 'after-close') {
			await everyPage('submitted, not closed');
			const closed = await teacher.ctx.post(`/teach/assignments/${assignment.id}?/close`, {
				form: {},
				maxRedirects: 0
			});
			expect(closed.status()).toBe(303);
		}

		expect(leaks, 'the key before its feedback was due').toEqual([]);

		// Due now: every item's page shows its own explanation.
		await expectEachOwnSolution((path) => page.request.get(path), base, quiz, secrets);
	});
}

/*
 * A teacher's own module (issue #11), as learners meet it: the test module exported and imported as a
 * new module, published, made public, practised, then assigned with feedback after submitting. Same
 * items, same keys: the same probes. Every response a learner can fetch before answering (pages, their
 * data, the teacher's routes of the module) must be free of its key; the teacher's routes are not theirs.
 */
test('a teacher’s own module: no answer reaches a learner before it is due, in practice or assigned', async ({
	quiz,
	baseURL
}) => {
	test.slow();
	const { secrets } = itemSecrets(quiz);
	const all = [...secrets, ...proseSecrets(quiz, 'teacher-notes')];
	const teacher = await signUpTeacher(baseURL!, 'Ms Authored');
	const archive = await (await teacher.ctx.get(`/teach/modules/${quiz.id}/export.zip`)).body();
	const imported = await teacher.ctx.post('/teach/modules/import?/upload', {
		multipart: { archive: { name: 'module.zip', mimeType: 'application/zip', buffer: archive } },
		maxRedirects: 0
	});
	const id = /^\/teach\/modules\/([0-9a-f-]{36})\/edit$/.exec(imported.headers()['location'] ?? '')?.[1];
	expect(id, `imported: ${(await imported.text()).slice(0, 200)}`).toBeTruthy();
	const post = async (path: string, form: Record<string, string>) => {
		const response = await teacher.ctx.post(path, { form, maxRedirects: 0 });
		expect(response.status(), `${path}: ${(await response.text()).slice(0, 200)}`).toBe(303);
	};
	const editor = `/teach/modules/${id}/edit`;
	await post(`${editor}?/details`, {
		revision: String(authoredRevision(id!)),
		title: quiz.title,
		summary: quiz.summary,
		minutes: '10',
		visibility: 'public'
	});
	await post(`${editor}?/publish`, { revision: String(authoredRevision(id!)) });

	const leaks: string[] = [];
	/** A page or its data: besides the key's words, no solution fields and no revealing highlight. */
	const scanPage = (where: string, text: string, fields: RegExp) => {
		for (const s of found(text, all)) leaks.push(`${where}: ${s.label}`);
		const key = text.match(fields);
		if (key) leaks.push(`${where}: solution field ${key[0]}`);
		const mark = text.match(REVEALING_CLASS);
		if (mark) leaks.push(`${where}: highlight ${mark[0]}`);
		const rendered = text.match(RENDERED_FEEDBACK);
		if (rendered) leaks.push(`${where}: feedback ${rendered[0]}`);
	};
	const fetchPage = async (ctx: APIRequestContext, path: string, when: string, fields: RegExp) => {
		for (const url of [path, `${path.replace(/\/$/, '')}/__data.json`]) {
			const response = await ctx.get(url);
			expect(response.ok(), `${url} (${when})`).toBe(true);
			scanPage(`${url} (${when})`, await response.text(), fields);
		}
	};
	/** The teacher's routes of the module, asked by a learner: never the module, never its key. */
	const teacherRoutes = async (ctx: APIRequestContext, who: string) => {
		for (const path of [
			`/teach/modules/${id}/export.zip`,
			`/teach/modules/${id}`,
			`/teach/modules/${id}/__data.json`,
			editor,
			`${editor}/__data.json`,
			`${editor}/items/${quiz.items[0].id}`,
			`${editor}/items/${quiz.items[0].id}/__data.json`,
			`/teach/modules/${id}/preview`,
			`/teach/modules/${id}/preview/__data.json`,
			`/teach/modules/${id}/preview/items/1`,
			`/teach/modules/${id}/preview/items/1/__data.json`
		]) {
			const response = await ctx.get(path, { maxRedirects: 0 });
			const body = await response.text();
			// Without a teacher's session the teacher area sends to the sign-in page, as everywhere under /teach
			// (a page's data says so in its JSON).
			const refused =
				response.status() === 404 ||
				/^\/login\b/.test(response.headers()['location'] ?? '') ||
				(path.endsWith('__data.json') && /^\{"type":"redirect","location":"\/login\b/.test(body));
			expect(refused, `${path} for ${who}: ${response.status()} ${response.headers()['location'] ?? ''}`).toBe(true);
			expect(response.headers()['content-type'] ?? '', path).not.toMatch(/zip/);
			for (const s of found(body, all)) leaks.push(`${path} for ${who}: ${s.label}`);
		}
		// The preview's answer, posted with the right answer: the feedback (and its key) is the owner's only.
		const answer = `/teach/modules/${id}/preview/items/1?/answer`;
		const posted = await ctx.post(answer, {
			data: formBody(answerFor(quiz.items[0], 'right')),
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
			maxRedirects: 0
		});
		const body = await posted.text();
		// A form post without a teacher's session is refused (401) rather than sent to sign in.
		const refused = posted.status() >= 400 && posted.status() < 500;
		expect(refused, `${answer} for ${who}: ${posted.status()} ${body.slice(0, 200)}`).toBe(true);
		for (const s of found(body, all)) leaks.push(`${answer} for ${who}: ${s.label}`);
		const rendered = body.match(RENDERED_FEEDBACK);
		if (rendered) leaks.push(`${answer} for ${who}: feedback ${rendered[0]}`);
	};

	// Practice: the module is public. Before each item is answered its page and data carry no key; after, its own.
	const SOLUTION_KEY = solutionFields(quiz, true);
	const practiser = await http.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' } });
	const practice = `/modules/${id}`;
	await fetchPage(practiser, practice, 'practice', SOLUTION_KEY);
	const started = await practiser.post(`${practice}?/start`, { form: {}, maxRedirects: 0 });
	expect(started.headers()['location']).toBe(`${practice}/items/1`);
	for (const [index, item] of quiz.items.entries()) {
		const n = index + 1;
		if (n === quiz.items.length) await fetchPage(practiser, `${practice}/summary`, 'practice', SOLUTION_KEY);
		await fetchPage(practiser, `${practice}/items/${n}`, 'practice, before answering', SOLUTION_KEY);
		const answered = await practiser.post(`${practice}/items/${n}?/answer`, {
			data: formBody(answerFor(item, 'wrong')),
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			maxRedirects: 0
		});
		expect(answered.status(), `practice answer ${n}`).toBe(303);
		const html = await (await practiser.get(`${practice}/items/${n}`)).text();
		expectOwnSolution(html, secrets, item.id, `the answered page of ${item.id} shows its solution`);
	}
	await teacherRoutes(practiser, 'someone practising');

	// Assigned, feedback after submitting: the learner's pages hold their drafts, never the key, until they submit.
	const FEEDBACK_KEY = solutionFields(quiz, false);
	const assignment = await assignModule(teacher, await createClass(teacher, 'Authored leaks'), id!, {
		review: 'after-submit',
		attemptsAllowed: 1
	});
	const learner = await joinAs(baseURL!, assignment.code, 'Lee');
	const base = `/a/${assignment.code}`;
	const everyPage = async (when: string) => {
		await fetchPage(learner.ctx, base, when, FEEDBACK_KEY);
		for (let n = 1; n <= quiz.items.length; n++) await fetchPage(learner.ctx, `${base}/items/${n}`, when, FEEDBACK_KEY);
		await fetchPage(learner.ctx, `${base}/summary`, when, FEEDBACK_KEY);
	};
	await everyPage('nothing answered');
	for (const [index, item] of quiz.items.entries()) {
		await answerItem(learner, assignment.code, index + 1, formBody(answerFor(item, 'right')));
	}
	await everyPage('every answer saved');
	await teacherRoutes(learner.ctx, 'a learner of the assignment');
	expect(leaks, 'the key before its feedback was due').toEqual([]);

	// Submitted: due now, and every item's page shows its own explanation, so the probes do find the key.
	await submitAttempt(learner, assignment.code);
	await expectEachOwnSolution((path) => learner.ctx.get(path), base, quiz, secrets);
	await Promise.all([practiser.dispose(), learner.ctx.dispose(), teacher.ctx.dispose()]);
});
