import { expect, it } from 'vitest';
import { isCode } from '$lib/teaching/codes';
import { attemptsOf, createAttempt, findAttempt, listResponses, saveDraftResponse, saveFinalResponse } from './attempts';
import { deleteLearner, devicePeers, joinAssignment, learnerByToken, listLearners, rejoinAssignment } from './learners';
import { describeStores, pause, seedAssignment, seedLearner } from './test-db';

describeStores('learners', (store) => {
	const newAssignment = () => seedAssignment(store().db);
	const join = (assignmentId: string, name: string) => seedLearner(store().db, assignmentId, name);

	it('joins a learner, who is then known by the device token', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana Lima');
		expect(learner).toMatchObject({ assignmentId: assignment.id, displayName: 'Ana Lima' });
		expect(isCode(learner.resumeCode, 8)).toBe(true);
		expect(token.length).toBeGreaterThanOrEqual(40);
		expect(await learnerByToken(db, assignment.id, token)).toEqual(learner);
	});

	it('does not store the token itself', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana');
		const row = await db.selectFrom('learner').selectAll().where('id', '=', learner.id).executeTakeFirstOrThrow();
		expect(Object.values(row)).not.toContain(token);
		expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('knows a token only in its own assignment, and no made-up token', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const { token } = await join(assignment.id, 'Ana');
		expect(await learnerByToken(db, other.id, token)).toBeUndefined();
		expect(await learnerByToken(db, assignment.id, `${token}x`)).toBeUndefined();
		expect(await learnerByToken(db, assignment.id, '')).toBeUndefined();
	});

	it('refuses a name already taken in the assignment, whatever its case and spacing', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		await join(assignment.id, 'Ana Lima');
		for (const name of ['Ana Lima', 'ana lima', '  ANA   LIMA ', 'Ana\tLima']) {
			expect(await joinAssignment(db, assignment.id, name)).toEqual({ ok: false, reason: 'name-taken' });
		}
		expect((await listLearners(db, assignment.id)).map((l) => l.displayName)).toEqual(['Ana Lima']);
	});

	it('lets the same name join another assignment', async () => {
		const assignment = await newAssignment();
		const other = await newAssignment();
		await join(assignment.id, 'Ana');
		const again = await joinAssignment(store().db, other.id, 'Ana');
		expect(again.ok).toBe(true);
	});

	it('lets only one of two simultaneous joins under one name through', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const results = await Promise.all(['Ben', 'ben', 'BEN ', ' Ben'].map((name) => joinAssignment(db, assignment.id, name)));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await listLearners(db, assignment.id)).toHaveLength(1);
	});

	it('lets a learner back in with the right resume code; the old token stops working', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana Lima');
		const back = await rejoinAssignment(db, assignment.id, ' ana  LIMA', learner.resumeCode);
		expect(back?.learner).toEqual(learner);
		expect(back!.token).not.toBe(token);
		expect(await learnerByToken(db, assignment.id, back!.token)).toEqual(learner);
		expect(await learnerByToken(db, assignment.id, token)).toBeUndefined();
	});

	it('refuses a rejoin with a wrong resume code, an unknown name or in another assignment, and keeps the token', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana');
		const { learner: ben } = await join(assignment.id, 'Ben');
		const wrong = learner.resumeCode === 'AAAAAAAA' ? 'CCCCCCCC' : 'AAAAAAAA';
		expect(await rejoinAssignment(db, assignment.id, 'Ana', wrong)).toBeUndefined();
		expect(await rejoinAssignment(db, assignment.id, 'Ana', ben.resumeCode)).toBeUndefined();
		expect(await rejoinAssignment(db, assignment.id, 'Ana', learner.resumeCode.toLowerCase())).toBeUndefined();
		expect(await rejoinAssignment(db, assignment.id, 'Nobody', learner.resumeCode)).toBeUndefined();
		expect(await rejoinAssignment(db, other.id, 'Ana', learner.resumeCode)).toBeUndefined();
		expect(await learnerByToken(db, assignment.id, token)).toEqual(learner);
	});

	it('lists learners in the order they joined', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		for (const name of ['Cai', 'Ana', 'Ben']) {
			await join(assignment.id, name);
			await pause(2);
		}
		await join((await newAssignment()).id, 'Dee');
		expect((await listLearners(db, assignment.id)).map((l) => l.displayName)).toEqual(['Cai', 'Ana', 'Ben']);
	});

	it('deletes a learner with every attempt and answer of theirs, and nobody else’s', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const { learner: ana, token } = await join(assignment.id, 'Ana');
		const { learner: ben } = await join(assignment.id, 'Ben');
		const ana1 = await createAttempt(db, assignment.moduleId, { id: ana.id, number: 1 });
		const ana2 = await createAttempt(db, assignment.moduleId, { id: ana.id, number: 2 });
		const ben1 = await createAttempt(db, assignment.moduleId, { id: ben.id, number: 1 });
		const graded = { itemId: 'no-threat', answer: { speaker: 'putin', mode: 'direct-quote' }, score: 2, max: 2 };
		await saveFinalResponse(db, ana1.id, graded);
		await saveDraftResponse(db, ana2.id, graded);
		await saveDraftResponse(db, ben1.id, graded);

		expect(await deleteLearner(db, assignment.id, ana.id)).toBe(true);

		expect(await listLearners(db, assignment.id)).toEqual([ben]);
		expect(await learnerByToken(db, assignment.id, token)).toBeUndefined();
		expect(await attemptsOf(db, ana.id)).toEqual([]);
		expect(await findAttempt(db, ana1.id)).toBeUndefined();
		expect(await findAttempt(db, ana2.id)).toBeUndefined();
		const orphans = await db
			.selectFrom('response')
			.select('attempt_id')
			.where('attempt_id', 'in', [ana1.id, ana2.id])
			.execute();
		expect(orphans).toEqual([]);
		expect(await listResponses(db, ben1.id)).toHaveLength(1);
		expect(await attemptsOf(db, ben.id)).toHaveLength(1);

		expect(await deleteLearner(db, assignment.id, ana.id)).toBe(false);
	});

	it('deletes a learner only through their own assignment', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const { learner } = await join(assignment.id, 'Ana');
		expect(await deleteLearner(db, other.id, learner.id)).toBe(false);
		expect(await listLearners(db, assignment.id)).toEqual([learner]);
	});

	it('keeps only the hash of the device cookie, and names who else joined on the same device', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const device = 'd'.repeat(43);
		const throwaway = await joinAssignment(db, assignment.id, 'Throwaway', device);
		await pause(2);
		const real = await joinAssignment(db, assignment.id, 'Real Name', device);
		const elsewhere = await joinAssignment(db, assignment.id, 'Cai', 'c'.repeat(43));
		const unknown = await joinAssignment(db, assignment.id, 'Dee');
		// The same device in another assignment is that assignment's business.
		await joinAssignment(db, other.id, 'Eve', device);
		if (!throwaway.ok || !real.ok || !elsewhere.ok || !unknown.ok) throw new Error('could not join');

		const row = await db.selectFrom('learner').selectAll().where('id', '=', real.learner.id).executeTakeFirstOrThrow();
		expect(Object.values(row)).not.toContain(device);
		expect(row.device_hash).toMatch(/^[0-9a-f]{64}$/);

		const peers = await devicePeers(db, assignment.id);
		expect(peers.get(real.learner.id)).toEqual(['Throwaway']);
		expect(peers.get(throwaway.learner.id)).toEqual(['Real Name']);
		expect(peers.has(elsewhere.learner.id)).toBe(false);
		expect(peers.has(unknown.learner.id)).toBe(false);
		expect([...(await devicePeers(db, other.id)).keys()]).toEqual([]);
	});
});
