import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { openStore, type DB, type Store } from '../db/index';
import { createAssignment, createClass } from './classes';
import { joinAssignment, deleteLearner } from './learners';
import { createAttempt, finishAttempt, saveDraftResponse, saveFinalResponse } from './attempts';
import { assignmentResults, learnerAttempts } from './results';

/** Counts the statements a Kysely instance runs, to hold the results queries to a fixed number. */
class QueryCounter implements KyselyPlugin {
	count = 0;
	transformQuery(args: PluginTransformQueryArgs) {
		this.count++;
		return args.node;
	}
	async transformResult(args: PluginTransformResultArgs) {
		return args.result;
	}
}

let store: Store;
let db: DB;

beforeEach(async () => {
	store = await openStore({ sqlitePath: ':memory:' });
	db = store.db;
});

afterEach(async () => {
	await db.destroy();
});

async function newAssignment(teacherId = 'teacher-1') {
	const cls = await createClass(db, teacherId, 'Year 10');
	const assignment = await createAssignment(db, teacherId, cls.id, {
		moduleId: 'fixture',
		opensAt: null,
		closesAt: null,
		attemptsAllowed: 3,
		review: 'after-submit'
	});
	if (!assignment) throw new Error('no assignment');
	return assignment;
}

async function join(assignmentId: string, name: string) {
	const joined = await joinAssignment(db, assignmentId, name);
	if (!joined.ok) throw new Error(`could not join as ${name}`);
	return joined.learner;
}

const answer = (itemId: string, score: number, max: number, value: unknown = { marks: [] }) => ({
	itemId,
	answer: value,
	score,
	max
});

/**
 * A named class:
 * - Ana: attempt 1 submitted (2 answers), attempt 2 in progress (1 answer) → latest is 2.
 * - Ben: one submitted attempt with 3 answers.
 * - Cai: joined, never started.
 * Plus Dee in another assignment, who must never show up.
 */
async function seedClass() {
	const assignment = await newAssignment();
	const other = await newAssignment('teacher-2');
	const ana = await join(assignment.id, 'Ana');
	const ben = await join(assignment.id, 'Ben');
	const cai = await join(assignment.id, 'Cai');
	const dee = await join(other.id, 'Dee');

	const ana1 = await createAttempt(db, 'fixture', { id: ana.id, number: 1 });
	await saveFinalResponse(db, ana1.id, answer('q1', 1, 2));
	await saveFinalResponse(db, ana1.id, answer('q2', 0, 3));
	await finishAttempt(db, ana1.id);
	const ana2 = await createAttempt(db, 'fixture', { id: ana.id, number: 2 });
	await saveDraftResponse(db, ana2.id, answer('q1', 2, 2, { speaker: 'putin', mode: 'paraphrase' }));

	const ben1 = await createAttempt(db, 'fixture', { id: ben.id, number: 1 });
	for (const id of ['q1', 'q2', 'q3']) await saveFinalResponse(db, ben1.id, answer(id, 1, 2));
	await finishAttempt(db, ben1.id);

	const dee1 = await createAttempt(db, 'fixture', { id: dee.id, number: 1 });
	await saveFinalResponse(db, dee1.id, answer('q1', 2, 2));

	return { assignment, other, ana, ben, cai, dee, ana1, ana2, ben1 };
}

describe('assignmentResults', () => {
	it('gives every learner of the assignment with their latest attempt and its answers', async () => {
		const seeded = await seedClass();
		const results = await assignmentResults(db, seeded.assignment.id, 'all');

		// Learners who join in the same millisecond have no order between them, so compare by name.
		expect(results.map((r) => r.learner.displayName).sort()).toEqual(['Ana', 'Ben', 'Cai']);
		const [ana, ben, cai] = ['Ana', 'Ben', 'Cai'].map((name) => results.find((r) => r.learner.displayName === name)!);

		expect(ana.attempt).toMatchObject({ id: seeded.ana2.id, number: 2, finishedAt: null });
		expect(ana.responses).toHaveLength(1);
		expect(ana.responses[0]).toMatchObject({
			itemId: 'q1',
			score: 2,
			max: 2,
			answer: { speaker: 'putin', mode: 'paraphrase' }
		});

		expect(ben.attempt?.number).toBe(1);
		expect(ben.attempt?.finishedAt).not.toBeNull();
		expect(ben.responses.map((r) => r.itemId).sort()).toEqual(['q1', 'q2', 'q3']);

		expect(cai.attempt).toBeNull();
		expect(cai.responses).toEqual([]);
	});

	it('is empty for an assignment without learners, or an unknown id', async () => {
		const assignment = await newAssignment();
		expect(await assignmentResults(db, assignment.id)).toEqual([]);
		expect(await assignmentResults(db, 'no-such-assignment')).toEqual([]);
	});

	it('reads answers only when asked: none, one item\'s, or all', async () => {
		const seeded = await seedClass();
		const answersOf = (results: Awaited<ReturnType<typeof assignmentResults>>) =>
			results
				.find((r) => r.learner.id === seeded.ben.id)!
				.responses
				.map((r) => [r.itemId, r.answer] as const)
				.sort(([a], [b]) => a.localeCompare(b));

		const none = await assignmentResults(db, seeded.assignment.id);
		expect(answersOf(none)).toEqual([
			['q1', null],
			['q2', null],
			['q3', null]
		]);
		expect(none.find((r) => r.learner.id === seeded.ben.id)!.responses.map((r) => r.score)).toEqual([1, 1, 1]);

		const one = await assignmentResults(db, seeded.assignment.id, { itemId: 'q2' });
		expect(answersOf(one)).toEqual([
			['q1', null],
			['q2', { marks: [] }],
			['q3', null]
		]);
	});

	it('shows a stored answer that is not JSON as null rather than failing', async () => {
		const seeded = await seedClass();
		await db.updateTable('response').set({ answer: '{broken' }).where('attempt_id', '=', seeded.ben1.id).execute();
		const ben = (await assignmentResults(db, seeded.assignment.id, 'all')).find((r) => r.learner.id === seeded.ben.id)!;
		expect(ben.responses.every((r) => r.answer === null)).toBe(true);
	});

	it('uses two queries however many learners there are', async () => {
		const seeded = await seedClass();
		const counter = new QueryCounter();
		await assignmentResults(db.withPlugin(counter), seeded.assignment.id);
		const few = counter.count;

		for (let n = 0; n < 30; n++) {
			const learner = await join(seeded.assignment.id, `Learner ${n}`);
			const attempt = await createAttempt(db, 'fixture', { id: learner.id, number: 1 });
			await saveFinalResponse(db, attempt.id, answer('q1', n % 3, 2));
		}
		counter.count = 0;
		await assignmentResults(db.withPlugin(counter), seeded.assignment.id);
		expect(counter.count).toBe(few);
		expect(few).toBe(2);
	});

	it('reads 1,000 learners × 21 answers quickly', async () => {
		const assignment = await newAssignment();
		const items = Array.from({ length: 21 }, (_, n) => `item-${n + 1}`);
		const at = new Date().toISOString();
		const learners = Array.from({ length: 1000 }, (_, n) => ({
			id: `learner-${n}`,
			assignment_id: assignment.id,
			display_name: `Learner ${n}`,
			name_key: `learner ${n}`,
			token_hash: `hash-${n}`,
			resume_code: 'ACEFHJKM',
			created_at: at
		}));
		// Every learner has an older, submitted attempt and a latest one, so the "latest" filter has work to do.
		const attempts = learners.flatMap((l) => [
			{ id: `${l.id}-a1`, module_id: 'm', learner_id: l.id, number: 1, created_at: at, finished_at: at },
			{ id: `${l.id}-a2`, module_id: 'm', learner_id: l.id, number: 2, created_at: at, finished_at: at }
		]);
		const responses = attempts.flatMap((a) =>
			items.map((item, n) => ({
				attempt_id: a.id,
				item_id: item,
				answer: JSON.stringify({ marks: [n, n + 1] }),
				score: n % 3,
				max_score: 2,
				created_at: at,
				updated_at: at
			}))
		);
		const chunk = <T>(rows: T[], size: number) =>
			Array.from({ length: Math.ceil(rows.length / size) }, (_, n) => rows.slice(n * size, (n + 1) * size));
		await db.transaction().execute(async (tx) => {
			for (const part of chunk(learners, 500)) await tx.insertInto('learner').values(part).execute();
			for (const part of chunk(attempts, 500)) await tx.insertInto('attempt').values(part).execute();
			for (const part of chunk(responses, 500)) await tx.insertInto('response').values(part).execute();
		});

		await assignmentResults(db, assignment.id); // warm the statement cache
		const timed = async (answers: Parameters<typeof assignmentResults>[2]) => {
			const started = performance.now();
			const results = await assignmentResults(db, assignment.id, answers);
			return { results, took: performance.now() - started };
		};
		const { results, took } = await timed('none');
		const withOneItem = await timed({ itemId: 'item-3' });
		const withAll = await timed('all');

		expect(results).toHaveLength(1000);
		expect(results.every((r) => r.attempt?.number === 2 && r.responses.length === 21)).toBe(true);
		expect(withAll.results[999].responses.every((r) => r.answer !== null)).toBe(true);
		console.info(
			`assignmentResults, 1,000 learners × 21 answers: scores ${took.toFixed(1)} ms, ` +
				`one item's answers ${withOneItem.took.toFixed(1)} ms, all answers ${withAll.took.toFixed(1)} ms`
		);
		// Generous for a slow CI machine; the benchmark holds the real budget.
		expect(took).toBeLessThan(1000);
	});
});

describe('learnerAttempts', () => {
	it('gives the learner, the resume code and every attempt with its own answers', async () => {
		const seeded = await seedClass();
		const found = await learnerAttempts(db, seeded.assignment.id, seeded.ana.id);
		expect(found?.learner).toMatchObject({ displayName: 'Ana', resumeCode: seeded.ana.resumeCode });
		expect(found?.attempts.map((a) => a.number)).toEqual([1, 2]);
		expect(found?.attempts[0].responses.map((r) => r.itemId).sort()).toEqual(['q1', 'q2']);
		expect(found?.attempts[1].responses.map((r) => r.itemId)).toEqual(['q1']);
	});

	it('has no attempts for a learner who never started', async () => {
		const seeded = await seedClass();
		const found = await learnerAttempts(db, seeded.assignment.id, seeded.cai.id);
		expect(found?.attempts).toEqual([]);
	});

	it('does not find a learner through another assignment, or an unknown id', async () => {
		const seeded = await seedClass();
		expect(await learnerAttempts(db, seeded.assignment.id, seeded.dee.id)).toBeUndefined();
		expect(await learnerAttempts(db, seeded.other.id, seeded.ana.id)).toBeUndefined();
		expect(await learnerAttempts(db, seeded.assignment.id, 'nobody')).toBeUndefined();
	});

	it('finds nothing once the learner is deleted, and their answers are gone too', async () => {
		const seeded = await seedClass();
		expect(await deleteLearner(db, seeded.assignment.id, seeded.ana.id)).toBe(true);
		expect(await learnerAttempts(db, seeded.assignment.id, seeded.ana.id)).toBeUndefined();
		const left = await db
			.selectFrom('response')
			.select('attempt_id')
			.where('attempt_id', 'in', [seeded.ana1.id, seeded.ana2.id])
			.execute();
		expect(left).toEqual([]);
		expect((await assignmentResults(db, seeded.assignment.id)).map((r) => r.learner.displayName).sort()).toEqual([
			'Ben',
			'Cai'
		]);
	});
});
