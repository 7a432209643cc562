// Seeds `npm run bench`'s classes straight into the database, because joining
// and answering a thousand learners through the forms would take minutes.
// Run through Vite, so that it loads the modules, the schema and the graders
// exactly as the app does:
//
//   node scripts/vite-run.js bench/seed.js '<json: SeedPlan>'
//
// Every seeded answer is built as a form, parsed and graded by the app's own
// checkAnswer(), so the teacher's statistics are over real grades. Prints one
// line of JSON (SeedReport) on stdout.
import { createHash } from 'node:crypto';
import { modules } from '$lib/server/content';
import { openStore } from '$lib/server/db/index';
import { checkAnswer } from '$lib/server/items';
import { kindOf } from '$lib/kinds/registry';
import { newJoinCode, newResumeCode } from '$lib/teaching/codes';
import { nameKey } from '$lib/teaching/names';
import { learnerToken } from './tokens.js';

/**
 * @typedef {import('$lib/kinds/registry').Item} Item
 * @typedef {import('$lib/server/db/index').DB} DB
 * @typedef {import('$lib/server/db/schema').LearnerTable} LearnerRow
 * @typedef {import('$lib/server/db/schema').AttemptTable} AttemptRow
 * @typedef {import('$lib/server/db/schema').ResponseTable} ResponseRow
 * @typedef {import('$lib/server/db/schema').AssignmentTable} AssignmentRow
 * @typedef {'right' | 'partial' | 'wrong'} Variant
 * @typedef {Array<[string, string]>} Fields a form's fields, in order, repeats allowed
 *
 * @typedef {object} SeedPlan
 * @property {{ url?: string, sqlitePath: string }} database
 * @property {string} secret learners' tokens derive from it (tokens.js)
 * @property {{ assignmentId: string, learners: number }} results learners who answered every item and submitted
 * @property {{ classId: string, assignments: number, learnersEach: number }} open new assignments (after-submit
 *   review) in the class, each with learners who have an attempt open and nothing answered yet
 *
 * @typedef {object} SeedReport
 * @property {string} moduleId
 * @property {string[]} bodies per item, in order: a valid answer as a urlencoded form body
 * @property {Array<{ id: string, code: string }>} open the open assignments; learner g of them is in open[g % open.length]
 * @property {{ assignments: number, learners: number, attempts: number, responses: number }} rows
 * @property {number} seconds
 */

/** @param {string[]} argv */
export async function main(argv) {
	/** @type {SeedPlan} */
	const plan = JSON.parse(argv[0] ?? '');
	const started = performance.now();
	const store = await openStore(plan.database);
	try {
		const moduleId = await moduleOf(store.db, plan.results.assignmentId);
		const module = modules().find((m) => m.id === moduleId);
		if (!module) throw new Error(`module ${moduleId} is not on this server`);

		const random = mulberry32(20211223);
		const results = classWithResults(plan, module.id, module.items, random);
		const open = classesWithOpenAttempts(plan, module.id, await takenCodes(store.db));
		const rows = {
			learners: [...results.learners, ...open.learners],
			attempts: [...results.attempts, ...open.attempts],
			responses: results.responses
		};
		await store.db.transaction().execute(async (trx) => {
			await insertAll(trx, 'assignment', open.assignments);
			await insertAll(trx, 'learner', rows.learners);
			await insertAll(trx, 'attempt', rows.attempts);
			await insertAll(trx, 'response', rows.responses);
		});

		/** @type {SeedReport} */
		const report = {
			moduleId,
			bodies: module.items.map((item) => new URLSearchParams(answerFields(item, 'partial', random)).toString()),
			open: open.assignments.map((a) => ({ id: a.id, code: a.code })),
			rows: {
				assignments: open.assignments.length,
				learners: rows.learners.length,
				attempts: rows.attempts.length,
				responses: rows.responses.length
			},
			seconds: (performance.now() - started) / 1000
		};
		console.log(JSON.stringify(report));
		return 0;
	} finally {
		await store.db.destroy();
	}
}

/** @param {DB} db */
async function takenCodes(db) {
	const rows = await db.selectFrom('assignment').select('code').execute();
	return new Set(rows.map((r) => r.code));
}

/** @param {DB} db @param {string} assignmentId */
async function moduleOf(db, assignmentId) {
	const row = await db.selectFrom('assignment').select('module_id').where('id', '=', assignmentId).executeTakeFirst();
	if (!row) throw new Error(`no assignment ${assignmentId}: create it through the app first`);
	return row.module_id;
}

// ---------------------------------------------------------------- rows

const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/** Times a little apart, in the order learners joined, as a real class would have them. */
const at = (/** @type {number} */ base, /** @type {number} */ seconds) => new Date(base + seconds * 1000).toISOString();

/**
 * @param {string} secret @param {string} group @param {string} assignmentId @param {number} index @param {string} joined
 * @returns {LearnerRow}
 */
function learnerRow(secret, group, assignmentId, index, joined) {
	const displayName = `Learner ${String(index + 1).padStart(5, '0')}`;
	return {
		id: crypto.randomUUID(),
		assignment_id: assignmentId,
		display_name: displayName,
		name_key: nameKey(displayName),
		token_hash: sha256(learnerToken(secret, group, index)),
		resume_code: newResumeCode(),
		device_hash: null,
		created_at: joined
	};
}

/**
 * A class whose learners all answered every item and submitted: abilities
 * spread as in a real class, items of different difficulty, so that the
 * facility and discrimination figures and the answer distributions the
 * teacher's pages compute are not degenerate.
 * @param {SeedPlan} plan @param {string} moduleId @param {Item[]} items @param {() => number} random
 */
function classWithResults(plan, moduleId, items, random) {
	const base = Date.now() - 2 * 60 * 60 * 1000;
	// Difficulties from -1.5 to 1.5, scattered over the items by the golden ratio, not rising with their order.
	const difficulty = items.map((_, j) => -1.5 + 3 * ((j * 0.6180339887) % 1));
	/** @type {LearnerRow[]} */ const learners = [];
	/** @type {AttemptRow[]} */ const attempts = [];
	/** @type {ResponseRow[]} */ const responses = [];
	for (let i = 0; i < plan.results.learners; i++) {
		const learner = learnerRow(plan.secret, 'results', plan.results.assignmentId, i, at(base, i));
		const attemptId = crypto.randomUUID();
		const ability = normal(random);
		items.forEach((item, j) => {
			const graded = grade(item, answerFields(item, variantFor(ability - difficulty[j], random), random));
			const time = at(base, 600 + i + j * 60);
			responses.push({ attempt_id: attemptId, item_id: item.id, ...graded, created_at: time, updated_at: time });
		});
		learners.push(learner);
		attempts.push({
			id: attemptId,
			module_id: moduleId,
			learner_id: learner.id,
			number: 1,
			created_at: at(base, 300 + i),
			finished_at: at(base, 600 + i + items.length * 60)
		});
	}
	return { learners, attempts, responses };
}

/**
 * Assignments whose learners joined and have an attempt open, with nothing
 * answered: each benchmark request saves a first answer for one of them, or
 * submits one. Spread over assignments of class size rather than one huge
 * one, because a learner is looked up among their assignment's learners.
 * @param {SeedPlan} plan @param {string} moduleId @param {Set<string>} taken join codes already in use
 */
function classesWithOpenAttempts(plan, moduleId, taken) {
	const base = Date.now() - 60 * 60 * 1000;
	/** @type {AssignmentRow[]} */ const assignments = [];
	for (let a = 0; a < plan.open.assignments; a++) {
		let code = newJoinCode();
		while (taken.has(code)) code = newJoinCode();
		taken.add(code);
		assignments.push({
			id: crypto.randomUUID(),
			class_id: plan.open.classId,
			module_id: moduleId,
			name: `Open assignment ${a + 1}`,
			code,
			opens_at: null,
			closes_at: null,
			attempts_allowed: 1,
			review: 'after-submit',
			grading: 'highest',
			created_at: at(base, a)
		});
	}
	/** @type {LearnerRow[]} */ const learners = [];
	/** @type {AttemptRow[]} */ const attempts = [];
	for (let g = 0; g < assignments.length * plan.open.learnersEach; g++) {
		const learner = learnerRow(plan.secret, 'open', assignments[g % assignments.length].id, g, at(base, g / 10));
		learners.push(learner);
		attempts.push({
			id: crypto.randomUUID(),
			module_id: moduleId,
			learner_id: learner.id,
			number: 1,
			created_at: learner.created_at,
			finished_at: null
		});
	}
	return { assignments, learners, attempts };
}

/**
 * Multi-row inserts, a few hundred rows each: one statement per row would make
 * seeding PostgreSQL take longer than the benchmark, and both databases cap
 * the parameters of one statement (SQLite at 32,766, PostgreSQL at 65,535).
 * @template {'assignment' | 'learner' | 'attempt' | 'response'} T
 * @param {DB} db @param {T} table @param {import('kysely').Insertable<import('$lib/server/db/schema').Database[T]>[]} rows
 */
async function insertAll(db, table, rows) {
	for (let i = 0; i < rows.length; i += 500) {
		await db
			.insertInto(table)
			.values(/** @type {never} */ (rows.slice(i, i + 500)))
			.execute();
	}
}

// ---------------------------------------------------------------- answers

/**
 * Grades the fields through the app's parser and grader, as the answer action does.
 * @param {Item} item @param {Fields} fields
 */
function grade(item, fields) {
	const form = new FormData();
	for (const [name, value] of fields) form.append(name, value);
	const checked = checkAnswer(item, form);
	if (!checked.ok) throw new Error(`seeded answer to ${item.id} refused: ${checked.message}`);
	return { answer: JSON.stringify(checked.answer), score: checked.score, max_score: checked.max };
}

/**
 * Right more often the more able the learner is than the item is hard (a
 * logistic curve, as in item response theory); otherwise partly right or wrong.
 * @param {number} margin ability minus difficulty @param {() => number} random
 * @returns {Variant}
 */
function variantFor(margin, random) {
	if (random() < 1 / (1 + Math.exp(-1.7 * margin))) return 'right';
	return random() < 0.5 ? 'partial' : 'wrong';
}

/**
 * The form fields a learner who is right, partly right or wrong would post, as
 * the item's kind makes such an answer up (with the seeder's random numbers, for
 * a kind that picks among several).
 * @param {Item} item @param {Variant} variant @param {() => number} random
 * @returns {Fields}
 */
function answerFields(item, variant, random) {
	const kind = kindOf(item);
	return kind.toForm(kind.sample(item, variant, random));
}

// ---------------------------------------------------------------- randomness

/**
 * A small seeded generator: the same class every run, so runs compare.
 * @param {number} seed
 */
function mulberry32(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal draw (Box–Muller). @param {() => number} random */
const normal = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
