import { compileModule, type ModuleFiles } from '$lib/modules/compile';
import { fixtureFiles } from '../fixtures';
import type { LoadedWordingItem, LoadedWordingKey } from './types';

/*
 * The fixture module's loaded-wording item with its key changed: for tests of
 * what the compiler says about a key, and of items the fixture does not have.
 */

/** The fixture module's files, with the loaded-wording item's key changed. */
export function variantFiles(change: (key: LoadedWordingKey<string, string>) => void): ModuleFiles {
	const files = fixtureFiles();
	const key = files.key.items.find((i) => i.kind === 'loaded-wording') as LoadedWordingKey<string, string>;
	change(key);
	return files;
}

/** The changed item, compiled; throws with the problems when it does not compile. */
export function variantItem(change: (key: LoadedWordingKey<string, string>) => void): LoadedWordingItem {
	const compiled = compileModule(variantFiles(change));
	if (!compiled.ok) throw new Error(compiled.problems.join('\n'));
	return compiled.module.items.find((i) => i.kind === 'loaded-wording') as LoadedWordingItem;
}

/** What the compiler says about the changed key: its problems, none when it compiles. */
export function problemsWith(change: (key: LoadedWordingKey<string, string>) => void): string[] {
	const compiled = compileModule(variantFiles(change));
	return compiled.ok ? [] : compiled.problems;
}
