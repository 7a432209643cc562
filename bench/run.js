// `npm run bench`: how fast the server grades and stores answers and shows a
// big class's results, next to an empty request to the same server.
//
// Builds the app, serves it on 127.0.0.1 (a free port) with a fresh database
// (SQLite; PostgreSQL when DATABASE_URL names a server, in a new database
// dropped afterwards), sets up a teacher, a class and an assignment through
// the app's forms, seeds learners straight into the database (bench/seed.js),
// then loads the server with autocannon, one scenario at a time, and prints
// requests per second and p50/p99 latency of each.
//
//   npm run bench                       # SQLite
//   DATABASE_URL=postgres://quiz:quiz@127.0.0.1:5432/ npm run bench
//   npm run bench -- --no-build         # reuse build/ as it is
//   npm run bench -- --signups          # only the sign-up scenarios: (a), (b) and (e), then (b') and
//                                       # (e') on the server restarted with the sign-up limits lifted
//   npm run bench -- --save             # only (a) and (b), interleaved in short slices (see saveRounds):
//                                       # the ratio of saving an answer to the empty request, as the median
//                                       # of the rounds' ratios (with BENCH_CPU_PROF=<dir>, its profile)
//   npm run bench -- --save --rounds=20 --slice=3   # more rounds, longer slices (seconds)
//   BENCH_CPU_PROF=<dir> npm run bench -- --save-alone   # (b) alone for 10 s after a warm-up: a profile
//                                       # of saving answers with no (a) in it; `node bench/profile-summary.js
//                                       # <dir>/<file>.cpuprofile --total` sums it up by function
//   BENCH_PORT=4330 npm run bench       # the server on that port (by default a free one)
//   npm run bench -- --editor           # only the module editor (issue #11): opening the editor and an
//                                       # item's editor of a module of two 3,000-word documents and 30 items,
//                                       # and saving one item, one teacher at a time (bench/editor.js)
import { cpus, loadavg } from 'node:os';
import { buildApp, startApp } from './app-server.js';
import { assign, teacherWithClass } from './client.js';
import { freshDatabase } from './database.js';
import { editorScenarios, reportEditor } from './editor.js';
import { measure } from './load.js';
import { signupStream } from './signups.js';
import { learnerCookie, learnerToken } from './tokens.js';
import { viteRun } from './vite.js';

/** Concurrent connections: about a class pressing "Check" at once, enough to keep the server busy. */
const CONNECTIONS = 10;
/** Seconds measured per scenario, after a short warm-up that lets V8 optimise the hot paths. */
const SECONDS = 10;
const WARMUP_SECONDS = 2;
/** The class whose results the teacher's pages show. */
const RESULTS_LEARNERS = 1000;
/**
 * Assignments of class size whose learners have an attempt open. The answer
 * scenario spreads its requests over all of them, and each submit takes one.
 * 20,099 (199 × 101) is more than 10 s of submits at the rates this server
 * reaches, and coprime with the module's 28 items (see answerScenario); it was
 * 200 × 100 while the module had 21 items.
 */
const OPEN_ASSIGNMENTS = 199;
const OPEN_LEARNERS_EACH = 101;
const OPEN_LEARNERS = OPEN_ASSIGNMENTS * OPEN_LEARNERS_EACH;
/** Sign-ups attempted per second in (e), all from the benchmark's one address: a script creating accounts. */
const SIGNUPS_PER_SECOND = 20;
/** For (e'): limits so high that every sign-up is attempted, so that only the password queue stands in the way. */
const NO_SIGNUP_LIMITS = { RATE_LIMITS: 'signupAddress=1000000,signupServer=1000000' };
const SIGNUPS_ONLY = process.argv.includes('--signups');
const SAVE_ALONE = process.argv.includes('--save-alone');
const SAVE_ONLY = SAVE_ALONE || process.argv.includes('--save');
const EDITOR_ONLY = process.argv.includes('--editor');
/** `--name=<number>` from the command line, or the default. @param {string} name @param {number} fallback */
const numberOption = (name, fallback) => {
	const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	const value = given ? Number(given.slice(name.length + 3)) : fallback;
	if (!(value > 0)) throw new Error(`--${name} must be a positive number, not ${given}`);
	return value;
};
/** --save: rounds of (a) then (b) (or (b) then (a)), and the seconds of each slice. */
const SAVE_ROUNDS = numberOption('rounds', 20);
const SAVE_SLICE_SECONDS = numberOption('slice', 2);

/**
 * @typedef {import('./load.js').Measurement} Measurement
 * @typedef {import('./load.js').Scenario} Scenario
 * @typedef {import('./seed.js').SeedReport} SeedReport
 * @typedef {{ base: string, teacherCookie: string, resultsId: string, seeded: SeedReport, secret: string }} Setup
 * @typedef {Measurement & { connections: number, rss: number, signups?: import('./signups.js').SignupCounts }} Row a measurement, the server's
 *   resident memory right after it, and the sign-ups sent during it (if any)
 */

const started = performance.now();
if (!process.argv.includes('--no-build')) buildApp();
const database = await freshDatabase();
/** @type {import('./app-server.js').AppServer | undefined} */
let server;
const cleanUp = async () => {
	await server?.stop();
	server = undefined;
	await database.drop();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
	server = await startApp(database.env);
	if (EDITOR_ONLY) {
		const app = server;
		const load = loadavg()[0];
		const rows = await editorScenarios(app.base, database.config, (scenario, limits) =>
			measure(app.base, scenario, limits)
		);
		reportEditor(rows, database.label, [load, loadavg()[0]], app.memory());
	} else {
		const setup = await prepare(server.base);
		const load = loadavg()[0];
		const memory = () => (server ? server.memory() : { rss: NaN, peak: NaN });
		/** Stops the server and starts it again on the same database, with more settings. @param {Record<string, string>} env */
		const restart = async (env) => {
			await server?.stop();
			server = await startApp({ ...database.env, ...env });
			setup.base = server.base;
		};
		if (SAVE_ONLY) {
			const rounds = await saveRounds(setup, () => (server ? server.cpu() : NaN));
			reportRounds(rounds, memory(), setup.seeded, [load, loadavg()[0]]);
		} else {
			const rows = await runScenarios(setup, memory, restart);
			report(rows, memory(), setup.seeded, [load, loadavg()[0]]);
		}
	}
} finally {
	await cleanUp();
}
console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s (build, start, seeding, measuring).`);

/**
 * A teacher with a class and an assignment, made through the app's forms;
 * learners (and more assignments) seeded into the database.
 * @param {string} base
 * @returns {Promise<Setup>}
 */
async function prepare(base) {
	const { teacher, classId } = await teacherWithClass(base);
	const results = await assign(teacher, classId, 'after-submit');
	const secret = crypto.randomUUID().replaceAll('-', '');
	/** @type {import('./seed.js').SeedPlan} */
	const plan = {
		database: database.config,
		secret,
		results: { assignmentId: results.id, learners: RESULTS_LEARNERS },
		// Review after submitting, so that each answer is saved as a draft and a repeat replaces it:
		// none becomes the no-op that a second final answer (review after each item) is.
		open: { classId, assignments: OPEN_ASSIGNMENTS, learnersEach: OPEN_LEARNERS_EACH }
	};
	return { base, teacherCookie: teacher.cookie, resultsId: results.id, seeded: seed(plan), secret };
}

/**
 * @param {import('./seed.js').SeedPlan} plan
 * @returns {SeedReport}
 */
function seed(plan) {
	const out = viteRun('bench/seed.js', [JSON.stringify(plan)]);
	return JSON.parse(out.trim().split('\n').at(-1) ?? '');
}

/**
 * @param {Setup} setup
 * @param {() => { rss: number }} memory the server's
 * @param {(env: Record<string, string>) => Promise<void>} restart
 * @returns {Promise<Row[]>}
 */
async function runScenarios(setup, memory, restart) {
	/** @type {Row[]} */
	const rows = [];
	/**
	 * @param {Scenario} scenario
	 * @param {number} connections
	 * @param {{ warmup?: import('./load.js').Limits, amount?: number, signups?: boolean }} [options]
	 */
	const run = async (scenario, connections, options = {}) => {
		// The sign-ups run through the warm-up and the measurement: the whole of the scenario's time.
		const stream = options.signups ? signupStream(setup.base, SIGNUPS_PER_SECOND) : undefined;
		await measure(setup.base, scenario, options.warmup ?? { connections, seconds: WARMUP_SECONDS });
		const measured = await measure(setup.base, scenario, { connections, seconds: SECONDS, amount: options.amount });
		const signups = await stream?.stop();
		rows.push({ ...measured, connections, rss: memory().rss, signups });
	};
	// One stream of answers for (b), (e), (b') and (e'), so that every request saves a new draft (see answerScenario).
	const answers = answerScenario(setup);
	const duringSignups = (/** @type {string} */ name) => ({ ...answers, name });
	await run(emptyScenario(), CONNECTIONS);
	await run(answers, CONNECTIONS);
	await run(duringSignups(`(e) save, ${SIGNUPS_PER_SECOND} sign-ups/s`), CONNECTIONS, { signups: true });
	if (SIGNUPS_ONLY) {
		// The same with the sign-up limits lifted, so that every sign-up hashes a password: what the password
		// queue alone does for the learners. The quiet figure again first, on the restarted server.
		await restart(NO_SIGNUP_LIMITS);
		await run({ ...answers, name: "(b') save, limits lifted" }, CONNECTIONS);
		await run(duringSignups(`(e') ${SIGNUPS_PER_SECOND} sign-ups/s, no limits`), CONNECTIONS, { signups: true });
		return rows;
	}
	// Each submit takes a learner of its own: a fixed warm-up, then until time is up or the learners run out.
	const submits = submitScenario(setup);
	await run(submits, CONNECTIONS, {
		warmup: { connections: CONNECTIONS, amount: 500 },
		amount: OPEN_LEARNERS - 500 - 2 * CONNECTIONS
	});
	// One teacher alone first (the latency a teacher sees), then ten at once (what the server sustains).
	for (const connections of [1, CONNECTIONS]) {
		for (const scenario of teacherScenarios(setup)) await run(scenario, connections);
	}
	return rows;
}

/**
 * @typedef {Measurement & { cpuMs: number }} Slice a measurement, and the server's CPU time per good response in it
 * @typedef {{ empty: Slice, save: Slice }} Round
 */

/**
 * The save's ratio to the empty request, measured so that the machine's load
 * (shared with other work) hits both alike: short slices of (a) and (b), one
 * after the other, round after round, every second round (b) first so that a
 * load that rises or falls through a round favours neither. Each round gives
 * one ratio; their median and range are what to read. One long (a) and one
 * long (b) a minute apart gave ratios from 0.17 to 0.51 × on the same code.
 * @param {Setup} setup
 * @param {() => number} cpu the server's CPU seconds so far
 * @returns {Promise<Round[]>}
 */
async function saveRounds(setup, cpu) {
	/** @param {Scenario} scenario @param {import('./load.js').Limits} limits @returns {Promise<Slice>} */
	const slice = async (scenario, limits) => {
		const before = cpu();
		const measured = await measure(setup.base, scenario, limits);
		return { ...measured, cpuMs: ((cpu() - before) * 1000) / (measured.rps * measured.seconds) };
	};
	const empty = emptyScenario();
	const answers = answerScenario(setup);
	const short = { connections: CONNECTIONS, seconds: SAVE_SLICE_SECONDS };
	// One warm-up of each, so that V8 has optimised both paths before the first round counts.
	const warmEmpty = await slice(empty, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
	await slice(answers, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
	// For a profile of the save alone: one round, (a) being its warm-up.
	if (SAVE_ALONE)
		return [{ empty: warmEmpty, save: await slice(answers, { connections: CONNECTIONS, seconds: SECONDS }) }];
	/** @type {Round[]} */
	const rounds = [];
	for (let i = 0; i < SAVE_ROUNDS; i++) {
		if (i % 2 === 0) {
			const a = await slice(empty, short);
			rounds.push({ empty: a, save: await slice(answers, short) });
		} else {
			const b = await slice(answers, short);
			rounds.push({ empty: await slice(empty, short), save: b });
		}
	}
	return rounds;
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((x, y) => x - y);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {Round[]} rounds
 * @param {{ rss: number, peak: number }} memory
 * @param {SeedReport} seeded
 * @param {number[]} load the machine's 1-minute load average before and after
 */
function reportRounds(rounds, memory, seeded, load) {
	console.log(`\nnpm run bench -- --save: ${database.label}`);
	console.log(
		`Node ${process.version}, ${cpus().length} CPUs, load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ` +
			`${rounds.length} rounds of (a) and (b), ${SAVE_SLICE_SECONDS} s each, ${CONNECTIONS} connections, ` +
			`after a ${WARMUP_SECONDS} s warm-up of each; every second round (b) first.`
	);
	console.log(`Seeded in ${seeded.seconds.toFixed(1)} s: ${seeded.rows.learners} learners.\n`);
	console.log(
		'round   (a) req/s  (a) p50 ms  (a) CPU ms   (b) req/s  (b) p50 ms  (b) CPU ms  failed   (b)/(a) req/s  (a)/(b) CPU'
	);
	const f = (/** @type {number} */ x) => x.toFixed(2);
	const pad = (/** @type {string} */ text, /** @type {number} */ width) => text.padStart(width);
	rounds.forEach(({ empty, save }, i) => {
		console.log(
			[
				pad(String(i + 1), 5),
				pad(empty.rps.toFixed(0), 10),
				pad(f(empty.p50), 10),
				pad(f(empty.cpuMs), 10),
				pad(save.rps.toFixed(0), 10),
				pad(f(save.p50), 10),
				pad(f(save.cpuMs), 10),
				pad(String(empty.failed + save.failed), 6),
				pad(`${f(save.rps / empty.rps)} ×`, 14),
				pad(`${f(empty.cpuMs / save.cpuMs)} ×`, 11)
			].join('  ')
		);
	});
	/** The median of the rounds' values and their range. @param {(round: Round) => number} of */
	const spread = (of) => {
		const values = rounds.map(of);
		return `median ${f(median(values))} × (range ${f(Math.min(...values))} to ${f(Math.max(...values))} ×)`;
	};
	console.log(
		`\n(b) save one answer, throughput against (a) in the same round: ${spread((r) => r.save.rps / r.empty.rps)}; goal ≥ 0.5 ×`
	);
	console.log(
		`  the server's CPU time per request, (a)'s against (b)'s: ${spread((r) => r.empty.cpuMs / r.save.cpuMs)}\n` +
			`  (what the throughput ratio would be if the server's one thread were the only limit; it moves less with the load)`
	);
	console.log(
		`  medians of the rounds: (a) ${median(rounds.map((r) => r.empty.rps)).toFixed(0)} req/s, p50 ${f(median(rounds.map((r) => r.empty.p50)))} ms, ` +
			`${f(median(rounds.map((r) => r.empty.cpuMs)))} ms CPU; (b) ${median(rounds.map((r) => r.save.rps)).toFixed(0)} req/s, ` +
			`p50 ${f(median(rounds.map((r) => r.save.p50)))} ms, ${f(median(rounds.map((r) => r.save.cpuMs)))} ms CPU; ` +
			`p50 latency ratio ${f(median(rounds.map((r) => r.save.p50 / r.empty.p50)))} ×`
	);
	const failed = rounds.reduce((sum, r) => sum + r.empty.failed + r.save.failed, 0);
	console.log(`  ${failed} failed requests; server VmRSS ${mb(memory.rss)}, peak VmHWM ${mb(memory.peak)}`);
}

/** @returns {Scenario} */
function emptyScenario() {
	return {
		name: '(a) empty request',
		what: 'GET /health/live',
		// /health/live answers without the database (/health asks it for a `select 1`).
		next: () => ({ method: 'GET', path: '/health/live' }),
		ok: (body) => body === 'ok'
	};
}

/**
 * The open assignment learner g is in, and the cookie that says they are.
 * @param {Setup} setup @param {number} g
 */
function openLearner(setup, g) {
	const assignment = setup.seeded.open[g % setup.seeded.open.length];
	return { code: assignment.code, cookie: learnerCookie(assignment.id, learnerToken(setup.secret, 'open', g)) };
}

/**
 * What SvelteKit's enhanced forms send, so that an action answers with JSON instead of a 303.
 * @param {string} base @param {string} cookie
 */
function actionHeaders(base, cookie) {
	return { origin: base, cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-sveltekit-action': 'true' };
}

/**
 * A successful action: its JSON says where to go next (a refusal says "failure").
 * @param {string} body
 */
function redirected(body) {
	return body.startsWith('{"type":"redirect"');
}

/**
 * One answer saved per request: learner k mod N answers item k mod I. With N
 * and I coprime, no (learner, item) pair repeats for N × I requests, so every
 * request grades an answer and inserts it as a new draft.
 * @param {Setup} setup
 * @returns {Scenario}
 */
function answerScenario(setup) {
	const bodies = setup.seeded.bodies;
	if (gcd(OPEN_LEARNERS, bodies.length) !== 1)
		throw new Error(`OPEN_LEARNERS must be coprime with ${bodies.length} items`);
	let k = 0;
	return {
		name: '(b) save one answer',
		what: 'POST /a/<code>/items/<n>?/answer',
		next: () => {
			const learner = openLearner(setup, k % OPEN_LEARNERS);
			const item = k % bodies.length;
			k++;
			return {
				method: 'POST',
				path: `/a/${learner.code}/items/${item + 1}?/answer`,
				// setup.base, read at each request: the server may have been restarted on another port.
				headers: actionHeaders(setup.base, learner.cookie),
				body: bodies[item]
			};
		},
		ok: redirected
	};
}

/**
 * Submits: each request seals a different learner's attempt, so none is the
 * no-op a second submit is. (Answers are graded when they are saved, as
 * drafts; submitting is what makes them final and shows the learner the
 * feedback.)
 * @param {Setup} setup
 * @returns {Scenario}
 */
function submitScenario(setup) {
	let k = 0;
	return {
		name: '(c) submit an attempt',
		what: 'POST /a/<code>?/submit',
		next: () => {
			const learner = openLearner(setup, Math.min(k++, OPEN_LEARNERS - 1));
			return {
				method: 'POST',
				path: `/a/${learner.code}?/submit`,
				headers: actionHeaders(setup.base, learner.cookie),
				// These learners answered nothing: submitting with questions unanswered takes the ticked box.
				body: 'confirm=yes'
			};
		},
		ok: redirected
	};
}

/**
 * The teacher's results pages over the 1,000-learner class, server-rendered
 * as on a first visit or a reload.
 * @param {Setup} setup
 * @returns {Scenario[]}
 */
function teacherScenarios(setup) {
	const base = `/teach/assignments/${setup.resultsId}`;
	/** @param {string} name @param {string} path @param {string} marker text only the complete page has */
	const page = (name, path, marker) => ({
		name,
		what: `GET ${path.replace(setup.resultsId, '<id>')}`,
		next: () => ({ method: 'GET', path, headers: { cookie: setup.teacherCookie, accept: 'text/html' } }),
		ok: (/** @type {string} */ body) => body.includes(marker)
	});
	const last = `Learner ${String(RESULTS_LEARNERS).padStart(5, '0')}`;
	return [
		page('(d1) per-item statistics', `${base}/items`, `${RESULTS_LEARNERS} learners, ${RESULTS_LEARNERS} with answers`),
		page('(d2) overview, live progress', base, last)
	];
}

/** @param {number} a @param {number} b @returns {number} */
function gcd(a, b) {
	return b === 0 ? a : gcd(b, a % b);
}

/** @param {number} bytes */
function mb(bytes) {
	return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * @param {Row[]} rows
 * @param {{ rss: number, peak: number }} memory
 * @param {SeedReport} seeded
 * @param {number[]} load the machine's 1-minute load average before and after
 */
function report(rows, memory, seeded, load) {
	console.log(`\nnpm run bench: ${database.label}`);
	console.log(
		`Node ${process.version}, ${cpus().length} CPUs, load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ` +
			`${SECONDS} s per scenario after a ${WARMUP_SECONDS} s warm-up.`
	);
	const r = seeded.rows;
	console.log(
		`Seeded in ${seeded.seconds.toFixed(1)} s: ${r.assignments} assignments, ${r.learners} learners, ${r.attempts} attempts, ` +
			`${r.responses} graded answers (${RESULTS_LEARNERS} learners × ${seeded.bodies.length} items in the teacher's class).\n`
	);
	const columns = [
		['scenario', 30],
		['request', 36],
		['conns', 5],
		['requests', 8],
		['req/s', 7],
		['p50 ms', 8],
		['p99 ms', 8],
		['failed', 6],
		['RSS after', 9]
	];
	const line = (/** @type {string[]} */ cells) =>
		cells.map((c, i) => (i < 2 ? c.padEnd(Number(columns[i][1])) : c.padStart(Number(columns[i][1])))).join('  ');
	console.log(line(columns.map(([h]) => String(h))));
	console.log(line(columns.map(([, w]) => '-'.repeat(Number(w)))));
	for (const row of rows) {
		console.log(
			line([
				row.name,
				row.what,
				String(row.connections),
				String(row.requests),
				row.rps.toFixed(0),
				row.p50.toFixed(2),
				row.p99.toFixed(2),
				String(row.failed),
				mb(row.rss)
			])
		);
	}
	const byName = (/** @type {string} */ prefix) => rows.find((row) => row.name.startsWith(prefix));
	const empty = rows[0];
	console.log('\nAgainst the empty request (a), at the same concurrency:');
	for (const row of [byName('(b)'), byName('(c)')]) {
		if (!row) continue;
		console.log(
			`  ${row.name.padEnd(22)} p50 latency ${(row.p50 / empty.p50).toFixed(2)} × (a)'s   throughput ${(row.rps / empty.rps).toFixed(2)} × (a)'s`
		);
	}
	console.log(
		`\nSaving answers while ${SIGNUPS_PER_SECOND} sign-ups per second are attempted, against the quiet figure just before it (goal: p50 within 2 ×):`
	);
	for (const [quiet, flooded] of [
		[byName('(b)'), byName('(e)')],
		[byName("(b')"), byName("(e')")]
	]) {
		if (!quiet || !flooded?.signups) continue;
		const s = flooded.signups;
		console.log(
			`  ${flooded.name.padEnd(30)} p50 ${flooded.p50.toFixed(2)} ms against ${quiet.p50.toFixed(2)} ms: ${(flooded.p50 / quiet.p50).toFixed(2)} ×; ` +
				`p99 ${(flooded.p99 / quiet.p99).toFixed(2)} ×; throughput ${(flooded.rps / quiet.rps).toFixed(2)} ×`
		);
		console.log(
			`  ${''.padEnd(30)} sign-ups: ${s.sent} sent, ${s.created} accounts made, ${s.limited} refused by the limits (429), ` +
				`${s.busy} turned away by the password queue (503), ${s.other} other; p50 ${s.p50.toFixed(1)} ms`
		);
	}
	console.log(
		`\nServer memory after the run (/proc/<pid>/status): VmRSS ${mb(memory.rss)}, peak VmHWM ${mb(memory.peak)}`
	);
}
