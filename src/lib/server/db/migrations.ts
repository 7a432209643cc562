import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

/*
 * One set of migrations for SQLite and PostgreSQL. They are kept in code
 * rather than files so that the built server carries them.
 */
const migrations: Record<string, Migration> = {
	'001_attempts': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('attempt')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('module_id', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('finished_at', 'text')
				.execute();
			await db.schema
				.createTable('response')
				.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
				.addColumn('item_id', 'text', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('score', 'integer', (c) => c.notNull())
				.addColumn('max_score', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('response_pk', ['attempt_id', 'item_id'])
				.execute();
		}
	}
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
