// `npm run test:crash`: the answers a learner was told are saved survive a crashed server.
//
// Builds the app (or reuses a build/ newer than the sources, of either modules), starts the
// production server on a free 127.0.0.1 port with a fresh SQLite file, and sets up one
// teacher with two assignments of the first module: one with feedback after submitting
// (answers are drafts, replaced until the attempt is submitted) and one with feedback
// after each item (the first answer is final). Forty learners then answer at once,
// each through its own cookie jar, while the server is killed with SIGKILL at random
// moments and started again on the same database file. Every request's outcome is
// recorded; at the end the database is read directly (read-only) and every answer the
// server acknowledged must be there, with the content the rules below allow.
//
// Exits 0 when nothing acknowledged was lost and the data is consistent, 1 otherwise.
// Plain Node, no test runner; bounded by a watchdog (the build, when one is needed, is not counted).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { freePort, startAppServer } from '../../scripts/app-server.js';
import { MODULES_JSON, buildIfStale, modulesJsonIfStale } from '../../scripts/build-if-stale.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const LEARNERS = 40;
/** Of the forty, how many join only once the server is being killed (their joins can be cut off too). */
const LATE_JOINERS = 8;
const KILLS = 5;
/**
 * Time between a start of the server and the next kill, and the time it stays down. Every run makes all its kills,
 * however long the restarts take on a busy machine: `npm test` runs this beside the browser tests, which last far
 * longer, so a slow restart costs no time there, while fewer kills would prove less.
 */
const UP_MS = [2500, 5500];
const DOWN_MS = [50, 800];
const ATTEMPTS_ALLOWED = 20;
/** The run after the build: about 30 s on a quiet machine, 60-70 s beside the browser tests on a busy one. */
const WATCHDOG_MS = 180_000;
const work = mkdtempSync(join(tmpdir(), 'quiz-crash-'));
const dbPath = join(work, 'quiz.sqlite');
const logPath = join(work, 'server.log');

/** @type {import('../../scripts/app-server.js').AppServer | null} */
let server = null;

/** @type {NodeJS.Timeout | undefined} */
let watchdog;
/** Set once the build is there: from then on the whole run must end within WATCHDOG_MS. */
let watched = Date.now();

process.on('SIGINT', () => {
	server?.kill('SIGKILL');
	process.exit(130);
});

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));
const between = (/** @type {number[]} */ [lo, hi]) => lo + Math.random() * (hi - lo);
const pick = /** @type {<T>(xs: readonly T[]) => T} */ ((xs) => xs[Math.floor(Math.random() * xs.length)]);

// ------------------------------------------------------------------ build and server

let port = 0;
let base = '';
let starts = 0;

async function startServer() {
	starts++;
	// The same port and database file each time; the log of every start goes to one file, kept if the run fails.
	server = await startAppServer({
		port,
		databasePath: dbPath,
		logFile: logPath,
		// Never past the watchdog: a server that cannot start in what is left fails the run.
		timeoutMs: Math.min(60_000, watched + WATCHDOG_MS - 8_000 - Date.now())
	});
}

/** @param {NodeJS.Signals} signal */
async function stopServer(signal) {
	await server?.stop(signal);
}

function serverLogTail() {
	if (!existsSync(logPath)) return '';
	return readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
}

// ------------------------------------------------------------------ HTTP, as a browser with JavaScript posts forms

class Client {
	/** @type {Map<string, string>} */
	cookies = new Map();

	cookieHeader() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	/** @param {Response} response */
	keep(response) {
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const at = pair.indexOf('=');
			const name = pair.slice(0, at).trim();
			const value = pair.slice(at + 1).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	/** @param {string} path */
	async get(path) {
		const response = await fetch(`${base}${path}`, {
			headers: { cookie: this.cookieHeader(), accept: 'text/html' },
			redirect: 'manual',
			signal: AbortSignal.timeout(15_000)
		});
		this.keep(response);
		return { status: response.status, text: await response.text(), location: response.headers.get('location') };
	}

	/**
	 * Posts a form to an action and sorts the outcome:
	 * ack: a 2xx/3xx JSON result of type redirect or success (the browser shows "Saved");
	 * failure: a refusal the action returned (fail(4xx)); nothing was written;
	 * notsent: the connection was refused, so the server never saw the request;
	 * unknown: anything else (connection cut by the kill, an error result): it may or may not be stored.
	 * @param {string} path
	 * @param {URLSearchParams} form
	 * @returns {Promise<Outcome>}
	 */
	async post(path, form) {
		/** @type {Response} */
		let response;
		try {
			response = await fetch(`${base}${path}`, {
				method: 'POST',
				headers: {
					cookie: this.cookieHeader(),
					origin: base,
					accept: 'application/json',
					'x-sveltekit-action': 'true',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: form.toString(),
				redirect: 'manual',
				signal: AbortSignal.timeout(15_000)
			});
		} catch (error) {
			const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause;
			if (cause?.code === 'ECONNREFUSED') return { kind: 'notsent' };
			if (/** @type {Error} */ (error).name === 'TimeoutError') return { kind: 'unknown', floating: true };
			return { kind: 'unknown' };
		}
		let text;
		try {
			text = await response.text();
		} catch {
			return { kind: 'unknown' };
		}
		this.keep(response);
		if (response.status >= 500) return { kind: 'unknown', serverError: response.status };
		/** @type {{ type?: string, status?: number, location?: string }} */
		let result;
		try {
			result = JSON.parse(text);
		} catch {
			return { kind: 'unknown', serverError: response.status };
		}
		if (response.status < 400 && (result.type === 'redirect' || result.type === 'success')) {
			return { kind: 'ack', location: result.location ?? null };
		}
		if (result.type === 'failure') return { kind: 'failure', status: result.status ?? 0, text };
		return { kind: 'unknown', serverError: response.status };
	}
}

/**
 * @typedef {{ kind: 'ack', location: string | null }
 *   | { kind: 'failure', status: number, text: string }
 *   | { kind: 'notsent' }
 *   | { kind: 'unknown', floating?: boolean, serverError?: number }} Outcome
 */

/** A GET that is retried until the server answers (it may be down between a kill and the restart). */
async function getRetrying(/** @type {Client} */ client, /** @type {string} */ path) {
	for (;;) {
		try {
			const page = await client.get(path);
			if (page.status < 500) return page;
		} catch {
			// down: try again shortly
		}
		await sleep(100);
	}
}

// ------------------------------------------------------------------ setup

/**
 * @typedef {{ n: number, id: string, answers: Array<{ answer: unknown, form: Array<[string, string]> }> }} ItemInfo
 * @typedef {{ id: string, code: string, review: 'after-submit' | 'after-item' }} AssignmentInfo
 */

/** @param {Outcome} outcome @param {string} what */
function expectAck(outcome, what) {
	if (outcome.kind !== 'ack' || !outcome.location) {
		throw new Error(`${what}: expected a redirect, got ${JSON.stringify(outcome)}`);
	}
	return outcome.location;
}

async function setUp() {
	// Before the first request: writing the modules' JSON when stale blocks this process for seconds, and a keep-alive
	// connection that sat idle meanwhile can be closed by the server (after 5 s) before this side notices, so
	// the next request on it fails with "other side closed".
	const moduleId = readdirSync(join(root, 'quizzes'))
		.filter((name) => existsSync(join(root, 'quizzes', name, 'key.ts')))
		.sort()[0];
	if (!moduleId) throw new Error('no module under quizzes/');
	const answersByItem = madeUpAnswers(moduleId);

	const teacher = new Client();
	const email = `crash-${Date.now()}@example.org`;
	expectAck(
		await teacher.post('/signup', new URLSearchParams({ name: 'Ms Crash', email, password: 'a long enough password' })),
		'sign-up'
	);
	const classPath = expectAck(
		await teacher.post('/teach?/create', new URLSearchParams({ name: 'Crash class' })),
		'create class'
	);
	/** @param {'after-submit' | 'after-item'} review @returns {Promise<AssignmentInfo>} */
	const assign = async (review) => {
		const form = new URLSearchParams({
			moduleId,
			opensAt: '',
			closesAt: '',
			attemptsAllowed: String(ATTEMPTS_ALLOWED),
			review
		});
		const to = expectAck(await teacher.post(`${classPath}?/assign`, form), `assign (${review})`);
		const page = await teacher.get(to);
		const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(page.text)?.[1];
		const id = /^\/teach\/assignments\/([0-9a-f-]{36})$/.exec(to)?.[1];
		if (!code || !id) throw new Error(`assign (${review}): no join code or id (${to})`);
		return { id, code, review };
	};
	const drafts = await assign('after-submit');
	const finals = await assign('after-item');

	// One learner reads every item's page: which item each question is.
	const reader = new Client();
	expectAck(
		await reader.post('/join', new URLSearchParams({ code: drafts.code, name: 'Item reader' })),
		'join (reader)'
	);
	const home = await reader.get(`/a/${drafts.code}`);
	const count = new Set(
		[...home.text.matchAll(new RegExp(`href="/a/${drafts.code}/items/(\\d+)"`, 'g'))].map((m) => m[1])
	).size;
	if (count === 0) throw new Error('the learner page lists no questions');
	/** @type {ItemInfo[]} */
	const items = [];
	for (let n = 1; n <= count; n++) {
		const page = await reader.get(`/a/${drafts.code}/items/${n}`);
		// The page's own data names the item it shows.
		const named = /item:\{kind:"([a-z-]+)",id:"([^"]+)"/.exec(page.text);
		if (!named) throw new Error(`question ${n}: the page does not name its item`);
		const known = answersByItem.get(named[2]);
		if (!known) throw new Error(`question ${n}: item ${named[2]} is not in ${moduleId}'s key`);
		items.push({ n, id: named[2], answers: known });
	}
	if (new Set(items.map((i) => i.id)).size !== items.length) throw new Error('two questions name the same item');
	return { drafts, finals, items };
}

// ------------------------------------------------------------------ answers

/** JSON with sorted keys, so that stored and sent answers compare by content. */
function canonical(/** @type {unknown} */ value) {
	return JSON.stringify(value, (_key, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
			: v
	);
}

/**
 * A random answer the item's form could send, as the form fields and as the
 * stored shape (what the server keeps as JSON): one of the answers the item's
 * kind made up for tests (quizzes:check --json), right, wrong, partial or random.
 * @param {ItemInfo} item
 * @returns {{ form: URLSearchParams, stored: string }}
 */
function randomAnswer(item) {
	const answer = pick(item.answers);
	return { form: new URLSearchParams(answer.form), stored: canonical(answer.answer) };
}

/**
 * Every item's made-up answers, by item id, for the module: what `npm run quizzes:check -- --json` prints, as the
 * browser tests read it (written again only when older than the sources; `npm test` has just written it).
 * @param {string} moduleId
 * @returns {Map<string, Array<{ answer: unknown, form: Array<[string, string]> }>>}
 */
function madeUpAnswers(moduleId) {
	modulesJsonIfStale();
	/** @type {Array<{ id: string, items: Array<{ id: string, samples: Record<string, any> }> }>} */
	const modules = JSON.parse(readFileSync(MODULES_JSON, 'utf8'));
	const module = modules.find((m) => m.id === moduleId);
	if (!module) throw new Error(`no module ${moduleId} in ${MODULES_JSON}`);
	return new Map(
		module.items.map((item) => {
			const { right, wrong, partial, random } = item.samples;
			return [item.id, [right, wrong, partial, ...random]];
		})
	);
}

// ------------------------------------------------------------------ the learners

/**
 * One answer request as the learner sent it, and how it ended.
 * @typedef {{ key: string, learner: string, assignment: AssignmentInfo, attempt: number, item: ItemInfo,
 *   stored: string, outcome: Outcome['kind'], floating: boolean }} Write
 */

/** @type {Write[]} */
const writes = [];
/** Attempts the server acknowledged as submitted (by the submit action, or by answering the last item after-item). */
/** @type {Array<{ learner: string, assignment: AssignmentInfo, attempt: number }>} */
const submitted = [];
/** @type {Array<{ learner: string, assignment: AssignmentInfo }>} */
const joined = [];
const counts = {
	requests: 0,
	notsent: 0,
	unknown: 0,
	serverErrors: 0,
	refusals: 0,
	floating: 0,
	submits: 0,
	retries: 0
};
/** Problems seen while running: a valid answer refused as invalid, say. */
/** @type {string[]} */
const runProblems = [];

let stopping = false;

/** @param {Outcome} outcome */
function tally(outcome) {
	counts.requests++;
	if (outcome.kind === 'notsent') counts.notsent++;
	if (outcome.kind === 'unknown') counts.unknown++;
	if (outcome.kind === 'unknown' && outcome.serverError) counts.serverErrors++;
	if (outcome.kind === 'unknown' && outcome.floating) counts.floating++;
	if (outcome.kind === 'failure') counts.refusals++;
}

/** The learner's home page: which attempt is current, and whether it still takes answers. */
async function readHome(/** @type {Client} */ client, /** @type {AssignmentInfo} */ assignment) {
	const page = await getRetrying(client, `/a/${assignment.code}`);
	const attempt = Number(/Attempt (\d+):/.exec(page.text)?.[1] ?? NaN);
	if (!Number.isInteger(attempt)) throw new Error(`the learner page shows no attempt number (status ${page.status})`);
	const accepting = new RegExp(`class="button primary" href="/a/${assignment.code}/items/`).test(page.text);
	const canRetry = page.text.includes('action="?/retry"');
	return { attempt, accepting, canRetry };
}

/** Joins under a fresh name until a join is acknowledged (a join cut off by a kill may have stored the name). */
async function joinAs(/** @type {AssignmentInfo} */ assignment, /** @type {string} */ baseName) {
	for (let tries = 0; !stopping; tries++) {
		const client = new Client();
		const name = tries ? `${baseName} (${tries + 1})` : baseName;
		const outcome = await client.post('/join', new URLSearchParams({ code: assignment.code, name }));
		tally(outcome);
		if (outcome.kind === 'ack') {
			joined.push({ learner: name, assignment });
			return { client, name };
		}
		await sleep(between([50, 200]));
	}
	return null;
}

/**
 * Sends an answer and records it.
 * @param {Client} client @param {string} learner @param {AssignmentInfo} assignment
 * @param {number} attempt @param {ItemInfo} item @param {{ form: URLSearchParams, stored: string }} answer
 */
async function sendAnswer(client, learner, assignment, attempt, item, answer) {
	const outcome = await client.post(`/a/${assignment.code}/items/${item.n}?/answer`, answer.form);
	tally(outcome);
	// The server is down: wait a little, as the page's own retry does, rather than spin.
	if (outcome.kind === 'notsent') await sleep(between([50, 150]));
	writes.push({
		key: `${learner}\u0000${attempt}\u0000${item.id}`,
		learner,
		assignment,
		attempt,
		item,
		stored: answer.stored,
		outcome: outcome.kind,
		floating: outcome.kind === 'unknown' && !!outcome.floating
	});
	if (outcome.kind === 'failure' && outcome.status !== 409) {
		runProblems.push(
			`${learner}: a valid answer to ${item.id} was refused with ${outcome.status}: ${outcome.text.slice(0, 200)}`
		);
	}
	return outcome;
}

/** A learner whose answers are drafts: changes answers at random, submits now and then, starts again. */
async function draftLearner(
	/** @type {AssignmentInfo} */ assignment,
	/** @type {ItemInfo[]} */ items,
	/** @type {string} */ name
) {
	const me = await joinAs(assignment, name);
	if (!me) return;
	const { client } = me;
	let { attempt } = await readHome(client, assignment);
	let untilSubmit = 10 + Math.floor(Math.random() * 40);
	/** @type {Map<string, string>} */
	const last = new Map();
	while (!stopping) {
		await sleep(between([0, 40]));
		if (untilSubmit-- > 0) {
			const item = pick(items);
			// A different answer from the last one sent to the item, when there is one, so that the check can tell them apart.
			const key = `${attempt}:${item.id}`;
			let answer = randomAnswer(item);
			for (let tries = 0; tries < 5 && answer.stored === last.get(key); tries++) answer = randomAnswer(item);
			last.set(key, answer.stored);
			const outcome = await sendAnswer(client, me.name, assignment, attempt, item, answer);
			if (outcome.kind === 'failure' && outcome.status === 409) ({ attempt } = await readHome(client, assignment));
			continue;
		}
		const outcome = await client.post(`/a/${assignment.code}?/submit`, new URLSearchParams());
		tally(outcome);
		if (outcome.kind === 'ack') {
			counts.submits++;
			submitted.push({ learner: me.name, assignment, attempt });
		}
		const home = await readHome(client, assignment);
		if (home.accepting) {
			// The submit did not get through: go on answering this attempt.
			attempt = home.attempt;
			untilSubmit = 5 + Math.floor(Math.random() * 20);
			continue;
		}
		if (!home.canRetry) return; // every attempt used
		const retry = await client.post(`/a/${assignment.code}?/retry`, new URLSearchParams());
		tally(retry);
		if (retry.kind === 'ack') counts.retries++;
		({ attempt } = await readHome(client, assignment));
		untilSubmit = 10 + Math.floor(Math.random() * 40);
	}
}

/**
 * A learner with feedback after each item: answers the questions in order, each
 * with one answer (resent unchanged until acknowledged, as a browser resends a
 * form), then starts the next attempt.
 */
async function finalLearner(
	/** @type {AssignmentInfo} */ assignment,
	/** @type {ItemInfo[]} */ items,
	/** @type {string} */ name
) {
	const me = await joinAs(assignment, name);
	if (!me) return;
	const { client } = me;
	let { attempt } = await readHome(client, assignment);
	/** @type {Map<string, { form: URLSearchParams, stored: string }>} */
	const chosen = new Map();
	let next = 0;
	while (!stopping) {
		await sleep(between([10, 60]));
		if (next < items.length) {
			const item = items[next];
			const key = `${attempt}:${item.id}`;
			if (!chosen.has(key)) chosen.set(key, randomAnswer(item));
			const outcome = await sendAnswer(
				client,
				me.name,
				assignment,
				attempt,
				item,
				/** @type {{ form: URLSearchParams, stored: string }} */ (chosen.get(key))
			);
			if (outcome.kind === 'ack') {
				next++;
				if (next === items.length) submitted.push({ learner: me.name, assignment, attempt });
			} else if (outcome.kind === 'failure' && outcome.status === 409) {
				next = items.length; // the attempt is complete: the last answer got in, its reply did not
			}
			continue;
		}
		const home = await readHome(client, assignment);
		if (home.accepting) {
			// Not complete after all (a 409 can only come from a finished attempt, so this means a new attempt).
			attempt = home.attempt;
			next = 0;
			continue;
		}
		if (!home.canRetry) return;
		const retry = await client.post(`/a/${assignment.code}?/retry`, new URLSearchParams());
		tally(retry);
		if (retry.kind === 'ack') counts.retries++;
		const after = await readHome(client, assignment);
		if (after.attempt !== attempt && after.accepting) {
			attempt = after.attempt;
			next = 0;
		}
	}
}

// ------------------------------------------------------------------ the check

/**
 * The rule for what each (learner, attempt, item) may hold at the end.
 *
 * Each learner sends one request at a time, so a learner's writes to one item are
 * ordered, and a write whose connection failed was dead before the next was sent
 * (the server that took it was killed). Then, for a write the server acknowledged:
 *
 * - after-item (final): the first stored answer is kept and a learner resends the
 *   same answer until it is acknowledged, so the row must exist and hold exactly
 *   the acknowledged answer; the row is never updated (created_at = updated_at).
 * - drafts: the row must exist and hold the acknowledged answer, or the answer of a
 *   LATER write to the same item that may have been stored: acknowledged, or of
 *   unknown outcome (the kill cut the connection after the commit, before the reply).
 *   Refused writes (409, 400) and writes whose connection was refused stored nothing,
 *   and an earlier write can never come back over a later acknowledged one. A write
 *   that timed out on the client while the server lived might land at any later
 *   moment, so its answer is allowed everywhere after it (none are expected).
 *
 * A row that no write could have produced is an inconsistency too.
 */
function check() {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		/** @type {string[]} */
		const problems = [...runProblems];
		const integrity = db.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
		const foreign = /** @type {unknown[]} */ (db.pragma('foreign_key_check'));
		if (foreign.length) problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 5))}`);

		const orphans = /** @type {{ n: number }} */ (
			db.prepare('SELECT count(*) AS n FROM response WHERE attempt_id NOT IN (SELECT id FROM attempt)').get()
		);
		if (orphans.n) problems.push(`${orphans.n} responses belong to no attempt`);
		const lonely = /** @type {{ n: number }} */ (
			db
				.prepare(
					'SELECT count(*) AS n FROM attempt WHERE learner_id IS NOT NULL AND learner_id NOT IN (SELECT id FROM learner)'
				)
				.get()
		);
		if (lonely.n) problems.push(`${lonely.n} attempts belong to no learner`);
		const late =
			/** @type {Array<{ attempt_id: string, item_id: string, updated_at: string, finished_at: string }>} */ (
				db
					.prepare(
						`SELECT r.attempt_id, r.item_id, r.updated_at, a.finished_at FROM response r JOIN attempt a ON a.id = r.attempt_id
					 WHERE a.finished_at IS NOT NULL AND r.updated_at > a.finished_at`
					)
					.all()
			);
		for (const row of late.slice(0, 5))
			problems.push(`a draft was written after its attempt was submitted: ${JSON.stringify(row)}`);
		if (late.length > 5) problems.push(`… and ${late.length - 5} more drafts written after a submit`);
		const backwards = /** @type {{ n: number }} */ (
			db.prepare('SELECT count(*) AS n FROM response WHERE updated_at < created_at').get()
		);
		if (backwards.n) problems.push(`${backwards.n} responses were updated before they were created`);
		const scores = /** @type {{ n: number }} */ (
			db.prepare('SELECT count(*) AS n FROM response WHERE score < 0 OR score > max_score OR max_score <= 0').get()
		);
		if (scores.n) problems.push(`${scores.n} responses have a score outside [0, max]`);
		const gaps = /** @type {Array<{ learner_id: string, n: number, top: number }>} */ (
			db
				.prepare(
					'SELECT learner_id, count(*) AS n, max(number) AS top FROM attempt WHERE learner_id IS NOT NULL GROUP BY learner_id'
				)
				.all()
		);
		for (const g of gaps)
			if (g.n !== g.top)
				problems.push(`learner ${g.learner_id}: attempt numbers have gaps (${g.n} attempts, highest ${g.top})`);

		const learnerId = db.prepare('SELECT id FROM learner WHERE assignment_id = ? AND display_name = ?');
		const attemptRow = db.prepare('SELECT id, finished_at FROM attempt WHERE learner_id = ? AND number = ?');
		const responseRow = db.prepare(
			'SELECT answer, created_at, updated_at FROM response WHERE attempt_id = ? AND item_id = ?'
		);

		/** @returns {{ id: string, finished_at: string | null } | undefined} */
		const attemptOf = (
			/** @type {AssignmentInfo} */ assignment,
			/** @type {string} */ learner,
			/** @type {number} */ number
		) => {
			const l = /** @type {{ id: string } | undefined} */ (learnerId.get(assignment.id, learner));
			return l && /** @type {{ id: string, finished_at: string | null } | undefined} */ (attemptRow.get(l.id, number));
		};

		for (const j of joined) {
			if (!learnerId.get(j.assignment.id, j.learner))
				problems.push(`the acknowledged join of ${j.learner} is not stored`);
		}
		for (const s of submitted) {
			const attempt = attemptOf(s.assignment, s.learner, s.attempt);
			if (!attempt?.finished_at)
				problems.push(`${s.learner}: attempt ${s.attempt} was acknowledged as submitted but is not`);
		}

		/** @type {Map<string, Write[]>} */
		const byKey = new Map();
		for (const w of writes) {
			if (w.outcome === 'notsent') continue;
			byKey.set(w.key, [...(byKey.get(w.key) ?? []), w]);
		}
		const floating = writes.filter((w) => w.floating);

		let acknowledged = 0;
		let found = 0;
		/** @type {string[]} */
		const lostDetails = [];
		const mayStore = (/** @type {Write} */ w) => w.outcome === 'ack' || w.outcome === 'unknown';
		/** Final answers' rows, for the unchanged check. */
		let finalRows = 0;
		let draftKeys = 0;

		for (const [, seq] of byKey) {
			const first = seq[0];
			const attempt = attemptOf(first.assignment, first.learner, first.attempt);
			const row = /** @type {{ answer: string, created_at: string, updated_at: string } | undefined} */ (
				attempt && responseRow.get(attempt.id, first.item.id)
			);
			const stored = row ? canonical(JSON.parse(row.answer)) : null;
			const final = first.assignment.review === 'after-item';
			if (final && row) {
				finalRows++;
				if (row.created_at !== row.updated_at)
					problems.push(`${first.learner}: the final answer to ${first.item.id} was changed`);
			}
			if (!final) draftKeys++;
			const lateFloating = (/** @type {number} */ from) =>
				floating
					.filter((w) => w.key === first.key && writes.indexOf(w) >= writes.indexOf(seq[from]))
					.map((w) => w.stored);

			seq.forEach((w, i) => {
				if (w.outcome !== 'ack') return;
				acknowledged++;
				const allowed = final
					? new Set([w.stored])
					: new Set([
							w.stored,
							...seq
								.slice(i + 1)
								.filter(mayStore)
								.map((x) => x.stored),
							...lateFloating(i)
						]);
				if (stored !== null && allowed.has(stored)) found++;
				else
					lostDetails.push(
						`${first.learner}, attempt ${first.attempt}, ${first.item.id}: acknowledged ${w.stored}, stored ${stored ?? 'nothing'}`
					);
			});
			// Whatever is stored must come from some write that may have been stored.
			if (stored !== null && !seq.some((w) => mayStore(w) && w.stored === stored)) {
				problems.push(
					`${first.learner}, attempt ${first.attempt}, ${first.item.id}: holds ${stored}, which no stored write sent`
				);
			}
		}

		// Rows for the learners' attempts that no write of theirs explains.
		const tracked = new Set(byKey.keys());
		const rows = /** @type {Array<{ display_name: string, number: number, item_id: string }>} */ (
			db
				.prepare(
					`SELECT l.display_name, a.number, r.item_id FROM response r JOIN attempt a ON a.id = r.attempt_id
					 JOIN learner l ON l.id = a.learner_id WHERE l.assignment_id IN (?, ?)`
				)
				.all(...new Set(joined.map((j) => j.assignment.id)))
		);
		for (const r of rows) {
			if (r.display_name === 'Item reader') continue;
			if (!tracked.has(`${r.display_name}\u0000${r.number}\u0000${r.item_id}`)) {
				problems.push(`${r.display_name}, attempt ${r.number}, ${r.item_id}: a stored answer nobody sent`);
			}
		}
		return { problems, acknowledged, found, lostDetails, finalRows, draftKeys, rows: rows.length };
	} finally {
		db.close();
	}
}

// ------------------------------------------------------------------ main

async function main() {
	buildIfStale();
	watched = Date.now();
	watchdog = setTimeout(() => {
		console.error(`test:crash: still running after ${WATCHDOG_MS / 1000} s; giving up.`);
		server?.kill('SIGKILL');
		process.exit(2);
	}, WATCHDOG_MS);
	watchdog.unref();
	port = await freePort();
	base = `http://127.0.0.1:${port}`;
	await startServer();
	const { drafts, finals, items } = await setUp();
	console.log(`server on ${base}, database ${dbPath}; ${items.length} questions; setup done at ${elapsed()}`);

	/** @type {Promise<void>[]} */
	const learners = [];
	/** @type {Promise<void>[]} */
	const lateStarts = [];
	for (let i = 0; i < LEARNERS; i++) {
		const assignment = i % 2 === 0 ? drafts : finals;
		const run = assignment === drafts ? draftLearner : finalLearner;
		const name = `Learner ${i + 1}`;
		if (i < LEARNERS - LATE_JOINERS) {
			learners.push(run(assignment, items, name));
		} else {
			// Late joiners come in while the server is being killed and restarted.
			lateStarts.push(
				sleep(between([500, 15_000])).then(() => {
					if (!stopping) learners.push(run(assignment, items, name));
				})
			);
		}
	}

	let kills = 0;
	for (let kill = 1; kill <= KILLS; kill++) {
		await sleep(between(UP_MS));
		await stopServer('SIGKILL');
		kills++;
		const acked = writes.filter((w) => w.outcome === 'ack').length;
		console.log(`kill ${kill} at ${elapsed()}: ${writes.length} answers sent so far, ${acked} acknowledged`);
		await sleep(between(DOWN_MS));
		const t = Date.now();
		await startServer();
		console.log(`  restarted in ${Date.now() - t} ms`);
	}
	await sleep(2000);
	stopping = true;
	await Promise.all(lateStarts);
	await Promise.all(learners);
	await stopServer('SIGTERM');

	const result = check();
	const acked = writes.filter((w) => w.outcome === 'ack');
	const drafted = acked.filter((w) => w.assignment.review === 'after-submit').length;
	console.log('');
	console.log(
		`test:crash: ${kills} kills (SIGKILL), ${starts} server starts, ${joined.length} learners joined, ${elapsed()}`
	);
	console.log(
		`  requests ${counts.requests}: answers sent ${writes.length}, not sent (server down) ${counts.notsent}, ` +
			`unknown outcome ${counts.unknown} (server errors ${counts.serverErrors}, timed out ${counts.floating}), refused ${counts.refusals}`
	);
	console.log(
		`  submits acknowledged ${counts.submits}, new attempts ${counts.retries}; rows checked ${result.rows} (${result.draftKeys} draft keys, ${result.finalRows} final answers)`
	);
	console.log(`  acknowledged: ${result.acknowledged} (${drafted} drafts, ${result.acknowledged - drafted} final)`);
	console.log(`  found:        ${result.found}`);
	console.log(`  lost:         ${result.acknowledged - result.found}`);
	for (const line of result.lostDetails.slice(0, 10)) console.log(`    lost: ${line}`);
	console.log(`  inconsistencies: ${result.problems.length}`);
	for (const line of result.problems.slice(0, 20)) console.log(`    ${line}`);

	if (result.acknowledged === 0 || counts.unknown === 0) {
		// A run where nothing was acknowledged or no kill cut a request proves nothing.
		console.log(
			`  the run did not exercise the crash (acknowledged ${result.acknowledged}, cut off ${counts.unknown})`
		);
		return false;
	}
	return result.acknowledged === result.found && result.problems.length === 0;
}

let ok = false;
try {
	ok = await main();
} catch (error) {
	console.error(error);
	console.error(`server log (last lines):\n${serverLogTail()}`);
} finally {
	await stopServer('SIGKILL').catch(() => undefined);
	clearTimeout(watchdog);
}
if (ok) rmSync(work, { recursive: true, force: true });
else console.error(`test:crash FAILED; the database and server log are kept in ${work}`);
process.exit(ok ? 0 : 1);
