import { expect, it } from 'vitest';
import {
	attemptsOf,
	createAttempt,
	findAttempt,
	finishAttempt,
	finishAttemptsOf,
	listResponses,
	solutionsSeenOnLastAttempt,
	saveDraftResponse,
	saveFinalResponse
} from './attempts';
import { describeStores, pause, seedAssignment, seedLearner } from './test-db';

const graded = (itemId: string, answer: unknown, score = 1, max = 2) => ({ itemId, answer, score, max });

describeStores('attempts', (store) => {
	async function newLearner() {
		const { db } = store();
		const assignment = await seedAssignment(db);
		return (await seedLearner(db, assignment.id, 'Ana')).learner;
	}

	it('creates a practice attempt and finds it again', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'putin-press-conference-2021');
		expect(attempt).toMatchObject({ moduleId: 'putin-press-conference-2021', learnerId: null, number: 1, finishedAt: null });
		const found = await findAttempt(db, attempt.id);
		expect(found).toEqual(attempt);
		expect(typeof found!.number).toBe('number');
		expect(await findAttempt(db, crypto.randomUUID())).toBeUndefined();
	});

	it('lists a learner’s attempts in order of their number, and no one else’s', async () => {
		const { db } = store();
		const ana = await newLearner();
		const ben = await newLearner();
		const second = await createAttempt(db, 'putin-press-conference-2021', { id: ana.id, number: 2 });
		const first = await createAttempt(db, 'putin-press-conference-2021', { id: ana.id, number: 1 });
		await createAttempt(db, 'putin-press-conference-2021', { id: ben.id, number: 1 });
		const attempts = await attemptsOf(db, ana.id);
		expect(attempts.map((a) => a.id)).toEqual([first.id, second.id]);
		expect(attempts.map((a) => a.number)).toEqual([1, 2]);
		expect(attempts.every((a) => a.learnerId === ana.id)).toBe(true);
	});

	it('refuses a second attempt with the same number for one learner', async () => {
		const { db } = store();
		const ana = await newLearner();
		await createAttempt(db, 'putin-press-conference-2021', { id: ana.id, number: 1 });
		await expect(createAttempt(db, 'putin-press-conference-2021', { id: ana.id, number: 1 })).rejects.toThrow();
		expect(await attemptsOf(db, ana.id)).toHaveLength(1);
	});

	it('stores a final answer once: a second one for the item changes nothing', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		expect(await saveFinalResponse(db, attempt.id, graded('q1', { speaker: 'putin' }, 2, 2))).toBe(true);
		expect(await saveFinalResponse(db, attempt.id, graded('q1', { speaker: 'lavrov' }, 0, 2))).toBe(false);
		expect(await saveFinalResponse(db, attempt.id, graded('q2', { marks: [3, 4] }, 1, 3))).toBe(true);
		const responses = await listResponses(db, attempt.id);
		expect(responses.map((r) => [r.itemId, r.answer, r.score, r.max])).toEqual([
			['q1', { speaker: 'putin' }, 2, 2],
			['q2', { marks: [3, 4] }, 1, 3]
		]);
		expect(typeof responses[0].score).toBe('number');
		expect(typeof responses[0].max).toBe('number');
	});

	it('replaces a draft while the attempt is open, keeping when it was first given', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		expect(await saveDraftResponse(db, attempt.id, graded('q1', { mode: 'paraphrase' }, 1, 2))).toBe(true);
		const [first] = await listResponses(db, attempt.id);
		await pause(5);
		expect(await saveDraftResponse(db, attempt.id, graded('q1', { mode: 'direct-quote' }, 2, 2))).toBe(true);
		const responses = await listResponses(db, attempt.id);
		expect(responses).toHaveLength(1);
		expect(responses[0]).toMatchObject({ itemId: 'q1', answer: { mode: 'direct-quote' }, score: 2, max: 2 });
		expect(responses[0].createdAt).toBe(first.createdAt);
		expect(responses[0].updatedAt > first.updatedAt).toBe(true);
	});

	it('refuses drafts once the attempt is finished, and leaves the stored one as it was', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		await saveDraftResponse(db, attempt.id, graded('q1', 'before', 1, 2));
		await finishAttempt(db, attempt.id);
		expect(await saveDraftResponse(db, attempt.id, graded('q1', 'after', 2, 2))).toBe(false);
		expect(await saveDraftResponse(db, attempt.id, graded('q2', 'new', 2, 2))).toBe(false);
		const responses = await listResponses(db, attempt.id);
		expect(responses.map((r) => [r.itemId, r.answer, r.score])).toEqual([['q1', 'before', 1]]);
	});

	it('refuses a draft for an attempt that does not exist', async () => {
		const { db } = store();
		const missing = crypto.randomUUID();
		expect(await saveDraftResponse(db, missing, graded('q1', 'x'))).toBe(false);
		expect(await listResponses(db, missing)).toEqual([]);
	});

	it('finishes an attempt once: finishing again keeps the first time', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		await finishAttempt(db, attempt.id);
		const first = (await findAttempt(db, attempt.id))!.finishedAt;
		expect(first).toMatch(/^\d{4}-\d\d-\d\dT/);
		await pause(5);
		await finishAttempt(db, attempt.id);
		expect((await findAttempt(db, attempt.id))!.finishedAt).toBe(first);
	});

	it('lists responses in the order they were first given, only the attempt’s own', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		const other = await createAttempt(db, 'm');
		for (const id of ['c', 'a', 'b']) {
			await saveDraftResponse(db, attempt.id, graded(id, id));
			await pause(2);
		}
		await saveDraftResponse(db, other.id, graded('z', 'z'));
		// Changing "c" later does not move it.
		await saveDraftResponse(db, attempt.id, graded('c', 'c2'));
		const responses = await listResponses(db, attempt.id);
		expect(responses.map((r) => r.itemId)).toEqual(['c', 'a', 'b']);
		expect(responses[0].answer).toBe('c2');
	});

	it('keeps answers of any JSON shape, unicode included', async () => {
		const { db } = store();
		const attempt = await createAttempt(db, 'm');
		const answer = { asserters: ['putin'], disputers: [], reportedIn: ['es', 'de'], note: 'Ünïcødé “quotes” 🙂' };
		await saveFinalResponse(db, attempt.id, graded('q', answer, 0, 3));
		expect((await listResponses(db, attempt.id))[0].answer).toEqual(answer);
	});

	it('finishes every open attempt of one assignment at closing, and no other assignment’s', async () => {
		const { db } = store();
		const assignment = await seedAssignment(db);
		const other = await seedAssignment(db);
		const ana = (await seedLearner(db, assignment.id, 'Ana')).learner;
		const ben = (await seedLearner(db, assignment.id, 'Ben')).learner;
		const dee = (await seedLearner(db, other.id, 'Dee')).learner;
		const ana1 = await createAttempt(db, 'm', { id: ana.id, number: 1 });
		await saveDraftResponse(db, ana1.id, graded('q1', 'draft'));
		const ben1 = await createAttempt(db, 'm', { id: ben.id, number: 1 });
		await finishAttempt(db, ben1.id);
		const submittedAt = (await findAttempt(db, ben1.id))!.finishedAt;
		const dee1 = await createAttempt(db, 'm', { id: dee.id, number: 1 });
		const closesAt = '2030-01-01T10:00:00.000Z';

		expect(await finishAttemptsOf(db, assignment.id, closesAt)).toBe(1);
		expect((await findAttempt(db, ana1.id))!.finishedAt).toBe(closesAt);
		// A submitted attempt keeps its own time; another assignment's stays open.
		expect((await findAttempt(db, ben1.id))!.finishedAt).toBe(submittedAt);
		expect((await findAttempt(db, dee1.id))!.finishedAt).toBeNull();
		// The draft is kept as it stood, and can no longer change.
		expect(await saveDraftResponse(db, ana1.id, graded('q1', 'changed'))).toBe(false);
		expect((await listResponses(db, ana1.id)).map((r) => r.answer)).toEqual(['draft']);
		// Nothing left to finish: nothing happens.
		expect(await finishAttemptsOf(db, assignment.id)).toBe(0);

		// Without a time, the time is now.
		const before = new Date().toISOString();
		expect(await finishAttemptsOf(db, other.id)).toBe(1);
		expect((await findAttempt(db, dee1.id))!.finishedAt! >= before).toBe(true);
	});

	it('knows when someone has seen solutions on their last allowed attempt', async () => {
		const { db } = store();
		for (const review of ['after-item', 'after-submit', 'after-close'] as const) {
			const assignment = await seedAssignment(db, { review, attemptsAllowed: 2 });
			const ana = (await seedLearner(db, assignment.id, 'Ana')).learner;
			const seen = () => solutionsSeenOnLastAttempt(db, assignment);
			const first = await createAttempt(db, 'm', { id: ana.id, number: 1 });
			await saveFinalResponse(db, first.id, graded('q1', 1));
			await finishAttempt(db, first.id);
			// Attempt 1 of 2: another may follow, so no solution was shown.
			expect(await seen(), review).toBe(false);
			const last = await createAttempt(db, 'm', { id: ana.id, number: 2 });
			await saveFinalResponse(db, last.id, graded('q1', 1));
			// Feedback after each item shows an answered item's solution on the last attempt at once.
			expect(await seen(), review).toBe(review === 'after-item');
			await finishAttempt(db, last.id);
			// After submitting: solutions then; after closing: not until it closes.
			expect(await seen(), review).toBe(review !== 'after-close');
		}
	});
});
