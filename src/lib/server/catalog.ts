import type { DB } from './db/index';
import type { QuizModule } from '$lib/modules/module';
import type { ModuleOrigin } from '$lib/teaching/module-origin';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import { findModule, modules } from './content';
import { findUsableModule, moduleVisibility } from './data/authored-modules';
import { findVersion, listModules, newestVersion, publicModules, type ModuleListing } from './data/module-versions';

/*
 * Every module the app serves, of both origins: file modules (quizzes/, compiled at start, no
 * version) and the published versions of modules teachers wrote (data/module-versions.ts). A
 * version never changes, so its compiled form is cached by (id, version): a cache, not state, as
 * every server compiles the same module from the same row. Who may see what is decided here, where
 * the data is loaded: a teacher uses file modules, their own, and others' shared and public ones;
 * practice takes file modules that say so and public authored ones.
 */

const CACHED = 200;
const compiled = new Map<string, Promise<QuizModule | undefined>>();

/** Compiles a version once; the least recently used are dropped past CACHED. */
function compiledVersion(db: DB, id: string, version: number): Promise<QuizModule | undefined> {
	const key = `${id}\u0000${version}`;
	let found = compiled.get(key);
	if (found) {
		compiled.delete(key);
	} else {
		found = findVersion(db, id, version).then((row) => {
			if (!row) return undefined;
			const result = compileSource(row.source, renderMarkdown);
			// It compiled when it was published: only a change of the compile rules since can refuse it.
			if (!result.ok) {
				console.error(`Module ${id} version ${version} no longer compiles:\n  ${result.problems.join('\n  ')}`);
				return undefined;
			}
			return { ...result.module, version, practice: false };
		});
		// Only a compiled version is kept: a version not published yet may be soon, and a failed read is read again.
		found.then(
			(module) => module || compiled.delete(key),
			() => compiled.delete(key)
		);
	}
	compiled.set(key, found);
	if (compiled.size > CACHED) compiled.delete(compiled.keys().next().value!);
	return found;
}

/** For tests: forget every compiled version. */
export const clearCatalogCache = () => compiled.clear();

/**
 * A module as an assignment (or an attempt) names it: a file module when `version` is null, else
 * that version of an authored module. No check of who asks: an assignment's module is its teacher's
 * and its learners', whatever the module's visibility has become since.
 */
export async function moduleAt(db: DB, id: string, version: number | null): Promise<QuizModule | undefined> {
	return version === null ? findModule(id) : compiledVersion(db, id, version);
}

/** What lists call a module that is gone from the server (a file module's folder removed). */
export const goneTitle = (id: string) => `Module “${id}” (no longer on this server)`;

/** A module's title for lists, even if it is gone from the server. */
export async function titleAt(db: DB, id: string, version: number | null): Promise<string> {
	return (await moduleAt(db, id, version))?.title ?? goneTitle(id);
}

/**
 * The newest version of a module the teacher may use (a file module, their own, or another
 * teacher's shared or public one), or a specific version of it; undefined for anything else,
 * another teacher's private module included.
 */
export async function teacherModule(
	db: DB,
	teacherId: string,
	id: string,
	version?: number
): Promise<QuizModule | undefined> {
	const file = findModule(id);
	if (file) return version === undefined ? file : undefined;
	if (!(await findUsableModule(db, teacherId, id))) return undefined;
	const newest = version ?? (await newestVersion(db, id))?.version;
	return newest === undefined ? undefined : compiledVersion(db, id, newest);
}

export interface CatalogEntry {
	id: string;
	title: string;
	summary: string;
	minutes: number;
	items: number;
	/** The authored module's newest version; null for a file module. */
	version: number | null;
	/** Whether the teacher wrote it; false for file modules and other teachers' modules. */
	own: boolean;
	/** Who wrote an authored module (null for a file module, or when the account is gone). */
	ownerName: string | null;
}

/** What a teacher may assign: the file modules, then the authored modules they may use that have a version. */
export async function teacherCatalog(db: DB, teacherId: string): Promise<CatalogEntry[]> {
	const entry = (m: QuizModule, own: boolean, ownerName: string | null = null): CatalogEntry => ({
		id: m.id,
		title: m.title,
		summary: m.summary,
		minutes: m.minutes,
		items: m.items.length,
		version: m.version ?? null,
		own,
		ownerName
	});
	const authored = await Promise.all(
		(await listModules(db, teacherId))
			.filter((listing) => listing.version !== null)
			.map(async (listing) => {
				const module = await compiledVersion(db, listing.id, listing.version!);
				return module && entry(module, listing.own, listing.ownerName);
			})
	);
	return [...modules().map((m) => entry(m, false)), ...authored.filter((m) => m !== undefined)];
}

/** Whose a module that the teacher may use is (teacherModule's, or an assignment's), at the version it is. */
export async function originOf(
	db: DB,
	teacherId: string,
	module: Pick<QuizModule, 'id' | 'version'>
): Promise<ModuleOrigin> {
	return originIn(module.version === undefined ? [] : await listModules(db, teacherId), module);
}

/** The same, from the modules the teacher may use, listed once (listModules) for a page that names several. */
export function originIn(
	listings: readonly Pick<ModuleListing, 'id' | 'own' | 'ownerName'>[],
	module: Pick<QuizModule, 'id' | 'version'>
): ModuleOrigin {
	if (module.version === undefined) return { version: null, own: false, ownerName: null };
	const listing = listings.find((l) => l.id === module.id);
	return { version: module.version, own: listing?.own ?? false, ownerName: listing?.ownerName ?? null };
}

/**
 * The modules in public practice (before PRACTICE=off, which practice.ts applies): file modules
 * whose key says `practice: true`, and the newest version of every public authored module.
 */
export async function practiceModules(db: DB): Promise<QuizModule[]> {
	const authored = await Promise.all(
		(await publicModules(db)).map(async ({ id, version }) => {
			const module = await compiledVersion(db, id, version);
			return module && { ...module, practice: true };
		})
	);
	return [...modules().filter((m) => m.practice), ...authored.filter((m) => m !== undefined)];
}

/** One module of public practice by id (its newest version), or undefined. */
export async function practiceModuleById(db: DB, id: string): Promise<QuizModule | undefined> {
	const file = findModule(id);
	if (file) return file;
	if ((await moduleVisibility(db, id)) !== 'public') return undefined;
	const newest = await newestVersion(db, id);
	const module = newest && (await compiledVersion(db, id, newest.version));
	return module && { ...module, practice: true };
}
