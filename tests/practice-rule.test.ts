import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import {
	answerFor,
	distinctive,
	formBody,
	keyTexts,
	plain,
	publicText,
	testModule,
	type Module,
	pageHtml
} from './fixtures';
import { withDatabase } from './database';
import { alertOf, assignAs, HttpClient, startOwnServer, type OwnServer } from './own-server';

/*
 * The practice rule (README, “Practice and graded work”), end to end on
 * servers of this file's own: the pause is server-wide, so the shared test
 * server (where other files keep assigning the module) could not show it, and
 * PRACTICE=off needs a server started with it.
 */

const PAUSED = 'This module is being used in a graded assignment right now; practice opens again when it closes.';

let quiz: Module;
/** The explanations of the first questions, as stretches no public text has: what a leak would show. */
let secrets: string[];

test.beforeAll(() => {
	quiz = testModule();
	const publicWords = publicText(quiz);
	secrets = quiz.items
		.slice(0, 3)
		.flatMap(keyTexts)
		.map(({ text }) => distinctive(text, publicWords))
		.filter((s): s is string => s !== null);
	expect(secrets.length).toBeGreaterThan(0);
});

/** A page's text with its white space made single spaces, so that wrapped sentences compare. */
const text = async (response: Response) => (await pageHtml(response)).replace(/\s+/g, ' ');
const leaks = (text: string) => secrets.filter((s) => plain(text).includes(s));
/** An answer to the first question, as its form posts it. */
const firstAnswer = () => formBody(answerFor(quiz.items[0], 'wrong'));

test.describe('an assignment that holds the key back pauses practice of its module', () => {
	// In order, in one worker, on one server: each test leaves practice open again (the first closes its assignment;
	// the second's are feedback after each item). 'default' rather than 'serial', so that a failure is reported on
	// its own and does not silently skip the test after it: the new worker that follows a failure starts a server of
	// its own in beforeAll.
	test.describe.configure({ mode: 'default' });
	let server: OwnServer;
	test.beforeAll(async () => {
		server = await startOwnServer();
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('a learner in an after-close assignment gets nothing of the key through practice; after Close, practice works again', async () => {
		const m = `/modules/${quiz.id}`;
		// Someone practising before the assignment exists: their feedback shows the solution.
		const earlier = new HttpClient(server.url);
		expect((await earlier.post(`${m}?/start`)).status).toBe(303);
		expect((await earlier.post(`${m}/items/1?/answer`, firstAnswer())).status).toBe(303);
		expect(leaks(await (await earlier.get(`${m}/items/1/__data.json`)).text()).length).toBeGreaterThan(0);

		const teacher = new HttpClient(server.url);
		const { id, code, classPath } = await assignAs(teacher, quiz.id, { review: 'after-close' });
		// The assign form said it would be so.
		expect(await text(await teacher.get(classPath))).toContain('practice of this module is paused for everyone');

		// The learner joins, then tries practice of the same module on the same device.
		const learner = new HttpClient(server.url);
		expect((await learner.post('/join', { code, name: 'Ana' })).status).toBe(303);
		const start = await learner.post(`${m}?/start`);
		expect(start.status).toBe(409);
		expect(await text(start)).toContain(PAUSED);
		expect(learner.cookies.has(`practice-${quiz.id}`)).toBe(false);

		// The module's page and the catalog say why; no Start button.
		const page = await text(await learner.get(m));
		expect(page).toContain(PAUSED);
		expect(page).not.toMatch(/>\s*Start\s*</);
		expect(await pageHtml(await learner.get('/'))).toContain('Practice is paused');

		// The attempt begun before: its questions, feedback, results and their data all lead to the module's page.
		for (const path of [`${m}/items/1`, `${m}/items/2`, `${m}/summary`]) {
			const response = await earlier.get(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(m);
			const data = await (await earlier.get(`${path}/__data.json`)).text();
			expect(data, `${path}/__data.json`).toContain('"type":"redirect"');
			expect(leaks(data), `${path}/__data.json`).toEqual([]);
		}
		// Answering is refused and stores nothing: with JavaScript a 409 that says why, without it the module's page.
		const body = formBody(answerFor(quiz.items[1], 'right'));
		const stored = () =>
			withDatabase(
				(db) => (db.prepare('SELECT count(*) AS n FROM response').get() as { n: number }).n,
				server.databasePath
			);
		const before = stored();
		const refusal = await earlier.post(`${m}/items/2?/answer`, body, { js: true });
		const result = JSON.parse(await refusal.text()) as { type: string; status: number; data: string };
		expect([result.type, result.status]).toEqual(['failure', 409]);
		expect(result.data).toContain(PAUSED);
		const plainPost = await earlier.post(`${m}/items/2?/answer`, body);
		expect(plainPost.status).toBe(303);
		expect(plainPost.headers.get('location')).toBe(m);
		expect(stored()).toBe(before);

		// Closed by the teacher: practice opens again, and the solutions come back with the feedback.
		expect((await teacher.post(`/teach/assignments/${id}?/close`)).status).toBe(303);
		expect((await learner.post(`${m}?/start`)).status).toBe(303);
		expect((await learner.post(`${m}/items/1?/answer`, firstAnswer())).status).toBe(303);
		expect(leaks(await (await learner.get(`${m}/items/1/__data.json`)).text()).length).toBeGreaterThan(0);
		expect((await earlier.get(`${m}/items/1`)).status).toBe(200);
		expect(await pageHtml(await learner.get('/'))).not.toContain('Practice is paused');
	});

	test('feedback after each question with one attempt leaves practice open; with two it pauses it', async () => {
		const m = `/modules/${quiz.id}`;
		const teacher = new HttpClient(server.url);
		await assignAs(teacher, quiz.id, { review: 'after-item', attemptsAllowed: 1 });
		const visitor = new HttpClient(server.url);
		expect((await visitor.post(`${m}?/start`)).status).toBe(303);
		const second = await assignAs(teacher, quiz.id, { review: 'after-item', attemptsAllowed: 2 });
		expect((await visitor.get(`${m}/items/1`)).status).toBe(303);
		expect((await teacher.post(`/teach/assignments/${second.id}?/close`)).status).toBe(303);
		expect((await visitor.get(`${m}/items/1`)).status).toBe(200);
	});
});

test.describe('practice attempts: reused, started over only when asked, limited per address, cleaned up', () => {
	// In order, in one worker, on one server; each test comes from addresses of its own and counts only its own
	// attempts, so none needs another to have run. 'default' rather than 'serial': a failure does not silently skip
	// the tests after it (the next worker starts a server of its own).
	test.describe.configure({ mode: 'default' });
	let server: OwnServer;
	test.beforeAll(async () => {
		// Behind a pretend proxy, so that each test's requests come from addresses of their own.
		server = await startOwnServer({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	const attempts = () =>
		withDatabase(
			(db) =>
				(db.prepare('SELECT id FROM attempt WHERE learner_id IS NULL').all() as Array<{ id: string }>).map((r) => r.id),
			server.databasePath
		);

	test('a second Start goes on with the same attempt; Start again needs the box ticked and replaces it', async () => {
		const m = `/modules/${quiz.id}`;
		const visitor = new HttpClient(server.url, '198.51.100.1');
		expect((await visitor.post(`${m}?/start`)).headers.get('location')).toBe(`${m}/items/1`);
		const first = visitor.cookies.get(`practice-${quiz.id}`)!;
		expect((await visitor.post(`${m}/items/1?/answer`, firstAnswer())).status).toBe(303);
		const before = attempts();

		// Start again without the box: the same attempt, where the learner left off.
		const again = await visitor.post(`${m}?/start`);
		expect(again.status).toBe(303);
		expect(again.headers.get('location')).toBe(`${m}/items/2`);
		expect(visitor.cookies.get(`practice-${quiz.id}`)).toBe(first);
		expect(attempts()).toEqual(before);

		// The module page offers going on, and starting over behind a box to tick.
		const page = await pageHtml(await visitor.get(m));
		expect(page).toContain('Continue at question 2');
		expect(page).toMatch(/name="confirm"[^>]*required|required[^>]*name="confirm"/);

		const unticked = await visitor.post(`${m}?/restart`, {});
		expect(unticked.status).toBe(400);
		expect(await alertOf(unticked)).toBe('Tick the box to confirm that you want to start again.');
		expect(attempts()).toEqual(before);

		const restarted = await visitor.post(`${m}?/restart`, { confirm: 'yes' });
		expect(restarted.headers.get('location')).toBe(`${m}/items/1`);
		const second = visitor.cookies.get(`practice-${quiz.id}`)!;
		expect(second).not.toBe(first);
		// The old attempt is gone with its answers; one attempt in its place.
		expect(attempts()).toContain(second);
		expect(attempts()).not.toContain(first);
		expect(attempts()).toHaveLength(before.length);
	});

	test('new practice attempts are limited per address; going on with one is not', async () => {
		const m = `/modules/${quiz.id}`;
		const address = '198.51.100.2';
		const keeper = new HttpClient(server.url, address);
		expect((await keeper.post(`${m}?/start`)).status).toBe(303);
		for (let n = 1; n < 100; n++) {
			const response = await new HttpClient(server.url, address).post(`${m}?/start`);
			expect(response.status, `start ${n + 1}`).toBe(303);
		}
		const refused = await new HttpClient(server.url, address).post(`${m}?/start`);
		expect(refused.status).toBe(429);
		expect(await alertOf(refused)).toMatch(/^Too many new practice attempts from here\. Try again in \d+ minutes?\.$/);
		// The learner with an attempt goes on with it; another address starts as usual.
		expect((await keeper.post(`${m}?/start`)).status).toBe(303);
		expect((await new HttpClient(server.url, '198.51.100.3').post(`${m}?/start`)).status).toBe(303);
	});

	test('a new practice attempt deletes those older than a week, whose cookie has expired', async () => {
		const m = `/modules/${quiz.id}`;
		const old = new HttpClient(server.url, '198.51.100.4');
		expect((await old.post(`${m}?/start`)).status).toBe(303);
		const id = old.cookies.get(`practice-${quiz.id}`)!;
		const db = new Database(server.databasePath);
		try {
			db.pragma('busy_timeout = 5000');
			db.prepare('UPDATE attempt SET created_at = ? WHERE id = ?').run(
				new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString(),
				id
			);
		} finally {
			db.close();
		}
		expect(attempts()).toContain(id);
		expect((await new HttpClient(server.url, '198.51.100.5').post(`${m}?/start`)).status).toBe(303);
		expect(attempts()).not.toContain(id);
	});
});

test.describe('PRACTICE=off', () => {
	let server: OwnServer;
	test.beforeAll(async () => {
		server = await startOwnServer({ PRACTICE: 'off' });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('no catalog and a 404 for every practice page and action; teachers still assign and preview the module', async () => {
		const visitor = new HttpClient(server.url);
		const home = await pageHtml(await visitor.get('/'));
		expect(home).not.toContain(`/modules/${quiz.id}`);
		expect(home).toContain('There are no modules to practise on this server.');
		for (const path of [`/modules/${quiz.id}`, `/modules/${quiz.id}/items/1`, `/modules/${quiz.id}/summary`]) {
			expect((await visitor.get(path)).status, path).toBe(404);
			// The page's data says not found too, and carries nothing of the module.
			const data = await (await visitor.get(`${path}/__data.json`)).text();
			expect(data, `${path}/__data.json`).toContain('"status":404');
			expect(data).not.toContain(quiz.title);
		}
		expect((await visitor.post(`/modules/${quiz.id}?/start`)).status).toBe(404);
		expect((await visitor.post(`/modules/${quiz.id}/items/1?/answer`, firstAnswer())).status).toBe(404);

		const teacher = new HttpClient(server.url);
		const { id, classPath } = await assignAs(teacher, quiz.id, { review: 'after-submit' });
		expect((await teacher.get(`/teach/assignments/${id}`)).status).toBe(200);
		expect((await teacher.get(`/teach/modules/${quiz.id}`)).status).toBe(200);
		// Nothing is paused where nothing is practised: the form does not say so.
		expect(await text(await teacher.get(classPath))).not.toContain('practice of this module is paused');
	});
});
