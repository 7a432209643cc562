import { expect, it } from 'vitest';
import { isCode } from '$lib/teaching/codes';
import {
	createAssignment,
	createClass,
	deleteAssignment,
	deleteClass,
	duplicateAssignment,
	findAssignment,
	findAssignmentByCode,
	findClass,
	listAssignments,
	listClasses,
	renameAssignment,
	renameClass,
	updateAssignmentSchedule,
	type NewAssignment
} from './classes';
import { joinAssignment, listLearners } from './learners';
import { describeStores } from './test-db';
import { fillAssignmentNames } from '../db/migrations';
import type { Kysely } from 'kysely';

const input = (over: Partial<NewAssignment> = {}): NewAssignment => ({
	moduleId: 'putin-press-conference-2021',
	name: 'Week 3',
	opensAt: null,
	closesAt: null,
	attemptsAllowed: 1,
	review: 'after-submit',
	...over
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeStores('classes', (store) => {
	const newTeacher = () => `teacher-${crypto.randomUUID()}`;

	async function assignmentOf(teacher: string, over: Partial<NewAssignment> = {}) {
		const { db } = store();
		const cls = await createClass(store().db, teacher, 'Class');
		const assignment = await createAssignment(db, teacher, cls.id, input(over));
		if (!assignment) throw new Error('no assignment');
		return { cls, assignment };
	}

	it('creates classes and lists a teacher’s own, newest first, with assignment counts as numbers', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const older = await createClass(db, teacher, 'Year 9');
		await pause(3);
		const newer = await createClass(db, teacher, 'Year 10');
		await createClass(db, newTeacher(), 'Someone else’s');
		await createAssignment(db, teacher, newer.id, input());
		await createAssignment(db, teacher, newer.id, input());

		const classes = await listClasses(db, teacher);
		expect(classes).toEqual([
			{ id: newer.id, name: 'Year 10', createdAt: newer.createdAt, assignments: 2 },
			{ id: older.id, name: 'Year 9', createdAt: older.createdAt, assignments: 0 }
		]);
		expect(await listClasses(db, newTeacher())).toEqual([]);
	});

	it('finds, renames and deletes the teacher’s own class', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const cls = await createClass(db, teacher, 'Year 9');
		expect(await findClass(db, teacher, cls.id)).toEqual(cls);
		expect(await renameClass(db, teacher, cls.id, 'Year 9b')).toBe(true);
		expect((await findClass(db, teacher, cls.id))?.name).toBe('Year 9b');
		expect(await deleteClass(db, teacher, cls.id)).toBe(true);
		expect(await findClass(db, teacher, cls.id)).toBeUndefined();
		expect(await deleteClass(db, teacher, cls.id)).toBe(false);
		expect(await renameClass(db, teacher, cls.id, 'gone')).toBe(false);
	});

	it('never lets a teacher reach another teacher’s class', async () => {
		const { db } = store();
		const owner = newTeacher();
		const intruder = newTeacher();
		await createClass(db, intruder, 'Intruder’s own');
		const { cls, assignment } = await assignmentOf(owner);

		expect(await findClass(db, intruder, cls.id)).toBeUndefined();
		expect(await renameClass(db, intruder, cls.id, 'Hacked')).toBe(false);
		expect(await deleteClass(db, intruder, cls.id)).toBe(false);
		expect(await createAssignment(db, intruder, cls.id, input())).toBeUndefined();
		expect(await listAssignments(db, intruder, cls.id)).toEqual([]);
		expect((await listClasses(db, intruder)).map((c) => c.name)).toEqual(['Intruder’s own']);

		// Nothing changed for the owner.
		expect(await findClass(db, owner, cls.id)).toEqual({ ...cls, name: 'Class' });
		expect((await listAssignments(db, owner, cls.id)).map((a) => a.id)).toEqual([assignment.id]);
	});

	it('never lets a teacher reach another teacher’s assignment', async () => {
		const { db } = store();
		const owner = newTeacher();
		const intruder = newTeacher();
		const { assignment } = await assignmentOf(owner, { opensAt: '2030-01-01T08:00:00.000Z' });

		expect(await findAssignment(db, intruder, assignment.id)).toBeUndefined();
		expect(
			await updateAssignmentSchedule(db, intruder, assignment.id, { opensAt: null, closesAt: '2000-01-01T00:00:00.000Z' })
		).toBe(false);
		expect(await deleteAssignment(db, intruder, assignment.id)).toBe(false);

		const unchanged = await findAssignment(db, owner, assignment.id);
		expect(unchanged).toEqual({ ...assignment, className: 'Class' });
	});

	it('creates an assignment with a fresh join code, found by that code', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { cls, assignment } = await assignmentOf(teacher, {
			attemptsAllowed: 3,
			review: 'after-close',
			opensAt: '2030-01-01T08:00:00.000Z',
			closesAt: '2030-01-02T08:00:00.000Z'
		});
		expect(assignment).toMatchObject({
			classId: cls.id,
			moduleId: 'putin-press-conference-2021',
			attemptsAllowed: 3,
			review: 'after-close',
			opensAt: '2030-01-01T08:00:00.000Z',
			closesAt: '2030-01-02T08:00:00.000Z'
		});
		expect(isCode(assignment.code, 6)).toBe(true);
		const byCode = await findAssignmentByCode(db, assignment.code);
		expect(byCode).toEqual(assignment);
		expect(typeof byCode!.attemptsAllowed).toBe('number');
		expect(await findAssignmentByCode(db, 'XXXXXX')).toBeUndefined();
	});

	it('lists a class’s assignments newest first, with learner counts as numbers', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { cls, assignment: first } = await assignmentOf(teacher);
		await pause(3);
		const second = (await createAssignment(db, teacher, cls.id, input({ review: 'after-item' })))!;
		await joinAssignment(db, first.id, 'Ana');
		await joinAssignment(db, first.id, 'Ben');

		const listed = await listAssignments(db, teacher, cls.id);
		expect(listed).toEqual([
			{ ...second, learners: 0 },
			{ ...first, learners: 2 }
		]);
	});

	it('changes an assignment’s times', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { assignment } = await assignmentOf(teacher);
		const times = { opensAt: '2030-03-01T09:00:00.000Z', closesAt: '2030-03-08T09:00:00.000Z' };
		expect(await updateAssignmentSchedule(db, teacher, assignment.id, times)).toBe(true);
		expect(await findAssignment(db, teacher, assignment.id)).toMatchObject(times);
		expect(await updateAssignmentSchedule(db, teacher, assignment.id, { opensAt: null, closesAt: null })).toBe(true);
		expect(await findAssignment(db, teacher, assignment.id)).toMatchObject({ opensAt: null, closesAt: null });
	});

	it('changes the attempts allowed and only what it is given', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { assignment } = await assignmentOf(teacher);
		const times = { opensAt: '2030-03-01T09:00:00.000Z', closesAt: '2030-03-08T09:00:00.000Z' };
		await updateAssignmentSchedule(db, teacher, assignment.id, times);
		expect(await updateAssignmentSchedule(db, teacher, assignment.id, { attemptsAllowed: 5 })).toBe(true);
		const changed = await findAssignment(db, teacher, assignment.id);
		expect(changed).toMatchObject({ ...assignment, ...times, attemptsAllowed: 5 });
		await updateAssignmentSchedule(db, teacher, assignment.id, { closesAt: null });
		expect(await findAssignment(db, teacher, assignment.id)).toEqual({ ...changed, closesAt: null });
	});

	it('deletes an assignment with its learners', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { cls, assignment } = await assignmentOf(teacher);
		await joinAssignment(db, assignment.id, 'Ana');
		expect(await deleteAssignment(db, teacher, assignment.id)).toBe(true);
		expect(await findAssignment(db, teacher, assignment.id)).toBeUndefined();
		expect(await findAssignmentByCode(db, assignment.code)).toBeUndefined();
		expect(await listLearners(db, assignment.id)).toEqual([]);
		expect(await deleteAssignment(db, teacher, assignment.id)).toBe(false);
		expect(await findClass(db, teacher, cls.id)).toBeDefined();
	});

	it('deleting a class deletes its assignments and their learners', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { cls, assignment } = await assignmentOf(teacher);
		await joinAssignment(db, assignment.id, 'Ana');
		expect(await deleteClass(db, teacher, cls.id)).toBe(true);
		expect(await findAssignmentByCode(db, assignment.code)).toBeUndefined();
		expect(await listLearners(db, assignment.id)).toEqual([]);
	});

	it('stores which attempt counts: the highest-scoring unless the teacher chose another', async () => {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const cls = await createClass(db, teacher, 'Year 9');
		const plain = await createAssignment(db, teacher, cls.id, input());
		expect(plain?.grading).toBe('highest');
		const first = await createAssignment(db, teacher, cls.id, input({ grading: 'first' }));
		expect(first?.grading).toBe('first');
		expect((await findAssignment(db, teacher, first!.id))?.grading).toBe('first');
		expect((await findAssignmentByCode(db, first!.code))?.grading).toBe('first');
	});

	it('names an assignment, renames it for its teacher only, and lists it by name', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { cls, assignment } = await assignmentOf(teacher, { name: 'Week 3' });
		expect(assignment.name).toBe('Week 3');
		expect(await renameAssignment(db, newTeacher(), assignment.id, 'Taken over')).toBe(false);
		expect(await renameAssignment(db, teacher, assignment.id, 'Week 3, group B')).toBe(true);
		expect((await findAssignment(db, teacher, assignment.id))?.name).toBe('Week 3, group B');
		expect((await findAssignmentByCode(db, assignment.code))?.name).toBe('Week 3, group B');
		expect((await listAssignments(db, teacher, cls.id)).map((a) => a.name)).toEqual(['Week 3, group B']);
	});

	it('duplicates an assignment: same module and settings, new code, no learners, no times', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const times = { opensAt: '2026-01-01T08:00:00.000Z', closesAt: '2026-01-02T08:00:00.000Z' };
		const { cls, assignment } = await assignmentOf(teacher, {
			...times,
			attemptsAllowed: 3,
			review: 'after-close',
			grading: 'first'
		});
		await joinAssignment(db, assignment.id, 'Ana');
		expect(await duplicateAssignment(db, newTeacher(), assignment.id, 'Stolen')).toBeUndefined();
		const copy = await duplicateAssignment(db, teacher, assignment.id, 'Week 3 (copy)');
		expect(copy).toMatchObject({
			classId: cls.id,
			moduleId: assignment.moduleId,
			name: 'Week 3 (copy)',
			opensAt: null,
			closesAt: null,
			attemptsAllowed: 3,
			review: 'after-close',
			grading: 'first'
		});
		expect(copy!.id).not.toBe(assignment.id);
		expect(copy!.code).not.toBe(assignment.code);
		expect(await listLearners(db, copy!.id)).toEqual([]);
		expect(await listLearners(db, assignment.id)).toHaveLength(1);
		// The original is as it was.
		expect(await findAssignment(db, teacher, assignment.id)).toMatchObject({ ...times, name: 'Week 3' });
	});

	it('names assignments that have no name as the migration does: the module’s title (or id) and the day', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const { assignment: known } = await assignmentOf(teacher);
		const { assignment: gone } = await assignmentOf(teacher, { moduleId: 'no-longer-here' });
		const { assignment: named } = await assignmentOf(teacher, { name: 'Kept' });
		const at = '2026-12-01T23:30:00.000Z';
		await db.updateTable('assignment').set({ name: '', created_at: at }).where('id', 'in', [known.id, gone.id]).execute();
		await fillAssignmentNames(db as unknown as Kysely<unknown>, {
			moduleTitle: (id) => (id === known.moduleId ? 'Two reports' : undefined),
			timeZone: 'Europe/Berlin'
		});
		expect((await findAssignment(db, teacher, known.id))?.name).toBe('Two reports · 2 Dec 2026');
		expect((await findAssignment(db, teacher, gone.id))?.name).toBe('no-longer-here · 2 Dec 2026');
		expect((await findAssignment(db, teacher, named.id))?.name).toBe('Kept');
	});
});
