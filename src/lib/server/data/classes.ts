import type { DB } from '../db/index';
import { compiledOnce } from '../db/compiled';
import type { Assignment, ClassInfo, ReviewMode } from '$lib/teaching/types';
import type { AssignmentTable } from '../db/schema';
import { newJoinCode } from '$lib/teaching/codes';
import { defaultGrading, type GradingMethod } from '$lib/teaching/policy';
import { now } from '$lib/teaching/time';

/*
 * Every read and write here is scoped by the teacher's id: a teacher reaches
 * only their own classes and assignments, and anyone else's id is "not found".
 */


export async function createClass(db: DB, teacherId: string, name: string): Promise<ClassInfo> {
	const row = { id: crypto.randomUUID(), teacher_id: teacherId, name, created_at: now() };
	await db.insertInto('class').values(row).execute();
	return { id: row.id, name, createdAt: row.created_at };
}

export async function listClasses(db: DB, teacherId: string) {
	const rows = await db
		.selectFrom('class')
		.leftJoin('assignment', 'assignment.class_id', 'class.id')
		.select(['class.id', 'class.name', 'class.created_at'])
		.select((eb) => eb.fn.count<number>('assignment.id').as('assignments'))
		.where('class.teacher_id', '=', teacherId)
		.groupBy(['class.id', 'class.name', 'class.created_at'])
		.orderBy('class.created_at', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, assignments: Number(r.assignments) }));
}

export async function findClass(db: DB, teacherId: string, classId: string): Promise<ClassInfo | undefined> {
	const row = await db
		.selectFrom('class')
		.selectAll()
		.where('id', '=', classId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function renameClass(db: DB, teacherId: string, classId: string, name: string): Promise<boolean> {
	const result = await db
		.updateTable('class')
		.set({ name })
		.where('id', '=', classId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function deleteClass(db: DB, teacherId: string, classId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('class')
		.where('id', '=', classId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export const toAssignment = (row: AssignmentTable): Assignment => ({
	id: row.id,
	classId: row.class_id,
	moduleId: row.module_id,
	name: row.name,
	code: row.code,
	opensAt: row.opens_at,
	closesAt: row.closes_at,
	attemptsAllowed: row.attempts_allowed,
	review: row.review,
	grading: row.grading,
	createdAt: row.created_at,
	moduleVersion: row.module_version ?? null
});

export interface NewAssignment {
	moduleId: string;
	/** An authored module's version (the newest when it is assigned); left out for a file module. */
	moduleVersion?: number | null;
	/** Never empty: the page gives the default (assignment-name.ts) when the teacher gives none. */
	name: string;
	opensAt: string | null;
	closesAt: string | null;
	attemptsAllowed: number;
	review: ReviewMode;
	/** Which attempt counts; the highest-scoring one unless said. */
	grading?: GradingMethod;
}

/** Creates an assignment in one of the teacher's classes, or returns undefined if the class is not theirs. */
export async function createAssignment(
	db: DB,
	teacherId: string,
	classId: string,
	input: NewAssignment
): Promise<Assignment | undefined> {
	if (!(await findClass(db, teacherId, classId))) return undefined;
	// A clash of six-character codes is rare; the unique index catches it and we draw again.
	for (let tries = 0; tries < 5; tries++) {
		const row: AssignmentTable = {
			id: crypto.randomUUID(),
			class_id: classId,
			module_id: input.moduleId,
			name: input.name,
			code: newJoinCode(),
			opens_at: input.opensAt,
			closes_at: input.closesAt,
			attempts_allowed: input.attemptsAllowed,
			review: input.review,
			grading: input.grading ?? defaultGrading,
			created_at: now(),
			module_version: input.moduleVersion ?? null
		};
		const existing = await db.selectFrom('assignment').select('id').where('code', '=', row.code).executeTakeFirst();
		if (existing) continue;
		await db.insertInto('assignment').values(row).execute();
		return toAssignment(row);
	}
	throw new Error('Could not draw a free join code');
}

export async function listAssignments(db: DB, teacherId: string, classId: string) {
	const rows = await db
		.selectFrom('assignment')
		.innerJoin('class', 'class.id', 'assignment.class_id')
		.selectAll('assignment')
		.select((eb) =>
			eb
				.selectFrom('learner')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('learner.assignment_id', '=', 'assignment.id')
				.as('learners')
		)
		.where('class.teacher_id', '=', teacherId)
		.where('assignment.class_id', '=', classId)
		.orderBy('assignment.created_at', 'desc')
		.execute();
	return rows.map((row) => ({ ...toAssignment(row), learners: Number(row.learners ?? 0) }));
}

/** The assignment with its class, if it belongs to this teacher. */
export async function findAssignment(db: DB, teacherId: string, assignmentId: string) {
	const row = await db
		.selectFrom('assignment')
		.innerJoin('class', 'class.id', 'assignment.class_id')
		.selectAll('assignment')
		.select(['class.name as class_name'])
		.where('assignment.id', '=', assignmentId)
		.where('class.teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row && { ...toAssignment(row), className: row.class_name };
}

/** Compiled once: every learner's request looks its assignment up (db/compiled.ts). */
const assignmentByCode = compiledOnce(['code'], (db: DB, p) =>
	db.selectFrom('assignment').selectAll().where('code', '=', p.code)
);

export async function findAssignmentByCode(db: DB, code: string): Promise<Assignment | undefined> {
	const [row] = (await assignmentByCode(db, { code })).rows;
	return row && toAssignment(row);
}

export interface Schedule {
	opensAt: string | null;
	closesAt: string | null;
	attemptsAllowed: number;
}

/** Changes when an assignment opens and closes, and how many attempts it allows; false if it is not the teacher's. */
export async function updateAssignmentSchedule(
	db: DB,
	teacherId: string,
	assignmentId: string,
	changes: Partial<Schedule>
): Promise<boolean> {
	if (!(await findAssignment(db, teacherId, assignmentId))) return false;
	await db
		.updateTable('assignment')
		.set({ opens_at: changes.opensAt, closes_at: changes.closesAt, attempts_allowed: changes.attemptsAllowed })
		.where('id', '=', assignmentId)
		.execute();
	return true;
}

/** Renames the teacher's assignment; false if it is not theirs. */
export async function renameAssignment(db: DB, teacherId: string, assignmentId: string, name: string): Promise<boolean> {
	if (!(await findAssignment(db, teacherId, assignmentId))) return false;
	await db.updateTable('assignment').set({ name }).where('id', '=', assignmentId).execute();
	return true;
}

/**
 * A new assignment in the same class, of the same module with the same
 * settings (attempts, feedback, which attempt counts), under a new join code
 * and with no learners; undefined if the original is not the teacher's. The
 * times are not copied: a copy is made for another group or another day, and
 * the original's times (often past by then) would make it closed at birth. It
 * is open from now until the teacher closes it or sets times, like a new
 * assignment whose times were left empty.
 */
export async function duplicateAssignment(
	db: DB,
	teacherId: string,
	assignmentId: string,
	name: string
): Promise<Assignment | undefined> {
	const original = await findAssignment(db, teacherId, assignmentId);
	if (!original) return undefined;
	return createAssignment(db, teacherId, original.classId, {
		moduleId: original.moduleId,
		moduleVersion: original.moduleVersion,
		name,
		opensAt: null,
		closesAt: null,
		attemptsAllowed: original.attemptsAllowed,
		review: original.review,
		grading: original.grading
	});
}

export async function deleteAssignment(db: DB, teacherId: string, assignmentId: string): Promise<boolean> {
	if (!(await findAssignment(db, teacherId, assignmentId))) return false;
	await db.deleteFrom('assignment').where('id', '=', assignmentId).execute();
	return true;
}
