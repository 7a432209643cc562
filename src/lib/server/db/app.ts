import { env } from '$env/dynamic/private';
import { openStore, type DB, type Store } from './index';
import { findModule } from '../content';

let opening: Promise<Store> | undefined;

/** The app's database, opened and migrated once (at server start, from hooks). */
export function store(): Promise<Store> {
	opening ??= openStore({
		url: env.DATABASE_URL,
		sqlitePath: env.DATABASE_PATH || 'data/quiz.sqlite',
		moduleTitle: (id) => findModule(id)?.title
	});
	return opening;
}

export async function db(): Promise<DB> {
	return (await store()).db;
}
