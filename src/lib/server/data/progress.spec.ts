import { expect, it } from 'vitest';
import { createAttempt, finishAttempt, saveDraftResponse, saveFinalResponse } from './attempts';
import { assignmentProgress, summarize } from './progress';
import { describeStores, pause, seedAssignment, seedLearner } from './test-db';

const graded = (itemId: string, score: number, max: number) => ({ itemId, answer: { marks: [] }, score, max });

describeStores('assignment progress', (store) => {
	const newAssignment = () => seedAssignment(store().db, { attemptsAllowed: 3 });

	async function join(assignmentId: string, name: string) {
		const { learner } = await seedLearner(store().db, assignmentId, name);
		await pause(2); // joining order is told by the time joined
		return learner;
	}

	it('gives each learner’s latest attempt, and the counted one’s score, with numbers, not strings, on every database', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const ana = await join(assignment.id, 'Ana');
		const ben = await join(assignment.id, 'Ben');
		const cai = await join(assignment.id, 'Cai');
		const dee = await join(other.id, 'Dee');

		const ana1 = await createAttempt(db, assignment.moduleId, { id: ana.id, number: 1 });
		await saveFinalResponse(db, ana1.id, graded('q1', 2, 2));
		await saveFinalResponse(db, ana1.id, graded('q2', 3, 3));
		await finishAttempt(db, ana1.id);
		const ana2 = await createAttempt(db, assignment.moduleId, { id: ana.id, number: 2 });
		await saveDraftResponse(db, ana2.id, graded('q1', 1, 2));

		const ben1 = await createAttempt(db, assignment.moduleId, { id: ben.id, number: 1 });
		for (const id of ['q1', 'q2', 'q3']) await saveDraftResponse(db, ben1.id, graded(id, 1, 2));
		await finishAttempt(db, ben1.id);
		const dee1 = await createAttempt(db, assignment.moduleId, { id: dee.id, number: 1 });
		await saveDraftResponse(db, dee1.id, graded('q1', 2, 2));

		const progress = await assignmentProgress(db, assignment.id);
		expect(progress.map((p) => p.displayName)).toEqual(['Ana', 'Ben', 'Cai']);
		const [a, b, c] = progress;
		expect(a).toEqual({
			id: ana.id,
			displayName: 'Ana',
			joinedAt: ana.createdAt,
			attempt: 2,
			answered: 1,
			// Attempt 2 is not submitted: the finished attempt 1 counts.
			counted: 1,
			score: 5,
			max: 5,
			countedFinished: true,
			submittedAt: null
		});
		expect(b).toMatchObject({ id: ben.id, attempt: 1, answered: 3, counted: 1, score: 3, max: 6, countedFinished: true });
		expect(b.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(c).toEqual({
			id: cai.id,
			displayName: 'Cai',
			joinedAt: cai.createdAt,
			attempt: 0,
			answered: 0,
			counted: 0,
			score: 0,
			max: 0,
			countedFinished: false,
			submittedAt: null
		});
		for (const p of progress) {
			for (const n of [p.attempt, p.answered, p.counted, p.score, p.max]) expect(typeof n).toBe('number');
		}
		expect(summarize(progress)).toEqual({ joined: 3, started: 2, submitted: 1 });
	});

	it('is empty for an assignment without learners or an unknown one', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		expect(await assignmentProgress(db, assignment.id)).toEqual([]);
		expect(await assignmentProgress(db, crypto.randomUUID())).toEqual([]);
		expect(summarize([])).toEqual({ joined: 0, started: 0, submitted: 0 });
	});
});
