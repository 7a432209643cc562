import { expect, it } from 'vitest';
import { createModule, saveWorkingCopy, setVisibility } from './authored-modules';
import { assignmentVersion, moveToNewestVersion } from './assignment-version';
import { createAttempt } from './attempts';
import { createAssignment, createClass, duplicateAssignment, findAssignment } from './classes';
import { publishModule } from './module-versions';
import { libraryClosureCopy } from './authored-fixture';
import { describeStores, seedAssignment, seedLearner } from './test-db';

const newTeacher = () => `teacher-${crypto.randomUUID()}`;

describeStores('assignment versions', (store) => {
	/** A published module of `owner` and an assignment of its version 1 by `teacher`; then version 2. */
	async function setUp(owner = newTeacher(), teacher = owner) {
		const { db } = store();
		const created = await createModule(db, owner, libraryClosureCopy());
		if (!created.ok) throw new Error(created.problem);
		const module = created.module;
		await publishModule(db, owner, module.id);
		await setVisibility(db, owner, module.id, 'shared');
		const cls = await createClass(db, teacher, 'Year 9');
		const assignment = await createAssignment(db, teacher, cls.id, {
			moduleId: module.id,
			moduleVersion: 1,
			name: 'Week 1',
			opensAt: null,
			closesAt: null,
			attemptsAllowed: 1,
			review: 'after-submit'
		});
		if (!assignment) throw new Error('no assignment');
		const copy = { ...module.working, key: { ...module.working.key, minutes: 7 } };
		await saveWorkingCopy(db, owner, module.id, copy, 1);
		await publishModule(db, owner, module.id);
		return { module, assignment, teacher, owner };
	}

	it('keeps the version an assignment was made with, and its copies keep it too', async () => {
		const { db } = store();
		const { assignment, teacher } = await setUp();
		expect(assignment.moduleVersion).toBe(1);
		expect((await findAssignment(db, teacher, assignment.id))?.moduleVersion).toBe(1);
		expect((await duplicateAssignment(db, teacher, assignment.id, 'Copy'))?.moduleVersion).toBe(1);
	});

	it('moves an unstarted assignment to the newest version, once', async () => {
		const { db } = store();
		const { assignment, teacher } = await setUp();
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: true, version: 2, moved: true });
		expect((await findAssignment(db, teacher, assignment.id))?.moduleVersion).toBe(2);
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: true, version: 2, moved: false });
	});

	it('refuses once a learner has started, and keeps the version', async () => {
		const { db } = store();
		const { assignment, teacher, module } = await setUp();
		const learner = await seedLearner(db, assignment.id, 'Ana');
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: true, version: 2, moved: true });
		// Back to an older version is never offered; start on 2, then publish 3.
		await createAttempt(db, module.id, { id: learner.learner.id, number: 1 });
		const copy = { ...module.working, key: { ...module.working.key, minutes: 9 } };
		await saveWorkingCopy(db, teacher, module.id, copy, 2);
		expect(await publishModule(db, teacher, module.id)).toMatchObject({ version: 3 });
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: false, reason: 'started' });
		expect((await findAssignment(db, teacher, assignment.id))?.moduleVersion).toBe(2);
	});

	it('answers not found to another teacher, and to a module made private since', async () => {
		const { db } = store();
		const { assignment, owner, teacher, module } = await setUp(newTeacher(), newTeacher());
		expect(await moveToNewestVersion(db, owner, assignment.id)).toEqual({ ok: false, reason: 'not-found' });
		await setVisibility(db, owner, module.id, 'private');
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: false, reason: 'not-found' });
		expect((await findAssignment(db, teacher, assignment.id))?.moduleVersion).toBe(1);
	});

	it('has no versions for a file module', async () => {
		const { db } = store();
		const teacher = newTeacher();
		const assignment = await seedAssignment(db, { teacherId: teacher });
		expect(assignment.moduleVersion).toBeNull();
		expect(await moveToNewestVersion(db, teacher, assignment.id)).toEqual({ ok: false, reason: 'file-module' });
	});

	it('tells the page which version an assignment uses, the newest, and whether it has started', async () => {
		const { db } = store();
		const { assignment, teacher, owner, module } = await setUp(newTeacher(), newTeacher());
		expect(await assignmentVersion(db, teacher, assignment.id)).toEqual({ version: 1, newest: 2, started: false });
		// Joining is not starting: only an attempt is.
		const learner = await seedLearner(db, assignment.id, 'Ana');
		expect(await assignmentVersion(db, teacher, assignment.id)).toMatchObject({ started: false });
		await createAttempt(db, module.id, { id: learner.learner.id, number: 1 });
		expect(await assignmentVersion(db, teacher, assignment.id)).toEqual({ version: 1, newest: 2, started: true });
		// Another teacher's assignment, and a file module's, have none to show.
		expect(await assignmentVersion(db, owner, assignment.id)).toBeNull();
		expect(await assignmentVersion(db, teacher, (await seedAssignment(db, { teacherId: teacher })).id)).toBeNull();
		// Made private since: nothing newer is the teacher's to move to.
		await setVisibility(db, owner, module.id, 'private');
		expect(await assignmentVersion(db, teacher, assignment.id)).toEqual({ version: 1, newest: 1, started: true });
	});
});
