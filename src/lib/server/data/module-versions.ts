import type { DB } from '../db/index';
import type { ModuleVersionTable, Visibility } from '../db/schema';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import type { ModuleSource } from '$lib/modules/source';
import { now } from '$lib/teaching/time';
import { findOwnModule, type WorkingCopy } from './authored-modules';

/*
 * The published versions of authored modules. A version is written once and never changed: an
 * assignment keeps the version it was made with, so every answer is graded against the key it was
 * given under. Publishing compiles the working copy with every rule of a key.ts and makes a new
 * version only when the source differs from the newest.
 */

export interface ModuleVersion {
	moduleId: string;
	version: number;
	title: string;
	/** The source as published, with the module's id. */
	source: ModuleSource;
	publishedAt: string;
}

const toVersion = (row: ModuleVersionTable): ModuleVersion => ({
	moduleId: row.module_id,
	version: row.version,
	title: row.title,
	source: { id: row.module_id, ...(JSON.parse(row.source) as WorkingCopy) },
	publishedAt: row.published_at
});

/** JSON with every object's keys in order, so that two equal sources compare equal as text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

/** A module's newest version, whoever asks: callers decide who may see it (catalog.ts). */
export async function newestVersion(db: DB, moduleId: string): Promise<ModuleVersion | undefined> {
	const row = await db
		.selectFrom('module_version')
		.selectAll()
		.where('module_id', '=', moduleId)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row && toVersion(row);
}

/** One version of a module. */
export async function findVersion(db: DB, moduleId: string, version: number): Promise<ModuleVersion | undefined> {
	const row = await db
		.selectFrom('module_version')
		.selectAll()
		.where('module_id', '=', moduleId)
		.where('version', '=', version)
		.executeTakeFirst();
	return row && toVersion(row);
}

export type PublishResult =
	| { ok: true; version: number; created: boolean }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'stale'; revision: number }
	| { ok: false; reason: 'problems'; problems: string[] };

/**
 * Publishes the owner's working copy: refused with the compile step's problems when it does not
 * compile; a new version (newest + 1) when it differs from the newest, else the newest as it is
 * (`created: false`). With `revision`, what is published must be the revision the teacher saw.
 */
export async function publishModule(
	db: DB,
	ownerId: string,
	moduleId: string,
	revision?: number
): Promise<PublishResult> {
	return db.transaction().execute(async (trx) => {
		// Writing the module's row first (a no-op) makes two publishes of one module take turns, as joining
		// does (learners.ts): on PostgreSQL it locks the row, on SQLite it takes the write lock.
		await trx
			.updateTable('authored_module')
			.set((eb) => ({ revision: eb.ref('revision') }))
			.where('id', '=', moduleId)
			.where('owner_id', '=', ownerId)
			.execute();
		const module = await findOwnModule(trx, ownerId, moduleId);
		if (!module) return { ok: false, reason: 'not-found' } as const;
		if (revision !== undefined && revision !== module.revision) {
			return { ok: false, reason: 'stale', revision: module.revision } as const;
		}
		const compiled = compileSource({ id: moduleId, ...module.working }, renderMarkdown);
		if (!compiled.ok) return { ok: false, reason: 'problems', problems: compiled.problems } as const;
		const newest = await newestVersion(trx, moduleId);
		const { id: _id, ...published } = newest?.source ?? { id: '' };
		if (newest && canonical(published) === canonical(module.working)) {
			return { ok: true, version: newest.version, created: false } as const;
		}
		const version = (newest?.version ?? 0) + 1;
		await trx
			.insertInto('module_version')
			.values({
				module_id: moduleId,
				version,
				title: compiled.module.title,
				source: JSON.stringify(module.working),
				published_at: now()
			})
			.execute();
		return { ok: true, version, created: true } as const;
	});
}

export interface ModuleListing {
	id: string;
	title: string;
	visibility: Visibility;
	/** Whether the teacher who asked wrote it (and may edit it). */
	own: boolean;
	/** The newest published version; null for one of the teacher's own never published. */
	version: number | null;
	/** The name of the teacher who wrote it; null when the account is gone. */
	ownerName: string | null;
	updatedAt: string;
}

/**
 * The authored modules a teacher may use: their own (published or not), and other teachers' shared
 * and public ones that have a version. Titles are the working copy's for their own, the newest
 * version's for others'.
 */
export async function listModules(db: DB, teacherId: string): Promise<ModuleListing[]> {
	const rows = await db
		.selectFrom('authored_module as m')
		.leftJoin('module_version as v', (join) =>
			join
				.onRef('v.module_id', '=', 'm.id')
				.on((eb) =>
					eb(
						'v.version',
						'=',
						eb.selectFrom('module_version as w').select((w) => w.fn.max('w.version').as('n')).whereRef('w.module_id', '=', 'm.id')
					)
				)
		)
		.leftJoin('user as u', 'u.id', 'm.owner_id')
		.select([
			'm.id',
			'm.owner_id',
			'm.title',
			'm.visibility',
			'm.updated_at',
			'v.version',
			'v.title as published_title',
			'u.name as owner_name'
		])
		.where((eb) =>
			eb.or([eb('m.owner_id', '=', teacherId), eb.and([eb('m.visibility', '<>', 'private'), eb('v.version', 'is not', null)])])
		)
		.orderBy('m.updated_at', 'desc')
		.execute();
	return rows.map((row) => {
		const own = row.owner_id === teacherId;
		return {
			id: row.id,
			title: (own ? row.title : row.published_title) ?? row.title,
			visibility: row.visibility,
			own,
			version: row.version === null ? null : Number(row.version),
			ownerName: row.owner_name,
			updatedAt: row.updated_at
		};
	});
}

/** The public authored modules and their newest versions: the authored part of the practice catalog. */
export async function publicModules(db: DB): Promise<Array<{ id: string; version: number }>> {
	const rows = await db
		.selectFrom('authored_module as m')
		.innerJoin('module_version as v', 'v.module_id', 'm.id')
		.select(['m.id'])
		.select((eb) => eb.fn.max('v.version').as('version'))
		.where('m.visibility', '=', 'public')
		.groupBy('m.id')
		.orderBy('m.id')
		.execute();
	return rows.map((row) => ({ id: row.id, version: Number(row.version) }));
}
