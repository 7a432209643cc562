import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { defaultAssignmentName } from '$lib/teaching/assignment-name';

/*
 * One set of migrations for SQLite and PostgreSQL, kept in code rather than
 * files so that the built server carries them. better-auth creates its own
 * tables (user, session, account, verification) with its own migrations.
 */

/** What a migration needs from outside the database: the modules live in code, not in a table. */
export interface MigrationContext {
	/** A module's title, or undefined for a module no longer on this server. */
	moduleTitle: (moduleId: string) => string | undefined;
	/** The zone in which dates are written into data (the server's: the teacher's is not known then). */
	timeZone: string;
}

/**
 * Gives every assignment without a name (made before names, or since stored
 * with an empty one) the name a new one gets by default: the module's title
 * (its id, once the module is gone) and the day it was made. Exported for the
 * data tests, which run it on both databases.
 */
export async function fillAssignmentNames(db: Kysely<unknown>, context: MigrationContext) {
	const typed = db as unknown as Kysely<{
		assignment: { id: string; module_id: string; created_at: string; name: string };
	}>;
	const rows = await typed
		.selectFrom('assignment')
		.select(['id', 'module_id', 'created_at'])
		.where('name', '=', '')
		.execute();
	for (const row of rows) {
		const title = context.moduleTitle(row.module_id) ?? row.module_id;
		await typed
			.updateTable('assignment')
			.set({ name: defaultAssignmentName(title, row.created_at, context.timeZone) })
			.where('id', '=', row.id)
			.execute();
	}
}

const migrations = (context: MigrationContext): Record<string, Migration> => ({
	'001_initial': {
		async up(db: Kysely<unknown>) {
			// Settings shared by every app server: the auth secret lives here when none is configured.
			await db.schema
				.createTable('setting')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('value', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('class')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('teacher_id', 'text', (c) => c.notNull())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('class_teacher').on('class').column('teacher_id').execute();

			await db.schema
				.createTable('assignment')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('class_id', 'text', (c) => c.notNull().references('class.id').onDelete('cascade'))
				.addColumn('module_id', 'text', (c) => c.notNull())
				.addColumn('code', 'text', (c) => c.notNull().unique())
				.addColumn('opens_at', 'text')
				.addColumn('closes_at', 'text')
				.addColumn('attempts_allowed', 'integer', (c) => c.notNull())
				.addColumn('review', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('assignment_class').on('assignment').column('class_id').execute();

			await db.schema
				.createTable('learner')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
				.addColumn('display_name', 'text', (c) => c.notNull())
				.addColumn('name_key', 'text', (c) => c.notNull())
				.addColumn('token_hash', 'text', (c) => c.notNull())
				.addColumn('resume_code', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addUniqueConstraint('learner_name_unique', ['assignment_id', 'name_key'])
				.execute();

			await db.schema
				.createTable('attempt')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('module_id', 'text', (c) => c.notNull())
				.addColumn('learner_id', 'text', (c) => c.references('learner.id').onDelete('cascade'))
				.addColumn('number', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('finished_at', 'text')
				.addUniqueConstraint('attempt_learner_number', ['learner_id', 'number'])
				.execute();

			await db.schema
				.createTable('response')
				.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
				.addColumn('item_id', 'text', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('score', 'integer', (c) => c.notNull())
				.addColumn('max_score', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('updated_at', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('response_pk', ['attempt_id', 'item_id'])
				.execute();
		}
	},
	'002_learner_token_index': {
		// A learner is found by their device token on every request of theirs.
		async up(db: Kysely<unknown>) {
			await db.schema.createIndex('learner_token').on('learner').columns(['assignment_id', 'token_hash']).execute();
		}
	},
	'003_response_scores_index': {
		// The teacher's statistics add up the scores of a class's answers: with the scores in the
		// index, they are read from it alone, without a visit to each answer's row.
		async up(db: Kysely<unknown>) {
			await db.schema
				.createIndex('response_scores')
				.on('response')
				.columns(['attempt_id', 'item_id', 'score', 'max_score'])
				.execute();
		}
	},
	'004_grading_device_practice': {
		async up(db: Kysely<unknown>) {
			// Which attempt counts (teaching/policy.ts). Assignments made before this counted the latest
			// attempt; 'last' keeps them closest to that. New assignments always say which.
			await db.schema
				.alterTable('assignment')
				.addColumn('grading', 'text', (c) => c.notNull().defaultTo('last'))
				.execute();
			// Practice of a module is paused while an assignment of it that holds its key back is open:
			// that check runs on every practice request, by module and closing time.
			await db.schema
				.createIndex('assignment_module_closes')
				.on('assignment')
				.columns(['module_id', 'closes_at'])
				.execute();
			// SHA-256 of the device cookie the learner joined from, to show two names joined on one device.
			await db.schema.alterTable('learner').addColumn('device_hash', 'text').execute();
			await db.schema.createIndex('learner_device').on('learner').columns(['assignment_id', 'device_hash']).execute();
			// Practice attempts (learner_id null) older than their cookie are deleted by age.
			await db.schema
				.createIndex('attempt_learner_created')
				.on('attempt')
				.columns(['learner_id', 'created_at'])
				.execute();
		}
	},
	'005_retired_join_codes': {
		// A teacher can give an assignment a new join code (a leaked one lets anyone join). The old code no
		// longer lets anyone join, but the learners already in keep their pages, whose addresses carry it.
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('retired_code')
				.addColumn('code', 'text', (c) => c.primaryKey())
				.addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
				.addColumn('retired_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('retired_code_assignment').on('retired_code').column('assignment_id').execute();
		}
	},
	'006_assignment_name': {
		// Two assignments of one module in one class were two identical rows; each now has a name. The
		// column's default only lets the existing rows in: they are named just after, and new ones always are.
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('assignment')
				.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
				.execute();
			await fillAssignmentNames(db, context);
		}
	},
	'007_authored_modules': {
		// Modules teachers write in the browser (issue #11). The working copy is what the editor saves, a
		// ModuleSource as JSON; `revision` goes up by one with each save, and a save names the revision it
		// was made on, so that of two editors the later is refused instead of overwriting the other.
		// The title is kept beside the JSON for lists, which then need not read whole documents.
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('authored_module')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('owner_id', 'text', (c) => c.notNull())
				.addColumn('visibility', 'text', (c) => c.notNull())
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('working', 'text', (c) => c.notNull())
				.addColumn('revision', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('updated_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('authored_module_owner').on('authored_module').column('owner_id').execute();
			await db.schema.createIndex('authored_module_visibility').on('authored_module').column('visibility').execute();
			// A published version never changes: assignments and their answers are graded against it. No
			// cascade: a module whose versions assignments use cannot be deleted from under them.
			await db.schema
				.createTable('module_version')
				.addColumn('module_id', 'text', (c) => c.notNull().references('authored_module.id'))
				.addColumn('version', 'integer', (c) => c.notNull())
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('source', 'text', (c) => c.notNull())
				.addColumn('published_at', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('module_version_pk', ['module_id', 'version'])
				.execute();
			// The version of an authored module an assignment, or a practice attempt, was made with; null for a
			// file module, which has no versions.
			await db.schema.alterTable('assignment').addColumn('module_version', 'integer').execute();
			await db.schema.alterTable('attempt').addColumn('module_version', 'integer').execute();
		}
	},
	'008_draft_suggestions': {
		// What "Draft items" proposed for a module's working copy (issue #12 §2), kept in the database so that
		// they outlive a reload and any one app server. `documents` is the digest of the reports they were
		// drafted from; `signature` says what a proposal is, so that one accepted or dismissed is not proposed
		// again; drafting again replaces the open ones. They go with their module.
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('draft_suggestion')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('module_id', 'text', (c) => c.notNull().references('authored_module.id').onDelete('cascade'))
				.addColumn('documents', 'text', (c) => c.notNull())
				.addColumn('signature', 'text', (c) => c.notNull())
				.addColumn('state', 'text', (c) => c.notNull())
				.addColumn('position', 'integer', (c) => c.notNull())
				.addColumn('proposal', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema
				.createIndex('draft_suggestion_module')
				.on('draft_suggestion')
				.columns(['module_id', 'state'])
				.execute();
		}
	}
});

export const migrationProvider = (context: MigrationContext): MigrationProvider => ({
	getMigrations: async () => migrations(context)
});
