import { documents, keys, proseSources } from 'virtual:quiz-sources';
import { folderOf } from '$lib/server/content';
import type { ModuleSource } from '$lib/modules/source';
import type { Prose } from '$lib/modules/module';
import { PROSE_FILES } from './layout';
import { fromSvx } from './svx';

/**
 * A file module (quizzes/<id>/, or tests/modules/<id>/ in the test builds) as its author wrote it: the key
 * as data, the documents verbatim, the prose's Markdown. Undefined when no module folder has that id.
 */
export async function fileModuleSource(id: string): Promise<ModuleSource | undefined> {
	const keyPath = Object.keys(keys).find((path) => folderOf(path).id === id);
	if (!keyPath) return undefined;
	const { folder } = folderOf(keyPath);
	const docs: Record<string, string> = {};
	for (const [path, raw] of Object.entries(documents)) {
		if (folderOf(path).folder !== folder) continue;
		docs[
			path
				.split('/')
				.at(-1)!
				.replace(/\.txt$/, '')
		] = raw;
	}
	const prose = {} as Prose;
	for (const [part, file] of Object.entries(PROSE_FILES) as Array<[keyof Prose, string]>) {
		const load = proseSources[`${folder}/${file}`];
		prose[part] = load ? fromSvx(await load()) : '';
	}
	return { id, key: keys[keyPath], documents: docs, prose };
}
