import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { compileModule } from '$lib/quiz/compile';
import type { AnyModuleKey, Prose, QuizModule } from '$lib/quiz/module';

/*
 * Every module is read once, when the server starts, and checked loudly: a
 * broken module stops the server with the file and the item named, rather
 * than failing in front of a learner.
 */
const keys = import.meta.glob<AnyModuleKey>('/quizzes/*/key.ts', { eager: true, import: 'default' });
const documents = import.meta.glob<string>('/quizzes/*/documents/*.txt', {
	eager: true,
	query: '?raw',
	import: 'default'
});
const prose = import.meta.glob<Component>('/quizzes/*/*.svx', { eager: true, import: 'default' });

const folderOf = (path: string) => path.split('/')[2];

/** Prose is rendered to HTML here so that no debrief or note ships in the client's JavaScript. */
function renderProse(id: string): Prose {
	const html = (name: string) => {
		const component = prose[`/quizzes/${id}/${name}.svx`];
		return component ? render(component).body : '';
	};
	return { intro: html('intro'), debrief: html('debrief'), teacherNotes: html('teacher-notes') };
}

export interface LoadedContent {
	modules: QuizModule[];
	problems: string[];
}

export function loadContent(): LoadedContent {
	const modules: QuizModule[] = [];
	const problems: string[] = [];
	for (const [path, key] of Object.entries(keys)) {
		const id = folderOf(path);
		const own = Object.entries(documents)
			.filter(([file]) => folderOf(file) === id)
			.map(([file, raw]) => [file.split('/').at(-1)!.replace(/\.txt$/, ''), raw] as const);
		const result = compileModule({ id, key, documents: Object.fromEntries(own), prose: renderProse(id) });
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
