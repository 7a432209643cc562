import { render } from 'svelte/server';
import { compileModule, type ModuleFiles } from '$lib/modules/compile';
import { documents, keys, prose } from 'virtual:quiz-sources';
import type { Prose, QuizModule } from '$lib/modules/module';

/*
 * Every module is read once, when the server starts, and checked loudly: a
 * broken module stops the server with the file and the item named, rather
 * than failing in front of a learner.
 */

/** A file's module folder (`/quizzes/<id>`) and the module's id. */
export function folderOf(path: string): { folder: string; id: string } {
	const folder = path.replace(/\/(key\.ts|[^/]+\.svx|documents\/[^/]+\.txt)$/, '');
	return { folder, id: folder.split('/').at(-1)! };
}

/** Prose is rendered to HTML here so that no debrief or note ships in the client's JavaScript. */
function renderProse(folder: string): Prose {
	const html = (name: string) => {
		const component = prose[`${folder}/${name}.svx`];
		return component ? render(component).body : '';
	};
	return { intro: html('intro'), debrief: html('debrief'), teacherNotes: html('teacher-notes') };
}

export interface LoadedContent {
	modules: QuizModule[];
	problems: string[];
}

/** The files of the module folder `folder` (`/quizzes/<id>`), as the compile step takes them. */
export function moduleFiles(folder: string): ModuleFiles {
	const id = folder.split('/').at(-1)!;
	const own = Object.entries(documents)
		.filter(([file]) => folderOf(file).folder === folder)
		.map(
			([file, raw]) =>
				[
					file
						.split('/')
						.at(-1)!
						.replace(/\.txt$/, ''),
					raw
				] as const
		);
	return { id, key: keys[`${folder}/key.ts`], documents: Object.fromEntries(own), prose: renderProse(folder) };
}

export function loadContent(): LoadedContent {
	const modules: QuizModule[] = [];
	const problems: string[] = [];
	for (const path of Object.keys(keys)) {
		const result = compileModule(moduleFiles(folderOf(path).folder));
		if (result.ok) modules.push(result.module);
		else problems.push(...result.problems);
	}
	return { modules, problems };
}

let loaded: QuizModule[] | undefined;

/** All modules, or an error listing every problem in every module. */
export function modules(): QuizModule[] {
	if (!loaded) {
		const content = loadContent();
		if (content.problems.length) {
			throw new Error(`Quiz modules have problems:\n  ${content.problems.join('\n  ')}`);
		}
		loaded = content.modules;
	}
	return loaded;
}

export function findModule(id: string): QuizModule | undefined {
	return modules().find((m) => m.id === id);
}

/** A module's title for lists, even if its folder has since been removed from the server. */
export const moduleTitle = (id: string) => findModule(id)?.title ?? `Module “${id}” (no longer on this server)`;
