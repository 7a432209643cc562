import type { DB } from '../db/index';
import type { DraftSuggestionTable, SuggestionState } from '../db/schema';
import type { Proposal, Signed } from '../authoring/suggestions';
import { now } from '$lib/teaching/time';

/*
 * The suggestions "Draft items" made for an authored module. The callers (the module's editor) have
 * checked that the module is the teacher's own; every query here is also bound to the module, so that
 * a suggestion's id alone reaches nothing of another module.
 */

export type { SuggestionState };

export interface Suggestion {
	id: string;
	/** The digest of the reports it was drafted from (documentsRevision). */
	documents: string;
	state: SuggestionState;
	proposal: Proposal;
}

const toSuggestion = (row: Pick<DraftSuggestionTable, 'id' | 'documents' | 'state' | 'proposal'>): Suggestion => ({
	id: row.id,
	documents: row.documents,
	state: row.state,
	proposal: JSON.parse(row.proposal) as Proposal
});

/**
 * A new draft's proposals in place of the module's open ones. Those the teacher accepted or dismissed
 * before (by signature) are not proposed again. Returns how many are open now.
 */
export async function replaceSuggestions(
	db: DB,
	moduleId: string,
	documents: string,
	proposals: Signed[]
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx.deleteFrom('draft_suggestion').where('module_id', '=', moduleId).where('state', '=', 'open').execute();
		const closed = await trx
			.selectFrom('draft_suggestion')
			.select('signature')
			.where('module_id', '=', moduleId)
			.execute();
		const seen = new Set(closed.map((row) => row.signature));
		const at = now();
		const rows: DraftSuggestionTable[] = [];
		for (const { signature, proposal } of proposals) {
			if (seen.has(signature)) continue;
			seen.add(signature);
			rows.push({
				id: crypto.randomUUID(),
				module_id: moduleId,
				documents,
				signature,
				state: 'open',
				position: rows.length,
				proposal: JSON.stringify(proposal),
				created_at: at
			});
		}
		// In slices: PostgreSQL takes at most 65,535 parameters in one statement, SQLite 32,766.
		for (let start = 0; start < rows.length; start += 200) {
			await trx
				.insertInto('draft_suggestion')
				.values(rows.slice(start, start + 200))
				.execute();
		}
		return rows.length;
	});
}

/** The module's open suggestions, in the draft's order. */
export async function openSuggestions(db: DB, moduleId: string): Promise<Suggestion[]> {
	const rows = await db
		.selectFrom('draft_suggestion')
		.select(['id', 'documents', 'state', 'proposal'])
		.where('module_id', '=', moduleId)
		.where('state', '=', 'open')
		.orderBy('position')
		.execute();
	return rows.map(toSuggestion);
}

/** One open suggestion of the module; undefined for any other id, or one already accepted or dismissed. */
export async function findOpenSuggestion(db: DB, moduleId: string, id: string): Promise<Suggestion | undefined> {
	const row = await db
		.selectFrom('draft_suggestion')
		.select(['id', 'documents', 'state', 'proposal'])
		.where('id', '=', id)
		.where('module_id', '=', moduleId)
		.where('state', '=', 'open')
		.executeTakeFirst();
	return row && toSuggestion(row);
}

/** Marks an open suggestion accepted or dismissed; false when the module has no such open one. */
export async function closeSuggestion(
	db: DB,
	moduleId: string,
	id: string,
	state: Exclude<SuggestionState, 'open'>
): Promise<boolean> {
	const result = await db
		.updateTable('draft_suggestion')
		.set({ state })
		.where('id', '=', id)
		.where('module_id', '=', moduleId)
		.where('state', '=', 'open')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
