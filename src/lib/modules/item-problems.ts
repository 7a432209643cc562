import { compileSource } from './compile-source';
import { renderMarkdown } from './markdown';
import type { ModuleSource } from './source';

export interface ItemProblems {
	/** The compile step's problems with this item, without the file and item they name (the page names both). */
	own: string[];
	/** The module itself has problems too (no reports yet, say): publishing refuses it for those as well. */
	moduleHasOthers: boolean;
}

/**
 * What the compile step (the same as quizzes:check and publishing) says about one item of a working copy.
 * The module is compiled with this item as its only one, so that another item's problem cannot stop
 * this one from being checked, and no other item's problem is shown as this one's.
 */
export function itemProblems(source: ModuleSource, item: { id: string; kind: string }): ItemProblems {
	const result = compileSource({ ...source, key: { ...source.key, items: [item as never] } }, renderMarkdown);
	if (result.ok) return { own: [], moduleHasOthers: false };
	const marker = `: item ${item.id} (${item.kind}): `;
	const own = result.problems.flatMap((problem) => {
		const at = problem.indexOf(marker);
		return at < 0 ? [] : [problem.slice(at + marker.length)];
	});
	return { own, moduleHasOthers: own.length < result.problems.length };
}
