import { env } from '$env/dynamic/private';
import { openDatabase, type DB } from './db/index';

let opening: Promise<DB> | undefined;

/** The app's database, opened and migrated on first use (at server start, from hooks). */
export function db(): Promise<DB> {
	opening ??= openDatabase({
		url: env.DATABASE_URL,
		sqlitePath: env.DATABASE_PATH || 'data/quiz.sqlite'
	});
	return opening;
}
