import { describe, expect, it } from 'vitest';
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from 'kysely';
import { sumsOf, type ScoredAttempt } from '$lib/teaching/stats';
import { createAssignment, createClass } from './classes';
import { joinAssignment, deleteLearner } from './learners';
import { createAttempt, finishAttempt, saveDraftResponse, saveFinalResponse } from './attempts';
import { assignmentResults, assignmentStatistics, itemAnswers, learnerAttempts } from './results';
import { assignmentProgress } from './progress';
import { describeStores } from './test-db';
import { countedAttempt, gradingMethods, type GradingMethod } from '$lib/teaching/policy';

/**
 * Counts the statements a Kysely instance runs, to hold the results queries to
 * a fixed number. Counted as results come back: subqueries are transformed
 * on their own too, so transformQuery would count them as well.
 */
class QueryCounter implements KyselyPlugin {
	count = 0;
	transformQuery(args: PluginTransformQueryArgs) {
		return args.node;
	}
	async transformResult(args: PluginTransformResultArgs) {
		this.count++;
		return args.result;
	}
}

describeStores('results', (store) => {
const db = () => store().db;

async function newAssignment(teacherId = `teacher-${crypto.randomUUID()}`, grading?: GradingMethod) {
	const cls = await createClass(db(), teacherId, 'Year 10');
	const assignment = await createAssignment(db(), teacherId, cls.id, {
		moduleId: 'fixture',
		name: 'Fixture test',
		opensAt: null,
		closesAt: null,
		attemptsAllowed: 3,
		review: 'after-submit',
		grading
	});
	if (!assignment) throw new Error('no assignment');
	return assignment;
}

async function join(assignmentId: string, name: string) {
	const joined = await joinAssignment(db(), assignmentId, name);
	if (!joined.ok) throw new Error(`could not join as ${name}`);
	return joined.learner;
}

const answer = (itemId: string, score: number, max: number, value: unknown = { marks: [] }) => ({
	itemId,
	answer: value,
	score,
	max
});

async function addLearners(assignmentId: string, count: number) {
	for (let n = 0; n < count; n++) {
		const learner = await join(assignmentId, `Learner ${n}`);
		const attempt = await createAttempt(db(), 'fixture', { id: learner.id, number: 1 });
		await saveFinalResponse(db(), attempt.id, answer('q1', n % 3, 2));
	}
}

/**
 * A named class:
 * - Ana: attempt 1 submitted (2 answers, 1 point), attempt 2 in progress (1 answer, 2 points) → attempt 1
 *   counts, by any grading method: only finished attempts compete.
 * - Ben: one submitted attempt with 3 answers.
 * - Cai: joined, never started.
 * Plus Dee in another assignment, who must never show up.
 */
async function seedClass() {
	const assignment = await newAssignment();
	const other = await newAssignment();
	const ana = await join(assignment.id, 'Ana');
	const ben = await join(assignment.id, 'Ben');
	const cai = await join(assignment.id, 'Cai');
	const dee = await join(other.id, 'Dee');

	const ana1 = await createAttempt(db(), 'fixture', { id: ana.id, number: 1 });
	await saveFinalResponse(db(), ana1.id, answer('q1', 1, 2));
	await saveFinalResponse(db(), ana1.id, answer('q2', 0, 3));
	await finishAttempt(db(), ana1.id);
	const ana2 = await createAttempt(db(), 'fixture', { id: ana.id, number: 2 });
	await saveDraftResponse(db(), ana2.id, answer('q1', 2, 2, { speaker: 'putin', mode: 'paraphrase' }));

	const ben1 = await createAttempt(db(), 'fixture', { id: ben.id, number: 1 });
	for (const id of ['q1', 'q2', 'q3']) await saveFinalResponse(db(), ben1.id, answer(id, 1, 2));
	await finishAttempt(db(), ben1.id);

	const dee1 = await createAttempt(db(), 'fixture', { id: dee.id, number: 1 });
	await saveFinalResponse(db(), dee1.id, answer('q1', 2, 2));

	return { assignment, other, ana, ben, cai, dee, ana1, ana2, ben1 };
}

describe('assignmentResults', () => {
	it('gives every learner of the assignment with their counted attempt and all its answers', async () => {
		const seeded = await seedClass();
		const results = await assignmentResults(db(), seeded.assignment.id);

		// Learners who join in the same millisecond have no order between them, so compare by name.
		expect(results.map((r) => r.learner.displayName).sort()).toEqual(['Ana', 'Ben', 'Cai']);
		const [ana, ben, cai] = ['Ana', 'Ben', 'Cai'].map((name) => results.find((r) => r.learner.displayName === name)!);

		expect(ana.attempt).toMatchObject({ id: seeded.ana1.id, number: 1 });
		expect(ana.attempt?.finishedAt).not.toBeNull();
		expect(ana.responses.map((r) => [r.itemId, r.score, r.max]).sort()).toEqual([
			['q1', 1, 2],
			['q2', 0, 3]
		]);

		expect(ben.attempt?.number).toBe(1);
		expect(ben.attempt?.finishedAt).not.toBeNull();
		expect(ben.responses.map((r) => [r.itemId, r.score, r.answer]).sort()).toEqual([
			['q1', 1, { marks: [] }],
			['q2', 1, { marks: [] }],
			['q3', 1, { marks: [] }]
		]);

		expect(cai.attempt).toBeNull();
		expect(cai.responses).toEqual([]);
	});

	it('is empty for an assignment without learners, or an unknown id', async () => {
		const assignment = await newAssignment();
		expect(await assignmentResults(db(), assignment.id)).toEqual([]);
		expect(await assignmentResults(db(), 'no-such-assignment')).toEqual([]);
	});

	it('shows a stored answer that is not JSON as null rather than failing', async () => {
		const seeded = await seedClass();
		await db().updateTable('response').set({ answer: '{broken' }).where('attempt_id', '=', seeded.ben1.id).execute();
		const ben = (await assignmentResults(db(), seeded.assignment.id)).find((r) => r.learner.id === seeded.ben.id)!;
		expect(ben.responses.every((r) => r.answer === null)).toBe(true);
	});

	it('uses two queries however many learners there are', async () => {
		const seeded = await seedClass();
		const counter = new QueryCounter();
		await assignmentResults(db().withPlugin(counter), seeded.assignment.id, 'highest');
		const few = counter.count;
		await addLearners(seeded.assignment.id, 30);
		counter.count = 0;
		await assignmentResults(db().withPlugin(counter), seeded.assignment.id, 'highest');
		expect(counter.count).toBe(few);
		expect(few).toBe(2);
		// Without the grading method, one more query reads it.
		counter.count = 0;
		await assignmentResults(db().withPlugin(counter), seeded.assignment.id);
		expect(counter.count).toBe(3);
	});
});

describe('assignmentStatistics', () => {
	/** What the statistics are defined as: teaching/stats.ts's sumsOf over the counted attempts, in memory. */
	async function expectedSums(assignmentId: string, itemIds: string[]) {
		const results = await assignmentResults(db(), assignmentId);
		const scored: ScoredAttempt[] = results
			.filter((r) => r.attempt)
			.map((r) => ({ submitted: r.attempt!.finishedAt !== null, responses: r.responses }));
		const sums = sumsOf(
			itemIds.map((id) => ({ id })),
			scored
		);
		return { ...sums, items: sums.items.filter((s) => s.answered > 0) };
	}
	const byItem = <T extends { itemId: string }>(list: T[]) => [...list].sort((a, b) => a.itemId.localeCompare(b.itemId));

	it('sums the counted attempts of the class: Ana’s first (her second is in progress), Ben’s, Cai not started, Dee elsewhere', async () => {
		const seeded = await seedClass();
		const stats = await assignmentStatistics(db(), seeded.assignment.id, ['q1', 'q2', 'q3']);
		expect(stats.summary).toEqual({ learners: 3, started: 2, submitted: 2 });
		// Ana's attempt 1 (a total of 1) and Ben's (3 answers of 1 point, a total of 3), both submitted.
		expect(stats.submitted).toEqual({ n: 2, st: 4, stt: 1 + 9 });
		expect(byItem(stats.items)).toEqual([
			// Ana's 1 of 2 and Ben's 1 of 2; not Ana's draft in attempt 2.
			{ itemId: 'q1', answered: 2, scoreSum: 2, graded: 2, fractionSum: 1, sx: 2, sxx: 2, sxt: 1 + 3 },
			{ itemId: 'q2', answered: 2, scoreSum: 1, graded: 2, fractionSum: 0.5, sx: 1, sxx: 1, sxt: 3 },
			{ itemId: 'q3', answered: 1, scoreSum: 1, graded: 1, fractionSum: 0.5, sx: 1, sxx: 1, sxt: 3 }
		]);
		const expected = await expectedSums(seeded.assignment.id, ['q1', 'q2', 'q3']);
		expect(byItem(stats.items)).toEqual(byItem(expected.items));
		expect(stats.submitted).toEqual(expected.submitted);
	});

	it('leaves out items that are not in the module, from the items and from the totals', async () => {
		const seeded = await seedClass();
		const stats = await assignmentStatistics(db(), seeded.assignment.id, ['q1', 'q2']);
		expect(stats.items.map((s) => s.itemId).sort()).toEqual(['q1', 'q2']);
		// Totals over q1 and q2 only: Ana 1, Ben 2.
		expect(stats.submitted).toEqual({ n: 2, st: 3, stt: 1 + 4 });
		expect(stats.summary).toEqual({ learners: 3, started: 2, submitted: 2 });
	});

	it('counts a submitted attempt without answers as a total of 0', async () => {
		const assignment = await newAssignment();
		const eve = await join(assignment.id, 'Eve');
		const attempt = await createAttempt(db(), 'fixture', { id: eve.id, number: 1 });
		await finishAttempt(db(), attempt.id);
		const stats = await assignmentStatistics(db(), assignment.id, ['q1']);
		expect(stats.summary).toEqual({ learners: 1, started: 0, submitted: 1 });
		expect(stats.submitted).toEqual({ n: 1, st: 0, stt: 0 });
		expect(stats.items).toEqual([]);
	});

	it('is all zeros for an assignment without learners, or an unknown id', async () => {
		const empty = { summary: { learners: 0, started: 0, submitted: 0 }, items: [], submitted: { n: 0, st: 0, stt: 0 } };
		expect(await assignmentStatistics(db(), (await newAssignment()).id, ['q1'])).toEqual(empty);
		expect(await assignmentStatistics(db(), 'no-such-assignment', ['q1'])).toEqual(empty);
	});

	it('uses two queries however many learners there are', async () => {
		const seeded = await seedClass();
		const counter = new QueryCounter();
		await assignmentStatistics(db().withPlugin(counter), seeded.assignment.id, ['q1', 'q2', 'q3'], 'highest');
		const few = counter.count;
		await addLearners(seeded.assignment.id, 30);
		counter.count = 0;
		await assignmentStatistics(db().withPlugin(counter), seeded.assignment.id, ['q1', 'q2', 'q3'], 'highest');
		expect(counter.count).toBe(few);
		expect(few).toBe(2);
	});

	// 42,000 answers written and summed: about 4 s on a quiet machine, past the default 5 s on a busy one.
	it('agrees with the in-memory sums for 1,000 learners × 21 answers over two attempts each', { timeout: 30_000 }, async () => {
		const assignment = await newAssignment();
		const items = Array.from({ length: 21 }, (_, n) => `item-${n + 1}`);
		const at = new Date().toISOString();
		const prefix = crypto.randomUUID();
		const learners = Array.from({ length: 1000 }, (_, n) => ({
			id: `${prefix}-learner-${n}`,
			assignment_id: assignment.id,
			display_name: `Learner ${n}`,
			name_key: `learner ${n}`,
			token_hash: `${prefix}-hash-${n}`,
			resume_code: 'ACEFHJKM',
			device_hash: null,
			created_at: at
		}));
		// An older, submitted attempt and a latest one (every third still open), so "counted" has work to do.
		const attempts = learners.flatMap((l, n) => [
			{ id: `${l.id}-a1`, module_id: 'm', learner_id: l.id, number: 1, created_at: at, finished_at: at },
			{ id: `${l.id}-a2`, module_id: 'm', learner_id: l.id, number: 2, created_at: at, finished_at: n % 3 ? at : null }
		]);
		// Scores vary with learner and item (and the older attempt scores otherwise), some answers are missing,
		// and one item's maximum is 0.
		const responses = attempts.flatMap((a, k) =>
			items
				.map((item, n) => ({
					attempt_id: a.id,
					item_id: item,
					answer: JSON.stringify({ marks: [n] }),
					score: n === 20 ? 0 : (k * 7 + n * n) % (n % 4 + 2),
					max_score: n === 20 ? 0 : (n % 4) + 1,
					created_at: at,
					updated_at: at
				}))
				.filter((_, n) => (k + n) % 11 !== 0)
		);
		const chunk = <T>(rows: T[], size: number) =>
			Array.from({ length: Math.ceil(rows.length / size) }, (_, n) => rows.slice(n * size, (n + 1) * size));
		await db().transaction().execute(async (tx) => {
			for (const part of chunk(learners, 500)) await tx.insertInto('learner').values(part).execute();
			for (const part of chunk(attempts, 500)) await tx.insertInto('attempt').values(part).execute();
			for (const part of chunk(responses, 500)) await tx.insertInto('response').values(part).execute();
		});
		/*
		 * As after any bulk load (PostgreSQL's "Populating a Database": run ANALYZE afterwards). A class grows a
		 * learner at a time and autovacuum keeps the statistics up with it; 42,000 rows in one go do not wait for it.
		 * With the statistics of the small tables the earlier tests left (autovacuum analyses them between tests,
		 * now and then), the planner scans instead of using the indexes: the query ran past the 15 s
		 * statement_timeout, reproduced by analysing just before the load (0.4 s after this ANALYZE).
		 */
		if (store().kind === 'postgres') await sql`analyze`.execute(db());

		const stats = await assignmentStatistics(db(), assignment.id, items);
		const expected = await expectedSums(assignment.id, items);
		// The counted attempt is always a submitted one: every learner has attempt 1 submitted.
		expect(stats.summary).toEqual({ learners: 1000, started: 1000, submitted: 1000 });
		expect(stats.submitted).toEqual(expected.submitted);
		expect(stats.items).toHaveLength(21);
		for (const [n, sums] of byItem(expected.items).entries()) {
			const got = byItem(stats.items)[n];
			const { fractionSum, ...exact } = sums;
			expect(got).toMatchObject(exact);
			expect(got.fractionSum).toBeCloseTo(fractionSum, 6);
		}
	});
});

describe('itemAnswers', () => {
	it('gives the answers to one item from the counted attempts only', async () => {
		const seeded = await seedClass();
		const q1 = await itemAnswers(db(), seeded.assignment.id, 'q1');
		// Ana's counted (attempt 1) and Ben's; not Ana's draft in attempt 2, not Dee's.
		expect(q1.map((r) => [r.score, r.answer]).sort()).toEqual([
			[1, { marks: [] }],
			[1, { marks: [] }]
		]);
		expect(await itemAnswers(db(), seeded.assignment.id, 'q2')).toHaveLength(2);
		expect(await itemAnswers(db(), seeded.assignment.id, 'no-such-item')).toEqual([]);
	});
});

describe('learnerAttempts', () => {
	it('gives the learner, the resume code and every attempt with its own answers', async () => {
		const seeded = await seedClass();
		const found = await learnerAttempts(db(), seeded.assignment.id, seeded.ana.id);
		expect(found?.learner).toMatchObject({ displayName: 'Ana', resumeCode: seeded.ana.resumeCode });
		expect(found?.attempts.map((a) => a.number)).toEqual([1, 2]);
		expect(found?.attempts[0].responses.map((r) => r.itemId).sort()).toEqual(['q1', 'q2']);
		expect(found?.attempts[1].responses.map((r) => r.itemId)).toEqual(['q1']);
	});

	it('has no attempts for a learner who never started', async () => {
		const seeded = await seedClass();
		const found = await learnerAttempts(db(), seeded.assignment.id, seeded.cai.id);
		expect(found?.attempts).toEqual([]);
	});

	it('does not find a learner through another assignment, or an unknown id', async () => {
		const seeded = await seedClass();
		expect(await learnerAttempts(db(), seeded.assignment.id, seeded.dee.id)).toBeUndefined();
		expect(await learnerAttempts(db(), seeded.other.id, seeded.ana.id)).toBeUndefined();
		expect(await learnerAttempts(db(), seeded.assignment.id, 'nobody')).toBeUndefined();
	});

	it('finds nothing once the learner is deleted, and their answers are gone too', async () => {
		const seeded = await seedClass();
		expect(await deleteLearner(db(), seeded.assignment.id, seeded.ana.id)).toBe(true);
		expect(await learnerAttempts(db(), seeded.assignment.id, seeded.ana.id)).toBeUndefined();
		const left = await db()
			.selectFrom('response')
			.select('attempt_id')
			.where('attempt_id', 'in', [seeded.ana1.id, seeded.ana2.id])
			.execute();
		expect(left).toEqual([]);
		expect((await assignmentResults(db(), seeded.assignment.id)).map((r) => r.learner.displayName).sort()).toEqual([
			'Ben',
			'Cai'
		]);
	});
});

describe('grading methods', () => {
	/**
	 * One learner per case, with attempts of the given totals (q1 holds the whole score; null: not submitted).
	 * Cases: a best attempt in the middle, a tie, an unfinished best, nothing finished, no attempt at all.
	 */
	const cases: Array<{ name: string; attempts: Array<[number, boolean]>; counted: Record<GradingMethod, number | null> }> = [
		{ name: 'Mia', attempts: [[2, true], [5, true], [3, true]], counted: { highest: 2, first: 1, last: 3 } },
		{ name: 'Noa', attempts: [[4, true], [4, true]], counted: { highest: 1, first: 1, last: 2 } },
		{ name: 'Oli', attempts: [[1, true], [6, false]], counted: { highest: 1, first: 1, last: 1 } },
		{ name: 'Pia', attempts: [[3, false]], counted: { highest: 1, first: 1, last: 1 } },
		{ name: 'Quin', attempts: [], counted: { highest: null, first: null, last: null } }
	];

	for (const method of Object.keys(gradingMethods) as GradingMethod[]) {
		it(`${method}: results, progress, item answers, statistics and the learner page count the same attempt`, async () => {
			const assignment = await newAssignment(undefined, method);
			const ids = new Map<string, string>();
			for (const c of cases) {
				const learner = await join(assignment.id, c.name);
				ids.set(c.name, learner.id);
				for (const [n, [score, finished]] of c.attempts.entries()) {
					const attempt = await createAttempt(db(), 'fixture', { id: learner.id, number: n + 1 });
					await saveDraftResponse(db(), attempt.id, answer('q1', score, 6, { attempt: n + 1 }));
					if (finished) await finishAttempt(db(), attempt.id);
				}
			}
			const expectedNumber = (name: string) => cases.find((c) => c.name === name)!.counted[method];
			const scoreOf = (name: string) => {
				const c = cases.find((k) => k.name === name)!;
				const n = c.counted[method];
				return n === null ? 0 : c.attempts[n - 1][0];
			};

			const results = await assignmentResults(db(), assignment.id);
			for (const r of results) expect(r.attempt?.number ?? null, `${method}: ${r.learner.displayName}`).toBe(expectedNumber(r.learner.displayName));

			const progress = await assignmentProgress(db(), assignment.id);
			for (const p of progress) {
				expect(p.counted, `${method}: ${p.displayName}`).toBe(expectedNumber(p.displayName) ?? 0);
				expect(p.score, `${method}: ${p.displayName}`).toBe(scoreOf(p.displayName));
				// Where they are now is their latest attempt, whatever counts.
				expect(p.attempt).toBe(cases.find((c) => c.name === p.displayName)!.attempts.length);
			}

			const answers = await itemAnswers(db(), assignment.id, 'q1');
			expect(answers.map((r) => r.score).sort()).toEqual(
				cases.filter((c) => c.counted[method] !== null).map((c) => scoreOf(c.name)).sort()
			);
			const stats = await assignmentStatistics(db(), assignment.id, ['q1']);
			expect(stats.items[0].scoreSum).toBe(cases.reduce((n, c) => n + scoreOf(c.name), 0));

			for (const c of cases) {
				const found = await learnerAttempts(db(), assignment.id, ids.get(c.name)!);
				expect(found?.grading).toBe(method);
				expect(found?.counted, `${method}: ${c.name}`).toBe(c.counted[method]);
				// The rule in plain TypeScript says the same.
				const scored = c.attempts.map(([score, finished], n) => ({ number: n + 1, finishedAt: finished ? 'x' : null, score }));
				expect(countedAttempt(method, scored)?.number ?? null).toBe(c.counted[method]);
			}
		});
	}

	it('agrees with countedAttempt for 300 learners with random attempts, under every method', async () => {
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		const at = new Date().toISOString();
		const plans = Array.from({ length: 300 }, () => {
			const count = random(5);
			// Attempts before the last are always finished; the last may be open.
			return Array.from({ length: count }, (_, n) => ({ score: random(4), finished: n < count - 1 || random(2) === 1 }));
		});
		for (const method of Object.keys(gradingMethods) as GradingMethod[]) {
			const assignment = await newAssignment(undefined, method);
			const prefix = crypto.randomUUID();
			const learners = plans.map((_, n) => ({
				id: `${prefix}-l-${n}`,
				assignment_id: assignment.id,
				display_name: `L${n}`,
				name_key: `l${n}`,
				token_hash: `${prefix}-${n}`,
				resume_code: 'ACEFHJKM',
				device_hash: null,
				created_at: at
			}));
			const attempts = plans.flatMap((plan, n) =>
				plan.map((a, k) => ({
					id: `${prefix}-l-${n}-a${k + 1}`,
					module_id: 'fixture',
					learner_id: learners[n].id,
					number: k + 1,
					created_at: at,
					finished_at: a.finished ? at : null
				}))
			);
			const responses = plans.flatMap((plan, n) =>
				plan.flatMap((a, k) =>
					// The score split over two items, so the sum is what is compared.
					[0, 1].map((part) => ({
						attempt_id: `${prefix}-l-${n}-a${k + 1}`,
						item_id: `q${part + 1}`,
						answer: '{}',
						score: part === 0 ? Math.ceil(a.score / 2) : Math.floor(a.score / 2),
						max_score: 2,
						created_at: at,
						updated_at: at
					}))
				)
			);
			await db().transaction().execute(async (tx) => {
				await tx.insertInto('learner').values(learners).execute();
				for (let i = 0; i < attempts.length; i += 400) await tx.insertInto('attempt').values(attempts.slice(i, i + 400)).execute();
				for (let i = 0; i < responses.length; i += 400) await tx.insertInto('response').values(responses.slice(i, i + 400)).execute();
			});
			const results = await assignmentResults(db(), assignment.id);
			const byId = new Map(results.map((r) => [r.learner.id, r.attempt?.number ?? null]));
			plans.forEach((plan, n) => {
				const scored = plan.map((a, k) => ({ number: k + 1, finishedAt: a.finished ? at : null, score: a.score }));
				expect(byId.get(learners[n].id), `${method}, learner ${n}: ${JSON.stringify(plan)}`).toBe(
					countedAttempt(method, scored)?.number ?? null
				);
			});
		}
	});
});
});
