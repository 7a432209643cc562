import { kindOf, type Item, type ItemResponse, type PublicItem } from '$lib/kinds/registry';
import type { Grade } from '$lib/kinds/kind';
import { checkAndGrade } from '$lib/kinds/check';
import type { QuizModule } from '$lib/modules/module';
import { skillLabels, type Highlight, type Skill } from '$lib/quiz/types';
import type { StoredResponse } from './data/attempts';
import { attemptTotal, scoreBySkill } from '$lib/quiz/progress';

/*
 * The seam between the answer key and the browser: what may be sent before an
 * item is answered (public views), and what after (grade and solution).
 */

export const skillOf = (item: Item): Skill => kindOf(item).skill;

/** "Loaded wording": the item's skill as pages name it, in their language (a kind's skill need not be its name). */
export const skillLabel = (item: Item): string => skillLabels[skillOf(item)]();

/**
 * What the question is about in one line (its statement, claim or passage): what a phone shows under the prompt
 * while the answer is folded away. Only text the question itself shows before it is answered (the kind contract).
 */
export const aboutOf = (item: Item): string => kindOf(item).about(item);

/** A module as the learner's pages see it: documents and speakers, never the key. */
export type ModuleView = Pick<QuizModule, 'id' | 'title' | 'summary' | 'minutes' | 'sources' | 'speakers'> & {
	items: Array<{ id: string; kind: Item['kind'] }>;
};

export function moduleView(module: QuizModule): ModuleView {
	return {
		id: module.id,
		title: module.title,
		summary: module.summary,
		minutes: module.minutes,
		sources: module.sources,
		speakers: module.speakers,
		items: module.items.map((item) => ({ id: item.id, kind: item.kind }))
	};
}

export const publicItem = (item: Item): PublicItem => kindOf(item).publicView(item);

export const highlightsFor = (item: Item, answered: boolean): Highlight[] => kindOf(item).highlights(item, answered);

export interface Feedback {
	answer: unknown;
	grade: Grade<unknown>;
	solution: unknown;
}

/** Grading is pure, so feedback is recomputed from the stored answer rather than stored. */
export function feedbackFor(item: Item, response: Pick<StoredResponse, 'answer'>): Feedback {
	const kind = kindOf(item);
	return { answer: response.answer, grade: kind.grade(item, response.answer), solution: kind.solution(item) };
}

export type Checked = { ok: true; answer: ItemResponse; score: number; max: number } | { ok: false; message: string };

/** Parses a posted answer against the item's kind and grades it, once each; a malformed or forged one is refused, not graded. */
export function checkAnswer(item: Item, form: FormData): Checked {
	const checked = checkAndGrade(item, form);
	if (!checked.ok) return checked;
	return { ok: true, answer: checked.answer, score: checked.grade.score, max: checked.grade.max };
}

/**
 * Scores of an attempt: in total, per skill and per item. `final`: the
 * attempt is submitted or its assignment closed, so unanswered questions count
 * as 0 of their points (src/lib/quiz/progress.ts, `total`).
 */
export function resultsView(
	module: QuizModule,
	responses: ReadonlyArray<Pick<StoredResponse, 'itemId' | 'score' | 'max'>>,
	final: boolean
) {
	const items = module.items.map((item) => ({ id: item.id, skill: skillOf(item), max: kindOf(item).maxScore(item) }));
	return {
		skills: scoreBySkill(items, responses, final),
		total: attemptTotal(items, responses, final),
		scores: Object.fromEntries(responses.map((r) => [r.itemId, { score: r.score, max: r.max }]))
	};
}
