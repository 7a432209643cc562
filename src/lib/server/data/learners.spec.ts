import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { isCode } from '$lib/teaching/codes';
import { attemptsOf, createAttempt, findAttempt, listResponses, saveDraftResponse, saveFinalResponse } from './attempts';
import { findAssignmentByCode } from './classes';
import {
	countLearnersWithoutAnswers,
	DEFAULT_ROSTER_CAP,
	deleteLearner,
	devicePeers,
	findAssignmentByRetiredCode,
	joinAssignment,
	learnerByToken,
	learnerWithAttempts,
	listLearners,
	rejoinAssignment,
	removeLearners,
	removeLearnersWithoutAnswers,
	rosterCapFrom,
	rotateJoinCode
} from './learners';
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

	it('finds the learner a token names with their attempts in order, in one statement', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana');
		const { learner: ben } = await join(assignment.id, 'Ben');
		await db.deleteFrom('attempt').where('learner_id', '=', learner.id).execute();
		expect(await learnerWithAttempts(db, assignment.id, token)).toEqual({ learner, attempts: [] });
		const second = await createAttempt(db, assignment.moduleId, { id: learner.id, number: 2 });
		const first = await createAttempt(db, assignment.moduleId, { id: learner.id, number: 1 });
		await createAttempt(db, assignment.moduleId, { id: ben.id, number: 3 });
		const found = await learnerWithAttempts(db, assignment.id, token);
		expect(found).toEqual({ learner, attempts: [first, second] });
		expect(found?.attempts).toEqual(await attemptsOf(db, learner.id));
		expect(await learnerWithAttempts(db, other.id, token)).toBeUndefined();
		expect(await learnerWithAttempts(db, assignment.id, `${token}x`)).toBeUndefined();
	});

	it('does not store the token itself', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const { learner, token } = await join(assignment.id, 'Ana');
		const row = await db.selectFrom('learner').selectAll().where('id', '=', learner.id).executeTakeFirstOrThrow();
		expect(Object.values(row)).not.toContain(token);
		// SHA-256 in hex, as every stored hash was written: another encoding would lock out every learner.
		expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
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

	// ------------------------------------------------------------------ the roster cap

	it('takes learners up to the cap, then refuses with "full"; a taken name is still told apart', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		for (const name of ['Ana', 'Ben', 'Cai']) expect((await joinAssignment(db, assignment.id, name, { cap: 3 })).ok).toBe(true);
		expect(await joinAssignment(db, assignment.id, 'Dee', { cap: 3 })).toEqual({ ok: false, reason: 'full' });
		expect(await joinAssignment(db, assignment.id, 'ana', { cap: 3 })).toEqual({ ok: false, reason: 'name-taken' });
		expect(await listLearners(db, assignment.id)).toHaveLength(3);
		// The cap is per assignment, and the default is the documented one.
		expect((await joinAssignment(db, (await newAssignment()).id, 'Dee', { cap: 3 })).ok).toBe(true);
		expect(DEFAULT_ROSTER_CAP).toBe(200);
	});

	it('never goes over the cap, however many join at once', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const results = await Promise.all(Array.from({ length: 25 }, (_, n) => joinAssignment(db, assignment.id, `Bot ${n}`, { cap: 10 })));
		expect(results.filter((r) => r.ok)).toHaveLength(10);
		expect(results.filter((r) => !r.ok && r.reason === 'full')).toHaveLength(15);
		expect(await listLearners(db, assignment.id)).toHaveLength(10);
	});

	it('reads the cap from its setting, and refuses a setting it cannot read', () => {
		expect(rosterCapFrom(undefined)).toBe(DEFAULT_ROSTER_CAP);
		expect(rosterCapFrom('')).toBe(DEFAULT_ROSTER_CAP);
		expect(rosterCapFrom('35')).toBe(35);
		for (const bad of ['0', '-1', '1.5', 'lots', '1e3', '200000']) expect(() => rosterCapFrom(bad), bad).toThrow(/LEARNERS_PER_ASSIGNMENT/);
	});

	// ------------------------------------------------------------------ removing learners in bulk

	/** An assignment with Ana (answered), Ben (a draft), Cai and Dee (nothing; Dee with a second, empty attempt). */
	async function rosterOf(teacherId: string) {
		const { db } = store();
		const assignment = await seedAssignment(db, { teacherId });
		const joined = [];
		for (const name of ['Ana', 'Ben', 'Cai', 'Dee']) joined.push(await join(assignment.id, name));
		const [ana, ben, cai, dee] = joined;
		const graded = { itemId: 'no-threat', answer: { speaker: 'putin', mode: 'direct-quote' }, score: 2, max: 2 };
		const first = await createAttempt(db, assignment.moduleId, { id: ana.learner.id, number: 1 });
		await saveFinalResponse(db, first.id, graded);
		const draft = await createAttempt(db, assignment.moduleId, { id: ben.learner.id, number: 1 });
		await saveDraftResponse(db, draft.id, graded);
		await createAttempt(db, assignment.moduleId, { id: cai.learner.id, number: 1 });
		return { assignment, ana: ana.learner, ben: ben.learner, cai: cai.learner, dee: dee.learner };
	}

	it('counts and removes the learners who have not answered anything, with their attempts, and nobody else', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const { assignment, ana, ben, cai } = await rosterOf(teacher);
		const other = await rosterOf(teacher);
		expect(await countLearnersWithoutAnswers(db, teacher, assignment.id)).toBe(2);
		expect(await removeLearnersWithoutAnswers(db, teacher, assignment.id)).toBe(2);
		expect((await listLearners(db, assignment.id)).map((l) => l.displayName).sort()).toEqual(['Ana', 'Ben']);
		expect(await attemptsOf(db, cai.id)).toEqual([]);
		expect(await attemptsOf(db, ana.id)).toHaveLength(1);
		expect(await attemptsOf(db, ben.id)).toHaveLength(1);
		expect(await countLearnersWithoutAnswers(db, teacher, assignment.id)).toBe(0);
		expect(await removeLearnersWithoutAnswers(db, teacher, assignment.id)).toBe(0);
		// The teacher's other assignment is untouched.
		expect(await listLearners(db, other.assignment.id)).toHaveLength(4);
	});

	it('removes the chosen learners of the assignment, ignoring ids of other assignments and of nobody', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const { assignment, ana, cai } = await rosterOf(teacher);
		const other = await rosterOf(teacher);
		const removed = await removeLearners(db, teacher, assignment.id, [ana.id, cai.id, other.ben.id, crypto.randomUUID()]);
		expect(removed).toBe(2);
		expect((await listLearners(db, assignment.id)).map((l) => l.displayName).sort()).toEqual(['Ben', 'Dee']);
		expect(await attemptsOf(db, ana.id)).toEqual([]);
		expect(await listLearners(db, other.assignment.id)).toHaveLength(4);
		expect(await removeLearners(db, teacher, assignment.id, [])).toBe(0);
	});

	it('removes in slices: more ids than one statement would take', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const { assignment, dee } = await rosterOf(teacher);
		const ids = [...Array.from({ length: 1200 }, () => crypto.randomUUID()), dee.id];
		expect(await removeLearners(db, teacher, assignment.id, ids)).toBe(1);
	});

	it('changes no other teacher’s roster, whatever ids are given', async () => {
		const { db } = store();
		const owner = `teacher-${crypto.randomUUID()}`;
		const { assignment, ana, cai, dee } = await rosterOf(owner);
		const stranger = `teacher-${crypto.randomUUID()}`;
		expect(await removeLearners(db, stranger, assignment.id, [ana.id, cai.id])).toBe(0);
		expect(await countLearnersWithoutAnswers(db, stranger, assignment.id)).toBe(0);
		expect(await removeLearnersWithoutAnswers(db, stranger, assignment.id)).toBe(0);
		expect(await rotateJoinCode(db, stranger, assignment.id)).toBeUndefined();
		expect((await listLearners(db, assignment.id)).map((l) => l.id)).toContain(dee.id);
		expect(await listLearners(db, assignment.id)).toHaveLength(4);
		expect((await findAssignmentByCode(db, assignment.code))?.id).toBe(assignment.id);
	});

	// ------------------------------------------------------------------ a new join code

	it('gives the assignment a new join code; the old one finds it only as a retired code', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const assignment = await seedAssignment(db, { teacherId: teacher });
		const { learner, token } = await join(assignment.id, 'Ana');
		const code = await rotateJoinCode(db, teacher, assignment.id);
		expect(code && isCode(code, 6)).toBe(true);
		expect(code).not.toBe(assignment.code);
		expect((await findAssignmentByCode(db, code!))?.id).toBe(assignment.id);
		expect(await findAssignmentByCode(db, assignment.code)).toBeUndefined();
		expect((await findAssignmentByRetiredCode(db, assignment.code))?.id).toBe(assignment.id);
		expect((await findAssignmentByRetiredCode(db, assignment.code))?.code).toBe(code);
		// The learners already in keep their place.
		expect(await learnerByToken(db, assignment.id, token)).toEqual(learner);
		// Again: both earlier codes stay retired for it.
		const third = await rotateJoinCode(db, teacher, assignment.id);
		expect(third).not.toBe(code);
		expect((await findAssignmentByRetiredCode(db, code!))?.id).toBe(assignment.id);
		expect((await findAssignmentByRetiredCode(db, assignment.code))?.id).toBe(assignment.id);
		expect(await findAssignmentByRetiredCode(db, third!)).toBeUndefined();
	});

	it('forgets an assignment’s retired codes when it is deleted', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const assignment = await seedAssignment(db, { teacherId: teacher });
		await rotateJoinCode(db, teacher, assignment.id);
		await db.deleteFrom('assignment').where('id', '=', assignment.id).execute();
		expect(await findAssignmentByRetiredCode(db, assignment.code)).toBeUndefined();
		const left = await db.selectFrom('retired_code').select('code').where('assignment_id', '=', assignment.id).execute();
		expect(left).toEqual([]);
	});

	it('keeps only the hash of the device cookie, and names who else joined on the same device', async () => {
		const { db } = store();
		const assignment = await newAssignment();
		const other = await newAssignment();
		const device = 'd'.repeat(43);
		const throwaway = await joinAssignment(db, assignment.id, 'Throwaway', { deviceId: device });
		await pause(2);
		const real = await joinAssignment(db, assignment.id, 'Real Name', { deviceId: device });
		const elsewhere = await joinAssignment(db, assignment.id, 'Cai', { deviceId: 'c'.repeat(43) });
		const unknown = await joinAssignment(db, assignment.id, 'Dee');
		// The same device in another assignment is that assignment's business.
		await joinAssignment(db, other.id, 'Eve', { deviceId: device });
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
