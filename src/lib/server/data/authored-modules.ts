import * as v from 'valibot';
import type { DB } from '../db/index';
import type { AuthoredModuleTable, Visibility } from '../db/schema';
import type { ModuleSource } from '$lib/modules/source';
import { now } from '$lib/teaching/time';
import { isId } from '../forms';

/*
 * Modules teachers write in the browser: the working copy the editor saves. Only the owner reads
 * or changes a working copy; what other teachers and learners use are its published versions
 * (module-versions.ts). Another teacher's module, and a module that does not exist, are alike
 * "not found", so that ids cannot be probed.
 */

export type { Visibility };
export const visibilities: readonly Visibility[] = ['private', 'shared', 'public'];

/** An authored module as the editor holds it: everything of a ModuleSource but its id. */
export type WorkingCopy = Omit<ModuleSource, 'id'>;

export interface AuthoredModule {
	id: string;
	ownerId: string;
	visibility: Visibility;
	title: string;
	working: WorkingCopy;
	/** Send it back with the next save: a save made on an older revision is refused. */
	revision: number;
	createdAt: string;
	updatedAt: string;
}

/** A working copy over this size (as JSON) is refused: two long articles and many items take a tenth of it. */
export const MAX_WORKING_COPY_CHARS = 2_000_000;

/**
 * The shape a working copy must have to be stored. Its key may be unfinished (the editor saves as the
 * teacher types); publishing compiles it (compileSource) with every rule of a key.ts.
 */
export const workingCopySchema = v.strictObject({
	key: v.looseObject({}),
	documents: v.record(v.string(), v.string()),
	prose: v.strictObject({ intro: v.string(), debrief: v.string(), teacherNotes: v.string() })
});

/** A new module's working copy: an empty key the editor fills in. */
export const emptyWorkingCopy = (title: string): WorkingCopy => ({
	key: { title, summary: '', minutes: 10, sources: [] as never, speakers: {}, items: [] },
	documents: {},
	prose: { intro: '', debrief: '', teacherNotes: '' }
});

const titleOf = (copy: WorkingCopy) => (typeof copy.key.title === 'string' ? copy.key.title : '');

/** The copy as stored, or why it cannot be. */
function serialise(copy: unknown): { ok: true; json: string; copy: WorkingCopy } | { ok: false; problem: string } {
	const parsed = v.safeParse(workingCopySchema, copy);
	if (!parsed.success) return { ok: false, problem: `not a module: ${v.summarize(parsed.issues)}` };
	const json = JSON.stringify(parsed.output);
	if (json.length > MAX_WORKING_COPY_CHARS) return { ok: false, problem: 'too large' };
	return { ok: true, json, copy: parsed.output as unknown as WorkingCopy };
}

export const toAuthoredModule = (row: AuthoredModuleTable): AuthoredModule => ({
	id: row.id,
	ownerId: row.owner_id,
	visibility: row.visibility,
	title: row.title,
	working: JSON.parse(row.working) as WorkingCopy,
	revision: row.revision,
	createdAt: row.created_at,
	updatedAt: row.updated_at
});

export type CreateResult = { ok: true; module: AuthoredModule } | { ok: false; problem: string };

/** A new private module of the teacher's, at revision 1. */
export async function createModule(db: DB, ownerId: string, copy: WorkingCopy): Promise<CreateResult> {
	const stored = serialise(copy);
	if (!stored.ok) return stored;
	const at = now();
	const row: AuthoredModuleTable = {
		id: crypto.randomUUID(),
		owner_id: ownerId,
		visibility: 'private',
		title: titleOf(stored.copy),
		working: stored.json,
		revision: 1,
		created_at: at,
		updated_at: at
	};
	await db.insertInto('authored_module').values(row).execute();
	return { ok: true, module: toAuthoredModule(row) };
}

/** The teacher's own module with its working copy, for the editor; undefined for anyone else's. */
export async function findOwnModule(db: DB, ownerId: string, moduleId: string): Promise<AuthoredModule | undefined> {
	// Ids come from URLs; every module's is a UUID, and PostgreSQL answers some other strings (a NUL byte) with an error.
	if (!isId(moduleId)) return undefined;
	const row = await db
		.selectFrom('authored_module')
		.selectAll()
		.where('id', '=', moduleId)
		.where('owner_id', '=', ownerId)
		.executeTakeFirst();
	return row && toAuthoredModule(row);
}

export type SaveResult =
	| { ok: true; revision: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'stale'; revision: number }
	| { ok: false; reason: 'invalid'; problem: string };

/**
 * Saves the working copy made on revision `revision`. One conditional update: if another tab or
 * another save got there first, the revision has moved on and this save is refused with the
 * current revision ('stale'), never written over the other.
 */
export async function saveWorkingCopy(
	db: DB,
	ownerId: string,
	moduleId: string,
	copy: WorkingCopy,
	revision: number
): Promise<SaveResult> {
	const stored = serialise(copy);
	if (!stored.ok) return { ok: false, reason: 'invalid', problem: stored.problem };
	const result = await db
		.updateTable('authored_module')
		.set({ working: stored.json, title: titleOf(stored.copy), revision: revision + 1, updated_at: now() })
		.where('id', '=', moduleId)
		.where('owner_id', '=', ownerId)
		.where('revision', '=', revision)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) return { ok: true, revision: revision + 1 };
	const current = await findOwnModule(db, ownerId, moduleId);
	return current ? { ok: false, reason: 'stale', revision: current.revision } : { ok: false, reason: 'not-found' };
}

/** Sets who may use the module; false when it is not the teacher's. */
export async function setVisibility(db: DB, ownerId: string, moduleId: string, visibility: Visibility) {
	if (!visibilities.includes(visibility)) throw new Error(`unknown visibility ${String(visibility)}`);
	const result = await db
		.updateTable('authored_module')
		.set({ visibility })
		.where('id', '=', moduleId)
		.where('owner_id', '=', ownerId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * The module if the teacher may use it (assign it, read its published versions): their own, or
 * another teacher's shared or public one. Undefined for anyone else's private module.
 */
export async function findUsableModule(db: DB, teacherId: string, moduleId: string) {
	if (!isId(moduleId)) return undefined;
	return db
		.selectFrom('authored_module')
		.select(['id', 'owner_id as ownerId', 'visibility'])
		.where('id', '=', moduleId)
		.where((eb) => eb.or([eb('owner_id', '=', teacherId), eb('visibility', '<>', 'private')]))
		.executeTakeFirst();
}

/** Who may use the module, whoever asks (for public practice); undefined when there is none. */
export async function moduleVisibility(db: DB, moduleId: string): Promise<Visibility | undefined> {
	if (!isId(moduleId)) return undefined;
	const row = await db.selectFrom('authored_module').select('visibility').where('id', '=', moduleId).executeTakeFirst();
	return row?.visibility;
}
