import { beforeAll, expect, it } from 'vitest';
import { findModule } from './content';
import {
	moduleAt,
	originOf,
	practiceModuleById,
	practiceModules,
	teacherCatalog,
	teacherModule,
	titleAt
} from './catalog';
import { createModule, saveWorkingCopy, setVisibility, type WorkingCopy } from './data/authored-modules';
import { publishModule } from './data/module-versions';
import { keyHeldBack } from './data/practice';
import { libraryClosureCopy } from './data/authored-fixture';
import { addAuthTables, describeStores, seedAssignment, seedTeacherAccount } from './data/test-db';

const newTeacher = () => `teacher-${crypto.randomUUID()}`;
const FILE_MODULE = 'putin-press-conference-2021';

describeStores('catalog', (store) => {
	// The catalog names each module's teacher from better-auth's user table.
	beforeAll(() => addAuthTables(store()));

	/** A module of `owner`'s, published as version 1, then changed (an explanation) and published as version 2. */
	async function twoVersions(owner: string) {
		const { db } = store();
		const created = await createModule(db, owner, libraryClosureCopy());
		if (!created.ok) throw new Error(created.problem);
		const { id, working } = created.module;
		await publishModule(db, owner, id);
		const changed: WorkingCopy = structuredClone(working);
		(changed.key.items[0] as { explanation: string }).explanation = 'The second version’s explanation.';
		await saveWorkingCopy(db, owner, id, changed, 1);
		await publishModule(db, owner, id);
		return id;
	}

	it('finds file modules as before, and each version of an authored module, compiled once', async () => {
		const { db } = store();
		expect(await moduleAt(db, FILE_MODULE, null)).toBe(findModule(FILE_MODULE));
		const id = await twoVersions(newTeacher());
		const [first, second] = [await moduleAt(db, id, 1), await moduleAt(db, id, 2)];
		expect(first).toMatchObject({ id, version: 1, title: 'Test module: a library closes' });
		expect((first?.items[0] as { explanation: string }).explanation).not.toBe('The second version’s explanation.');
		expect((second?.items[0] as { explanation: string }).explanation).toBe('The second version’s explanation.');
		expect(await moduleAt(db, id, 1)).toBe(first);
		expect(await moduleAt(db, id, 3)).toBeUndefined();
		expect(await titleAt(db, 'gone', null)).toBe('Module “gone” (no longer on this server)');
	});

	it('does not remember a version asked for before it was published', async () => {
		const { db } = store();
		const owner = newTeacher();
		const id = await twoVersions(owner);
		expect(await moduleAt(db, id, 3)).toBeUndefined();
		const working = libraryClosureCopy();
		working.key.title = 'Third';
		// Versions 1 and 2 are the fixture and its change: a third source makes version 3.
		await saveWorkingCopy(db, owner, id, working, 2);
		expect(await publishModule(db, owner, id)).toMatchObject({ version: 3, created: true });
		expect(await moduleAt(db, id, 3)).toMatchObject({ id, version: 3, title: 'Third' });
	});

	it('gives a teacher file modules, their own, and others’ shared and public ones; never others’ private', async () => {
		const { db } = store();
		const [me, other] = [newTeacher(), newTeacher()];
		const mine = await twoVersions(me);
		const theirs = await twoVersions(other);
		expect(await teacherModule(db, me, FILE_MODULE)).toBe(findModule(FILE_MODULE));
		expect(await teacherModule(db, me, mine)).toMatchObject({ id: mine, version: 2 });
		expect(await teacherModule(db, me, mine, 1)).toMatchObject({ id: mine, version: 1 });
		expect(await teacherModule(db, me, theirs)).toBeUndefined();
		expect(await teacherModule(db, me, theirs, 1)).toBeUndefined();
		expect((await teacherCatalog(db, me)).map((m) => m.id)).not.toContain(theirs);

		await setVisibility(db, other, theirs, 'shared');
		expect(await teacherModule(db, me, theirs)).toMatchObject({ id: theirs, version: 2 });
		const catalog = await teacherCatalog(db, me);
		expect(catalog.find((m) => m.id === FILE_MODULE)).toMatchObject({ version: null, own: false });
		expect(catalog.find((m) => m.id === mine)).toMatchObject({
			version: 2,
			own: true,
			items: libraryClosureCopy().key.items.length
		});
		expect(catalog.find((m) => m.id === theirs)).toMatchObject({ version: 2, own: false });
	});

	it('says whose each module is: built in, the teacher’s own copy, a colleague’s by name, with its version', async () => {
		const { db } = store();
		const [me, colleague] = [
			await seedTeacherAccount(store(), 'Ms Rivera'),
			await seedTeacherAccount(store(), 'Mr Okafor')
		];
		const theirs = await twoVersions(colleague);
		await setVisibility(db, colleague, theirs, 'shared');
		// An imported copy: the same module, the same title, written as the viewer's own.
		const copy = await createModule(db, me, libraryClosureCopy());
		if (!copy.ok) throw new Error(copy.problem);
		await publishModule(db, me, copy.module.id);
		const catalog = await teacherCatalog(db, me);
		expect(catalog.find((m) => m.id === FILE_MODULE)).toMatchObject({ version: null, own: false, ownerName: null });
		expect(catalog.find((m) => m.id === copy.module.id)).toMatchObject({
			version: 1,
			own: true,
			ownerName: 'Ms Rivera'
		});
		expect(catalog.find((m) => m.id === theirs)).toMatchObject({ version: 2, own: false, ownerName: 'Mr Okafor' });
		expect(catalog.find((m) => m.id === theirs)?.title).toBe(catalog.find((m) => m.id === copy.module.id)?.title);
		// The module's own page says it too, at the version it shows.
		expect(await originOf(db, me, (await teacherModule(db, me, theirs, 1))!)).toEqual({
			version: 1,
			own: false,
			ownerName: 'Mr Okafor'
		});
		expect(await originOf(db, me, (await teacherModule(db, me, FILE_MODULE))!)).toMatchObject({ version: null });
		// A teacher whose account is gone (no user row) leaves a module without a name, not a failed list.
		const gone = newTeacher();
		const nameless = await twoVersions(gone);
		await setVisibility(db, gone, nameless, 'shared');
		expect((await teacherCatalog(db, me)).find((m) => m.id === nameless)).toMatchObject({
			own: false,
			ownerName: null
		});
	});

	// Module ids come from URLs: PostgreSQL refuses a text with a NUL byte with an error (a 500 on /modules/%00).
	it('finds no module for an id no module can have, on every store, without asking the database', async () => {
		const { db } = store();
		const me = newTeacher();
		await twoVersions(me);
		for (const id of ['\u0000', 'a\u0000b', 'not-an-id', '']) {
			expect(await teacherModule(db, me, id), JSON.stringify(id)).toBeUndefined();
			expect(await teacherModule(db, me, id, 1), JSON.stringify(id)).toBeUndefined();
			expect(await practiceModuleById(db, id), JSON.stringify(id)).toBeUndefined();
		}
	});

	it('practises public authored modules at their newest version, paused like file modules', async () => {
		const { db } = store();
		const owner = newTeacher();
		const id = await twoVersions(owner);
		expect(await practiceModuleById(db, id)).toBeUndefined();
		await setVisibility(db, owner, id, 'shared');
		expect(await practiceModuleById(db, id)).toBeUndefined();
		expect((await practiceModules(db)).map((m) => m.id)).not.toContain(id);

		await setVisibility(db, owner, id, 'public');
		expect(await practiceModuleById(db, id)).toMatchObject({ id, version: 2, practice: true });
		expect((await practiceModules(db)).find((m) => m.id === id)).toMatchObject({ version: 2, practice: true });
		// The cached compiled version is not changed by being practised.
		expect((await moduleAt(db, id, 2))?.practice).toBe(false);

		expect(await keyHeldBack(db, id)).toBe(false);
		await seedAssignment(db, { moduleId: id, teacherId: owner, review: 'after-submit' });
		expect(await keyHeldBack(db, id)).toBe(true);
	});
});
