import { expect, it } from 'vitest';
import { createAttempt, findAttempt, listResponses, saveFinalResponse } from './attempts';
import { createAssignment, createClass, updateAssignmentSchedule } from './classes';
import { deletePracticeAttempt, keyHeldBack, purgePracticeAttempts } from './practice';
import { describeStores, seedAssignment, seedLearner } from './test-db';
import type { ReviewMode } from '$lib/teaching/types';

describeStores('practice', (store) => {
	/** A module id no other test of this file uses, so each test sees only its own assignments. */
	const freshModule = () => `module-${crypto.randomUUID()}`;

	async function assign(moduleId: string, review: ReviewMode, attemptsAllowed: number, closesAt: string | null = null) {
		const teacher = `teacher-${crypto.randomUUID()}`;
		const cls = await createClass(store().db, teacher, 'Year 9');
		const assignment = await createAssignment(store().db, teacher, cls.id, {
			moduleId,
			name: 'Practice test',
			opensAt: null,
			closesAt,
			attemptsAllowed,
			review
		});
		return { ...assignment!, teacher };
	}

	it('holds the key back while an assignment with deferred feedback, or several attempts, is not closed', async () => {
		const { db } = store();
		for (const [review, attempts, held] of [
			['after-submit', 1, true],
			['after-close', 1, true],
			['after-item', 2, true],
			['after-item', 1, false]
		] as const) {
			const moduleId = freshModule();
			expect(await keyHeldBack(db, moduleId)).toBe(false);
			await assign(moduleId, review, attempts);
			expect(await keyHeldBack(db, moduleId), `${review}, ${attempts} attempt(s)`).toBe(held);
		}
	});

	it('lets the key go once the assignment is closed by its teacher or by its closing time', async () => {
		const { db } = store();
		const moduleId = freshModule();
		const later = new Date(Date.now() + 60 * 60 * 1000).toISOString();
		const a = await assign(moduleId, 'after-close', 1, later);
		expect(await keyHeldBack(db, moduleId)).toBe(true);
		// The same closing time, seen from after it.
		expect(await keyHeldBack(db, moduleId, new Date(Date.now() + 2 * 60 * 60 * 1000))).toBe(false);
		// Closed now by the teacher.
		await updateAssignmentSchedule(db, a.teacher, a.id, { closesAt: new Date(Date.now() - 1000).toISOString() });
		expect(await keyHeldBack(db, moduleId)).toBe(false);
		// Another module's assignments never count.
		await assign(freshModule(), 'after-submit', 1);
		expect(await keyHeldBack(db, moduleId)).toBe(false);
		// An assignment not open yet holds it back already.
		const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const cls = await createClass(db, teacher, 'Year 9');
		await createAssignment(db, teacher, cls.id, { moduleId, name: 'Tomorrow', opensAt: tomorrow, closesAt: null, attemptsAllowed: 1, review: 'after-submit' });
		expect(await keyHeldBack(db, moduleId)).toBe(true);
	});

	it('deletes practice attempts older than the cutoff with their answers, and nothing else', async () => {
		const { db } = store();
		const old = await createAttempt(db, 'm');
		await saveFinalResponse(db, old.id, { itemId: 'q1', answer: 1, score: 1, max: 1 });
		const fresh = await createAttempt(db, 'm');
		const assignment = await seedAssignment(db);
		const { learner } = await seedLearner(db, assignment.id, 'Ana');
		const learners = await createAttempt(db, 'm', { id: learner.id, number: 1 });
		const longAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString();
		await db.updateTable('attempt').set({ created_at: longAgo }).where('id', 'in', [old.id, learners.id]).execute();

		expect(await purgePracticeAttempts(db, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000))).toBeGreaterThanOrEqual(1);
		expect(await findAttempt(db, old.id)).toBeUndefined();
		expect(await listResponses(db, old.id)).toEqual([]);
		expect(await findAttempt(db, fresh.id)).toBeDefined();
		// A learner's attempt in an assignment is never practice, however old.
		expect(await findAttempt(db, learners.id)).toBeDefined();
		expect(await purgePracticeAttempts(db, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000))).toBe(0);
	});

	it('deletes one practice attempt when the learner starts over, never an assignment’s', async () => {
		const { db } = store();
		const practice = await createAttempt(db, 'm');
		const assignment = await seedAssignment(db);
		const { learner } = await seedLearner(db, assignment.id, 'Ben');
		const graded = await createAttempt(db, 'm', { id: learner.id, number: 1 });
		await deletePracticeAttempt(db, practice.id);
		await deletePracticeAttempt(db, graded.id);
		expect(await findAttempt(db, practice.id)).toBeUndefined();
		expect(await findAttempt(db, graded.id)).toBeDefined();
	});
});
