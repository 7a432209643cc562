import { m } from '$lib/paraglide/messages';
import type { QuizModule } from '$lib/modules/module';
import type { Item } from '$lib/kinds/registry';
import type { ReviewMode } from '$lib/teaching/types';
import type { DB } from './db/index';
import {
	finishAttempt,
	listResponses,
	saveDraftResponse,
	saveFinalResponse,
	type Attempt,
	type StoredResponse
} from './data/attempts';
import { aboutOf, checkAnswer, feedbackFor, highlightsFor, publicItem, skillLabel } from './items';

/*
 * One attempt at a module, wherever it happens: in free practice or in a
 * teacher's assignment. The review mode decides when feedback is earned, and
 * nothing of the key is handed out before then.
 */
export interface Scope {
	module: QuizModule;
	attempt: Attempt;
	review: ReviewMode;
	/** Whether answers are taken now (open assignment, attempt not submitted). */
	accepting: boolean;
	/** Whether the assignment has closed (after-close review opens then). */
	closed: boolean;
	/**
	 * Whether the learner can still start another attempt after this one. While
	 * they can, feedback says right or wrong and the score, never the solution:
	 * a later attempt must not be answerable from the key.
	 */
	moreAttempts: boolean;
}

/** Whether the learner may see the grade of an item: right or wrong, and the score. */
export function revealed(scope: Scope, answered: boolean): boolean {
	if (!answered) return false;
	switch (scope.review) {
		case 'after-item':
			return true;
		case 'after-submit':
			return scope.attempt.finishedAt !== null || scope.closed;
		case 'after-close':
			return scope.closed;
	}
}

/**
 * Whether the learner may see the solution of an item too (the key's answer,
 * the explanation and the evidence): once its grade is shown, and no further
 * attempt could use it, or the assignment has closed.
 */
export function solutionShown(scope: Scope, answered: boolean): boolean {
	return revealed(scope, answered) && (scope.closed || !scope.moreAttempts);
}

export function itemAt(module: QuizModule, n: string): { index: number; item: Item } | undefined {
	const index = /^\d{1,4}$/.test(n) ? Number(n) - 1 : -1;
	const item = module.items[index];
	return item && { index, item };
}

export async function itemPage(db: DB, scope: Scope, index: number, item: Item) {
	const responses = await listResponses(db, scope.attempt.id);
	const response = responses.find((r) => r.itemId === item.id);
	const graded = revealed(scope, response !== undefined);
	const show = solutionShown(scope, response !== undefined);
	return {
		index,
		item: publicItem(item),
		skill: skillLabel(item),
		about: aboutOf(item),
		review: scope.review,
		accepting: scope.accepting,
		submitted: scope.attempt.finishedAt !== null,
		closed: scope.closed,
		answeredIds: responses.map((r) => r.itemId),
		/** The saved answer, to fill the form again while it may still change. */
		draft: response && !graded ? response.answer : null,
		savedAt: response?.updatedAt ?? null,
		feedback: show && response ? feedbackFor(item, response) : null,
		/** The score alone, while the solution waits for the last attempt or the closing. */
		result: graded && !show && response ? { score: response.score, max: response.max } : null,
		highlights: highlightsFor(item, show)
	};
}

export type AnswerOutcome = { ok: true; complete: boolean } | { ok: false; status: 400 | 409; message: string };

/**
 * Grades and stores an answer. With feedback after each item the first
 * answer is final; otherwise it is a draft the learner may change until they
 * submit. Either way a repeated request stores nothing new.
 */
export async function answer(db: DB, scope: Scope, item: Item, form: FormData): Promise<AnswerOutcome> {
	if (!scope.accepting) {
		// With feedback after each item the answer to the last question completes the attempt. A copy of
		// any answer that comes after (a double click without JavaScript, a resent form) is a repeat like
		// those before completion: it changes nothing and leads to the feedback, not to an error page.
		if (
			scope.review === 'after-item' &&
			!scope.closed &&
			scope.attempt.finishedAt &&
			(await answered(db, scope, item))
		) {
			return { ok: true, complete: true };
		}
		return { ok: false, status: 409, message: closedMessage(scope) };
	}
	const checked = checkAnswer(item, form);
	if (!checked.ok) return { ok: false, status: 400, message: checked.message };
	const graded = { itemId: item.id, answer: checked.answer, score: checked.score, max: checked.max };

	if (scope.review === 'after-item') {
		await saveFinalResponse(db, scope.attempt.id, graded);
		const complete = (await listResponses(db, scope.attempt.id)).length === scope.module.items.length;
		if (complete) await finishAttempt(db, scope.attempt.id);
		return { ok: true, complete };
	}
	if (!(await saveDraftResponse(db, scope.attempt.id, graded))) {
		return { ok: false, status: 409, message: m.srv_already_submitted() };
	}
	return { ok: true, complete: false };
}

const answered = async (db: DB, scope: Scope, item: Item) =>
	(await listResponses(db, scope.attempt.id)).some((r) => r.itemId === item.id);

export function closedMessage(scope: Scope): string {
	// Closing finishes every attempt, but what the learner needs to hear then is that the assignment closed.
	if (scope.attempt.finishedAt && !scope.closed) return m.srv_already_submitted();
	return m.srv_not_taking();
}

export interface Summary {
	responses: StoredResponse[];
	/** Scores may be shown. */
	revealed: boolean;
	/** Solutions (and the debrief, which discusses them) may be shown. */
	solutions: boolean;
}

export async function summary(db: DB, scope: Scope): Promise<Summary> {
	const responses = await listResponses(db, scope.attempt.id);
	return { responses, revealed: revealed(scope, true), solutions: solutionShown(scope, true) };
}
