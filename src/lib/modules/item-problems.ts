import { compileSource } from './compile-source';
import { renderMarkdown } from './markdown';
import type { ModuleSource } from './source';

export interface ItemProblems {
	/** The compile step's problems with this item, in its own words (teacherProblems puts them plainly). */
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
	const alone = { ...source, key: { ...source.key, items: [item as never] } };
	const result = compileSource(alone, renderMarkdown);
	if (result.ok) return { own: [], moduleHasOthers: false };
	const marker = `: item ${item.id} (${item.kind}): `;
	const ownOf = (problems: string[]) => problems.filter((problem) => problem.includes(marker));
	const others = result.problems.some((problem) => !problem.includes(marker));
	let own = ownOf(result.problems);
	/*
	 * The compile step checks the module's summary and prose before any item and stops there, and a new
	 * module has neither until the teacher writes them: the item is checked again inside stand-ins for what it
	 * does not depend on, so that an unwritten summary hides none of its problems. (A report's problem stops
	 * it too, and rightly: quotes need the report.)
	 */
	if (!own.length && others) {
		const standIn = { ...alone, key: { ...alone.key, ...STAND_IN_DETAILS }, prose: STAND_IN_PROSE };
		const again = compileSource(standIn, renderMarkdown);
		if (!again.ok) own = ownOf(again.problems);
	}
	return { own, moduleHasOthers: others };
}

const STAND_IN_DETAILS = { title: 'Title', summary: 'Summary.', minutes: 10, practice: undefined };
const STAND_IN_PROSE = { intro: 'Intro.', debrief: 'Debrief.', teacherNotes: 'Notes.' };
