import { beforeAll, expect, it } from 'vitest';
import {
	createModule,
	emptyWorkingCopy,
	findOwnModule,
	findUsableModule,
	MAX_WORKING_COPY_CHARS,
	moduleVisibility,
	saveWorkingCopy,
	setVisibility,
	type WorkingCopy
} from './authored-modules';
import { findVersion, listModules, newestVersion, publishModule } from './module-versions';
import { libraryClosureCopy } from './authored-fixture';
import { addAuthTables, describeStores } from './test-db';

const newTeacher = () => `teacher-${crypto.randomUUID()}`;

/** The fixture's copy with its title changed: a change worth a new version. */
const retitled = (copy: WorkingCopy, title: string): WorkingCopy => ({ ...copy, key: { ...copy.key, title } });

describeStores('authored modules', (store) => {
	// Lists name each module's teacher from better-auth's user table.
	beforeAll(() => addAuthTables(store()));

	async function newModule(owner: string, copy: WorkingCopy = libraryClosureCopy()) {
		const created = await createModule(store().db, owner, copy);
		if (!created.ok) throw new Error(created.problem);
		return created.module;
	}

	it('creates a private module at revision 1, which only its owner finds', async () => {
		const { db } = store();
		const owner = newTeacher();
		const module = await newModule(owner, emptyWorkingCopy('Council vote'));
		expect(module).toMatchObject({ ownerId: owner, visibility: 'private', title: 'Council vote', revision: 1 });
		expect(await findOwnModule(db, owner, module.id)).toEqual(module);
		expect(await findOwnModule(db, newTeacher(), module.id)).toBeUndefined();
		expect(await findUsableModule(db, newTeacher(), module.id)).toBeUndefined();
		expect(await findUsableModule(db, owner, module.id)).toMatchObject({ id: module.id, visibility: 'private' });
	});

	// Ids come from URLs: PostgreSQL refuses a text with a NUL byte with an error, which was a 500 on the item editor.
	it('finds nothing for an id no module can have, on every store', async () => {
		const { db } = store();
		const owner = newTeacher();
		await newModule(owner);
		for (const id of ['\u0000', 'a\u0000b', 'not-an-id']) {
			expect(await findOwnModule(db, owner, id), JSON.stringify(id)).toBeUndefined();
			expect(await findUsableModule(db, owner, id), JSON.stringify(id)).toBeUndefined();
			expect(await moduleVisibility(db, id), JSON.stringify(id)).toBeUndefined();
		}
	});

	it('saves on the revision it was loaded at; a save on an older revision is refused, not written', async () => {
		const { db } = store();
		const owner = newTeacher();
		const module = await newModule(owner);
		const first = await saveWorkingCopy(db, owner, module.id, retitled(module.working, 'Tab one'), 1);
		expect(first).toEqual({ ok: true, revision: 2 });
		// A second tab, still on revision 1.
		const second = await saveWorkingCopy(db, owner, module.id, retitled(module.working, 'Tab two'), 1);
		expect(second).toEqual({ ok: false, reason: 'stale', revision: 2 });
		const kept = await findOwnModule(db, owner, module.id);
		expect(kept).toMatchObject({ title: 'Tab one', revision: 2 });
		expect(kept?.working.key.title).toBe('Tab one');
		expect(kept?.working.documents).toEqual(module.working.documents);
	});

	it('refuses saves by another teacher, of another shape, or too large', async () => {
		const { db } = store();
		const owner = newTeacher();
		const module = await newModule(owner);
		expect(await saveWorkingCopy(db, newTeacher(), module.id, module.working, 1)).toEqual({ ok: false, reason: 'not-found' });
		expect(await saveWorkingCopy(db, owner, crypto.randomUUID(), module.working, 1)).toEqual({ ok: false, reason: 'not-found' });
		const odd = { ...module.working, documents: { a: 3 } } as unknown as WorkingCopy;
		expect(await saveWorkingCopy(db, owner, module.id, odd, 1)).toMatchObject({ ok: false, reason: 'invalid' });
		const huge = { ...module.working, documents: { a: 'x'.repeat(MAX_WORKING_COPY_CHARS) } };
		expect(await saveWorkingCopy(db, owner, module.id, huge, 1)).toEqual({ ok: false, reason: 'invalid', problem: 'too large' });
		expect((await findOwnModule(db, owner, module.id))?.revision).toBe(1);
		expect(await createModule(db, owner, odd)).toMatchObject({ ok: false });
	});

	it('publishes only what compiles, with the compile step’s messages', async () => {
		const { db } = store();
		const owner = newTeacher();
		const copy = libraryClosureCopy();
		const item = copy.key.items[0] as unknown as Record<string, unknown>;
		item.speaker = 'mayor';
		const module = await newModule(owner, copy);
		const refused = await publishModule(db, owner, module.id);
		expect(refused).toEqual({
			ok: false,
			reason: 'problems',
			problems: [`quizzes/${module.id}/key.ts: item ${String(item.id)} (${String(item.kind)}): unknown speaker "mayor"`]
		});
		expect(await newestVersion(db, module.id)).toBeUndefined();
	});

	it('makes a new version only when the source changed; an old version never changes', async () => {
		const { db } = store();
		const owner = newTeacher();
		const module = await newModule(owner);
		expect(await publishModule(db, newTeacher(), module.id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await publishModule(db, owner, module.id, 1)).toEqual({ ok: true, version: 1, created: true });
		expect(await publishModule(db, owner, module.id)).toEqual({ ok: true, version: 1, created: false });

		await saveWorkingCopy(db, owner, module.id, retitled(module.working, 'A library closes, revised'), 1);
		expect(await publishModule(db, owner, module.id, 1)).toEqual({ ok: false, reason: 'stale', revision: 2 });
		expect(await publishModule(db, owner, module.id, 2)).toEqual({ ok: true, version: 2, created: true });

		const [first, newest] = [await findVersion(db, module.id, 1), await newestVersion(db, module.id)];
		expect(first).toMatchObject({ version: 1, title: 'Test module: a library closes' });
		expect(first?.source).toEqual({ id: module.id, ...module.working });
		expect(newest).toMatchObject({ version: 2, title: 'A library closes, revised' });
		expect(newest?.source.key.title).toBe('A library closes, revised');
	});

	it('lists a teacher’s own modules, and others’ shared and public ones once published', async () => {
		const { db } = store();
		const [me, other] = [newTeacher(), newTeacher()];
		const mine = await newModule(me, emptyWorkingCopy('Mine, a draft'));
		const hidden = await newModule(other);
		const sharedDraft = await newModule(other);
		const shared = await newModule(other);
		const open = await newModule(other);
		for (const m of [hidden, shared, open]) await publishModule(db, other, m.id);
		await setVisibility(db, other, sharedDraft.id, 'shared');
		await setVisibility(db, other, shared.id, 'shared');
		await setVisibility(db, other, open.id, 'public');
		// The owner's later edits stay in the working copy: others see the published title.
		await saveWorkingCopy(db, other, shared.id, retitled(shared.working, 'Unpublished title'), 1);
		expect(await setVisibility(db, me, open.id, 'private')).toBe(false);

		const listed = (await listModules(db, me)).map(({ id, title, visibility, own, version }) => ({
			id,
			title,
			visibility,
			own,
			version
		}));
		expect(listed).toHaveLength(3);
		expect(listed).toEqual(
			expect.arrayContaining([
				{ id: open.id, title: 'Test module: a library closes', visibility: 'public', own: false, version: 1 },
				{ id: shared.id, title: 'Test module: a library closes', visibility: 'shared', own: false, version: 1 },
				{ id: mine.id, title: 'Mine, a draft', visibility: 'private', own: true, version: null }
			])
		);
		expect((await listModules(db, other)).map((l) => l.title)).toContain('Unpublished title');
	});
});
