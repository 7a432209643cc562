// `npm run bench:size`: builds the app, serves it on 127.0.0.1 with a fresh
// database, sets up a practice attempt, a teacher with a class and an
// assignment, and learners in it through the app's forms, then opens every
// learner and teacher page in Chromium and prints the gzip bytes of
// JavaScript and CSS each one actually loads, and how many requests it makes.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildApp, startApp } from './app-server.js';
import { MODULE_ID } from './client.js';
import { freshDatabase } from './database.js';
import { budget, weigh } from './page-weight.js';
import { normalizedModules } from './vite.js';

/**
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('@playwright/test').BrowserContext} BrowserContext
 * @typedef {Awaited<ReturnType<BrowserContext['storageState']>>} State cookies of a visitor, learner or teacher
 * @typedef {import('../tests/fixtures').Module} Module
 * @typedef {import('../tests/fixtures').Item} Item
 * @typedef {{ group: string, label: string, path: string, state?: State }} Visit
 * @typedef {Visit & { weight: import('./page-weight.js').PageWeight }} Weighed
 * @typedef {{ label: string, bytes: number, requests: number, list: Array<{ path: string, type: string, bytes: number,
 *   parts: number[], headers?: Array<{ name: string, value: string }> }> }} Move
 *   bytes moved by one step from item to item, and by each of its requests: sent (headers and body), the response's
 *   headers, its body (as it came, compressed or not)
 */

buildApp();
const module = normalizedModules().find((m) => m.id === MODULE_ID);
if (!module) throw new Error(`module ${MODULE_ID} not found`);
const database = await freshDatabase();
// Served as `npm start` serves the app on a school's network, directly (no ORIGIN): so with its responses
// compressed (scripts/compressing.js). Behind a proxy (ORIGIN set), compressing is the proxy's work.
// BENCH_HOST=<the machine's address>: as a learner's device on that network reaches it, over plain HTTP at an address
// that is not the machine's own loopback (Chromium then sends neither Fetch Metadata nor client hints, both for
// secure origins only); the server then listens on every address, as `npm start` does.
const lanHost = process.env.BENCH_HOST;
const server = await startApp({ ...database.env, ORIGIN: undefined, ...(lanHost ? { HOST: '0.0.0.0' } : {}) });
const base = lanHost ? server.base.replace('127.0.0.1', lanHost) : server.base;

try {
	const browser = await chromium.launch(
		existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {}
	);
	try {
		// The practice pages are weighed before the teacher's assignment exists: while an assignment with deferred
		// feedback is open, practice of its module is paused (README, “Practice and graded work”).
		/** @type {Weighed[]} */
		const rows = [];
		for (const visit of await learnerVisits(browser, module))
			rows.push({ ...visit, weight: await weighFresh(browser, visit) });
		const practiceMoves = await practiceNavigations(browser, module);
		/** @type {Move[]} */
		const moves = [];
		for (const visit of await teacherVisits(browser, module, moves))
			rows.push({ ...visit, weight: await weighFresh(browser, visit) });
		report(rows);
		reportMoves([...practiceMoves, ...moves]);
	} finally {
		await browser.close();
	}
} finally {
	await server.stop();
	await database.drop();
}

/**
 * Weighs a page as a first visit: a new context with the visitor's cookies
 * and nothing cached, so every script and stylesheet is fetched.
 * @param {Browser} browser @param {Visit} visit
 */
async function weighFresh(browser, visit) {
	const context = await browser.newContext({ storageState: visit.state });
	try {
		const page = await context.newPage();
		const weight = await weigh(page, () => page.goto(`${base}${visit.path}`));
		// A page that redirected (to the login, to the join form) would be weighed under the wrong name.
		if (weight.url !== visit.path.split('?')[0]) throw new Error(`${visit.path} went to ${weight.url}`);
		return weight;
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------- setting up, through the app's forms

/**
 * Posts a form from the app's origin and expects the 303 of a successful action.
 * @param {BrowserContext} context its cookies are sent and kept
 * @param {string} path @param {URLSearchParams | Record<string, string>} form
 * @returns {Promise<string>} where it redirects
 */
async function post(context, path, form) {
	const response = await context.request.post(`${base}${path}`, {
		data: new URLSearchParams(form).toString(),
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	const location = response.headers()['location'];
	if (response.status() !== 303 || !location) {
		throw new Error(`POST ${path}: ${response.status()} ${(await response.text()).slice(0, 300)}`);
	}
	return location;
}

/**
 * A right answer to the item, as its form posts it: the one its kind made up (quizzes:check --json).
 * @param {Item} item
 */
function rightAnswer(item) {
	return new URLSearchParams(item.samples.right.form);
}

/**
 * Runs `steps` in a new context and returns the cookies it ends with.
 * @param {Browser} browser @param {(context: BrowserContext) => Promise<unknown>} steps
 * @returns {Promise<State>}
 */
async function stateAfter(browser, steps) {
	const context = await browser.newContext();
	try {
		await steps(context);
		return await context.storageState();
	} finally {
		await context.close();
	}
}

/** @param {BrowserContext} context @param {Module} module @param {string} prefix e.g. /a/CODE */
async function answerAll(context, module, prefix) {
	for (const [index, item] of module.items.entries()) {
		const path = `${prefix}/items/${index + 1}`;
		await post(context, `${path}?/answer`, rightAnswer(item));
	}
}

/**
 * The kinds of the module's items, in the order they first come: each kind draws its own question and its own
 * distribution of the class's answers, so each is weighed.
 * @param {Module} module
 */
function kinds(module) {
	return [...new Set(module.items.map((item) => item.kind))];
}

/**
 * The number (1-based) of the first item of a kind.
 * @param {Module} module @param {string} kind
 */
function firstOfKind(module, kind) {
	return module.items.findIndex((item) => item.kind === kind) + 1;
}

/**
 * The learner's pages: practice, and an assignment joined with a code.
 * @param {Browser} browser @param {Module} module
 * @returns {Promise<Visit[]>}
 */
async function learnerVisits(browser, module) {
	const practice = `/modules/${module.id}`;
	const started = await stateAfter(browser, (c) => post(c, `${practice}?/start`, {}));
	const finished = await stateAfter(browser, async (c) => {
		await post(c, `${practice}?/start`, {});
		await answerAll(c, module, practice);
	});
	const group = 'Learner';
	return [
		{ group, label: 'catalog', path: '/' },
		{ group, label: 'module page', path: practice },
		...kinds(module).map((kind) => ({
			group,
			label: `item, ${kind}, before answering`,
			path: `${practice}/items/${firstOfKind(module, kind)}`,
			state: started
		})),
		...kinds(module).map((kind) => ({
			group,
			label: `item, ${kind}, after answering`,
			path: `${practice}/items/${firstOfKind(module, kind)}`,
			state: finished
		})),
		{ group, label: 'summary', path: `${practice}/summary`, state: finished },
		{ group, label: 'join', path: '/join' }
	];
}

/**
 * The teacher's pages, over a class with an assignment that one learner has
 * just joined and three have answered and submitted; and the assignment's
 * pages for those learners.
 * @param {Browser} browser @param {Module} module @param {Move[]} moves where the in-assignment moves are put
 * @returns {Promise<Visit[]>}
 */
async function teacherVisits(browser, module, moves) {
	/** @type {{ classId: string, assignmentId: string, code: string }} */
	let made = { classId: '', assignmentId: '', code: '' };
	const teacher = await stateAfter(browser, async (c) => {
		const email = `size-${Date.now()}@example.org`;
		await post(c, '/signup', { name: 'Ms Size', email, password: 'a long enough password' });
		const classId = (await post(c, '/teach?/create', { name: 'Year 10 Media' })).split('/').at(-1) ?? '';
		const assignment = await post(c, `/teach/classes/${classId}?/assign`, {
			moduleId: module.id,
			opensAt: '',
			closesAt: '',
			attemptsAllowed: '1',
			review: 'after-submit'
		});
		const html = await (await c.request.get(`${base}${assignment}`)).text();
		const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(html)?.[1] ?? '';
		made = { classId, assignmentId: assignment.split('/').at(-1) ?? '', code };
	});
	const { classId, assignmentId, code } = made;
	const joined = await stateAfter(browser, (c) => post(c, '/join', { code, name: 'Ana' }));
	moves.push(...(await assignmentNavigations(browser, module, code)));
	/** @type {State | undefined} */
	let submitted;
	for (const name of ['Ben', 'Chloé', 'Dev']) {
		submitted = await stateAfter(browser, async (c) => {
			await post(c, '/join', { code, name });
			await answerAll(c, module, `/a/${code}`);
			await post(c, `/a/${code}?/submit`, {});
		});
	}
	const learnerId = await lastJoinedLearner(browser, teacher, assignmentId);
	const assignment = `/teach/assignments/${assignmentId}`;
	const learner = 'Learner, in an assignment';
	const group = 'Teacher';
	return [
		{ group: learner, label: 'assignment home', path: `/a/${code}`, state: joined },
		{ group: learner, label: 'assignment item', path: `/a/${code}/items/1`, state: joined },
		{ group: learner, label: 'assignment summary, submitted', path: `/a/${code}/summary`, state: submitted },
		{ group, label: 'login', path: '/login' },
		{ group, label: 'signup', path: '/signup' },
		{ group, label: 'dashboard', path: '/teach', state: teacher },
		{ group, label: 'class', path: `/teach/classes/${classId}`, state: teacher },
		{ group, label: 'assignment overview', path: assignment, state: teacher },
		{ group, label: 'per-item statistics', path: `${assignment}/items`, state: teacher },
		...kinds(module).map((kind) => ({
			group,
			label: `item detail, ${kind}`,
			path: `${assignment}/items/${firstOfKind(module, kind)}`,
			state: teacher
		})),
		{ group, label: 'learner results', path: `${assignment}/learners/${learnerId}`, state: teacher },
		{ group, label: 'module preview', path: `/teach/modules/${module.id}`, state: teacher }
	];
}

/**
 * The id of the learner who joined last (one who answered), from the links of the assignment’s progress table.
 * @param {Browser} browser @param {State} teacher @param {string} assignmentId
 */
async function lastJoinedLearner(browser, teacher, assignmentId) {
	const context = await browser.newContext({ storageState: teacher });
	try {
		const html = await (await context.request.get(`${base}/teach/assignments/${assignmentId}`)).text();
		const ids = [...html.matchAll(/\/learners\/([0-9a-f-]{36})/g)].map((m) => m[1]);
		if (!ids.length) throw new Error('the assignment page lists no learner');
		return ids[ids.length - 1];
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------- moving from item to item, with JavaScript

/**
 * Bytes on the wire (request and response, headers and bodies as sent) while `step` runs, from its start until
 * the network is idle: what one move from item to item costs once the first item page is loaded. Every request
 * the page made is counted, each listed with its own bytes: taken from the requests as they start (a listener for
 * finished ones missed, now and then, a data request that ended just before the page went idle).
 * @param {import('@playwright/test').Page} page @param {() => Promise<unknown>} step
 */
async function bytesOf(page, step) {
	/** @type {import('@playwright/test').Request[]} */
	const started = [];
	/** @param {import('@playwright/test').Request} request */
	const onRequest = (request) => started.push(request);
	const wire = await wireBytes(page);
	page.on('request', onRequest);
	await step();
	await page.waitForLoadState('networkidle');
	page.off('request', onRequest);
	/** @type {Move['list']} */
	const list = [];
	for (const request of started) {
		// A request the browser gave up (a preload made needless by the click) moved no response.
		const response = await request.response().catch(() => null);
		if (!response) continue;
		const s = await request.sizes();
		// Playwright gives 0 for a body sent in chunks (Transfer-Encoding: chunked, as the compression package sends
		// it): Chromium's count of the bytes received (headers, chunk framing and body as they came) less the
		// headers is the body on the wire.
		const received = await wire.received(request.url());
		const body = received === undefined ? s.responseBodySize : received - s.responseHeadersSize;
		const url = new URL(request.url());
		list.push({
			path: url.pathname + url.search,
			type: request.resourceType(),
			bytes: s.requestHeadersSize + s.requestBodySize + s.responseHeadersSize + body,
			parts: [s.requestHeadersSize + s.requestBodySize, s.responseHeadersSize, body],
			// BENCH_HEADERS=1: every header line both ways, to see where a request's kilobyte goes.
			headers: process.env.BENCH_HEADERS
				? [...(await request.headersArray()), ...(await response.headersArray())]
				: undefined
		});
	}
	await wire.stop();
	return { bytes: list.reduce((a, r) => a + r.bytes, 0), requests: list.length, list };
}

/**
 * Chromium's own count of the bytes each response took on the wire (DevTools' Network.loadingFinished,
 * encodedDataLength: status line, headers and body as received, chunk framing included), by URL in the order the
 * responses finished.
 * @param {import('@playwright/test').Page} page
 */
async function wireBytes(page) {
	const cdp = await page.context().newCDPSession(page);
	/** @type {Map<string, string>} */
	const urls = new Map();
	/** @type {Map<string, number[]>} */
	const finished = new Map();
	cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
	/** @type {Map<string, number>} */
	const received = new Map();
	/** @param {string} requestId @param {number} bytes */
	const finish = (requestId, bytes) => {
		const url = urls.get(requestId);
		if (url !== undefined) finished.set(url, [...(finished.get(url) ?? []), bytes]);
	};
	cdp.on('Network.responseReceived', ({ requestId, response }) => received.set(requestId, response.encodedDataLength));
	cdp.on('Network.dataReceived', ({ requestId, encodedDataLength }) =>
		received.set(requestId, (received.get(requestId) ?? 0) + encodedDataLength)
	);
	cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => finish(requestId, encodedDataLength));
	// A body the page stopped reading (SvelteKit's client, once a click overtook the hover's preload) ends in
	// loadingFailed: the bytes that had come by then, headers and body.
	cdp.on('Network.loadingFailed', ({ requestId }) => {
		if (received.has(requestId)) finish(requestId, /** @type {number} */ (received.get(requestId)));
	});
	await cdp.send('Network.enable');
	return {
		/** @param {string} url @returns {Promise<number | undefined>} */
		received: async (url) => finished.get(url)?.shift(),
		stop: () => cdp.detach()
	};
}

/**
 * Answers the item on screen through its own (enhanced) form, with the right answer its kind made up, and
 * waits for the page that follows: `next` (a path) or the feedback.
 * @param {import('@playwright/test').Page} page @param {Item} item
 */
async function answerOnPage(page, item) {
	await page.evaluate((entries) => {
		const form = /** @type {HTMLFormElement} */ (document.querySelector('form[action="?/answer"]'));
		for (const [name, value] of entries) {
			const fields = [...form.elements].filter((e) => /** @type {HTMLInputElement} */ (e).name === name);
			const box = /** @type {HTMLInputElement | undefined} */ (
				fields.find((e) => {
					const input = /** @type {HTMLInputElement} */ (e);
					return (input.type === 'radio' || input.type === 'checkbox') && input.value === value;
				})
			);
			if (box) box.checked = true;
			else {
				const hidden = document.createElement('input');
				hidden.type = 'hidden';
				hidden.name = name;
				hidden.value = value;
				form.append(hidden);
			}
		}
		form.requestSubmit();
	}, item.samples.right.form);
}

/**
 * Follows the visible link to item `n` as a learner does: the pointer rests on it (the app preloads a page's data
 * on hover) until the network is idle, then clicks. A click at once, while the preload still waited for its route
 * (routes are resolved by the server), fetched the page's data a second time, in some runs and not in others.
 * @param {import('@playwright/test').Page} page @param {number} n
 */
async function follow(page, n) {
	const link = page.locator(`a[href$="/items/${n}"]:visible`).first();
	await link.hover();
	await page.waitForLoadState('networkidle');
	await link.click();
	await page.waitForURL(new RegExp(`/items/${n}$`));
}

/**
 * A learner with JavaScript answers item 1, lands on what follows, and goes on to item 2 (the practice's
 * feedback first, then its "next" link); the moves are weighed after item 1 has loaded.
 * @param {Browser} browser @param {State} state @param {string} prefix @param {Module} module @param {string} label
 * @param {boolean} feedbackFirst
 * @returns {Promise<Move[]>}
 */
async function weighMoves(browser, state, prefix, module, label, feedbackFirst) {
	const context = await browser.newContext({ storageState: state });
	try {
		const page = await context.newPage();
		await page.goto(`${base}${prefix}/items/1`);
		// Hydrated: the form is enhanced (SvelteKit's route announcer appears once the app has mounted).
		await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		/** @type {Move[]} */
		const moves = [];
		const answer = await bytesOf(page, async () => {
			await answerOnPage(page, module.items[0]);
			await page.waitForURL(feedbackFirst ? /\/items\/1/ : /\/items\/2/);
			if (feedbackFirst) await page.locator('#feedback').waitFor();
		});
		moves.push({ label: `${label}: answer item 1, ${feedbackFirst ? 'to its feedback' : 'on to item 2'}`, ...answer });
		if (feedbackFirst) {
			const next = await bytesOf(page, () => follow(page, 2));
			moves.push({ label: `${label}: link from item 1 to item 2`, ...next });
		}
		const link = await bytesOf(page, () => follow(page, 3));
		moves.push({ label: `${label}: link from item 2 to item 3`, ...link });
		// Then to the first question of each kind not seen yet: each kind's question is a chunk of its own, of its own
		// size, so a move to each is weighed (the kind in the label).
		const seen = new Set(module.items.slice(0, 3).map((item) => item.kind));
		let at = 3;
		for (const kind of kinds(module).filter((k) => !seen.has(k))) {
			const to = firstOfKind(module, kind);
			const move = await bytesOf(page, () => follow(page, to));
			moves.push({ label: `${label}: link from item ${at} to item ${to} (${kind})`, ...move });
			at = to;
		}
		return moves;
	} finally {
		await context.close();
	}
}

/** @param {Browser} browser @param {Module} module */
async function practiceNavigations(browser, module) {
	const practice = `/modules/${module.id}`;
	const started = await stateAfter(browser, (c) => post(c, `${practice}?/start`, {}));
	return weighMoves(browser, started, practice, module, 'practice', true);
}

/** @param {Browser} browser @param {Module} module @param {string} code */
async function assignmentNavigations(browser, module, code) {
	const state = await stateAfter(browser, (c) => post(c, '/join', { code, name: 'Eli' }));
	return weighMoves(browser, state, `/a/${code}`, module, 'assignment (after-submit)', false);
}

/** @param {Move[]} moves */
function reportMoves(moves) {
	console.log('\nMoving from item to item with JavaScript, after the first item page (bytes on the wire, both ways)');
	for (const { label, bytes, requests } of moves)
		console.log(
			`${label.padEnd(66)}  ${`${(bytes / 1024).toFixed(1)} KB`.padStart(9)}  ${String(requests).padStart(3)} requests`
		);
	console.log(
		'\nEach move, request by request (bytes on the wire: sent + response headers + response body; the module and ' +
			'assignment code in a path shortened)'
	);
	for (const { label, list } of moves) {
		console.log(label);
		for (const { path, type, bytes, parts, headers } of list) {
			const split = `(${parts.map((n) => String(n).padStart(4)).join(' + ')})`;
			console.log(
				`  ${String(bytes).padStart(6)} B ${split}  ${type.padEnd(10)} ${path.replace(/^\/(modules|a)\/[^/]+/, '…')}`
			);
			for (const { name, value } of headers ?? [])
				console.log(`            ${String(name.length + value.length + 4).padStart(4)} B  ${name}: ${value}`);
		}
	}
}

// ---------------------------------------------------------------- report

/** @param {Weighed[]} rows */
function report(rows) {
	const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
	console.log(
		'\nPage weight (first visit, nothing cached; gzip -9 of every script and stylesheet the browser requested)'
	);
	let group = '';
	for (const { group: g, label, weight } of rows) {
		if (g !== group) {
			group = g;
			console.log(`\n${group.padEnd(44)}  ${'requests'}  ${'JS files'}  ${'JS gzip'}  ${'CSS gzip'}`);
		}
		console.log(
			[
				label.padEnd(44),
				String(weight.requests).padStart(8),
				String(weight.js.files).padStart(8),
				kb(weight.js.gzip).padStart(7),
				kb(weight.css.gzip).padStart(8)
			].join('  ')
		);
	}
	// PRODUCT.md's budget is for a learner's quiz page: every item page a learner opens.
	const quiz = rows.filter((r) => r.group.startsWith('Learner') && r.label.includes('item'));
	const js = Math.max(...quiz.map((r) => r.weight.js.gzip));
	const css = Math.max(...quiz.map((r) => r.weight.css.gzip));
	console.log(
		`\nLearner's quiz pages (${quiz.length} item pages), heaviest: JS ${kb(js)} of ${kb(budget.js)} budget, CSS ${kb(css)} of ${kb(budget.css)} budget` +
			(js <= budget.js && css <= budget.css ? ': within budget' : ': OVER BUDGET')
	);
}
