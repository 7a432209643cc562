import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { e2eDatabasePath } from './database';
import { testModule } from './fixtures';

/*
 * Teachers' own modules (issue #11), put straight into the test server's database: the pages that
 * create them are tested on their own, and tests of one module's editor need only a module to edit.
 */

const documents = Object.fromEntries(
	['gazette', 'courier'].map((id) => [id, readFileSync(`tests/modules/library-closure/documents/${id}.txt`, 'utf8')])
);

/** A sound item over the test module's reports, of the kind of its item holt-quote (named only in src/lib/kinds), with this id. */
export const attributionItem = (id: string) => ({
	kind: testModule().items.find((item) => item.id === 'holt-quote')!.kind,
	id,
	prompt: 'Who says that nobody uses the building?',
	statement: { source: 'gazette', quote: '“We cannot keep a building open that nobody uses,”' },
	choices: ['holt'],
	speaker: 'holt',
	mode: 'direct-quote',
	evidence: [{ source: 'gazette', quote: 'said Mayor Dana Holt' }],
	explanation: 'The words stand in quotation marks: the mayor’s own.'
});

function withWritable<T>(use: (db: Database.Database) => T, path = e2eDatabasePath()): T {
	const db = new Database(path);
	try {
		db.pragma('busy_timeout = 5000');
		return use(db);
	} finally {
		db.close();
	}
}

/**
 * A private module of the teacher with this e-mail: the test module's two reports and speakers, and these items.
 * In the shared test server's database, or in the SQLite file `path` (a server of a test file's own).
 */
export function storeAuthoredModule(email: string, items: unknown[] = [], path?: string): string {
	return withWritable((db) => {
		const owner = db.prepare('SELECT id FROM "user" WHERE email = ?').get(email) as { id: string } | undefined;
		if (!owner) throw new Error(`no teacher ${email} in ${e2eDatabasePath()}`);
		const id = crypto.randomUUID();
		const working = {
			key: {
				title: 'Authored: a library closes',
				summary: 'Written in the browser.',
				minutes: 5,
				sources: ['gazette', 'courier'],
				speakers: {
					holt: { name: 'Dana Holt', description: 'Mayor of the town' },
					union: { name: 'The library workers’ union', description: 'The librarians’ union' }
				},
				items
			},
			documents,
			prose: { intro: 'Read both reports.', debrief: 'Well done.', teacherNotes: 'None.' }
		};
		const at = new Date().toISOString();
		db.prepare(
			`INSERT INTO authored_module (id, owner_id, visibility, title, working, revision, created_at, updated_at)
			 VALUES (?, ?, 'private', ?, ?, 1, ?, ?)`
		).run(id, owner.id, working.key.title, JSON.stringify(working), at, at);
		return id;
	}, path);
}

/** The module's revision now: what the editor's forms send back. */
export const authoredRevision = (moduleId: string, path?: string): number =>
	withWritable(
		(db) =>
			(db.prepare('SELECT revision FROM authored_module WHERE id = ?').get(moduleId) as { revision: number }).revision,
		path
	);
