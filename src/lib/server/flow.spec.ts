import { describe, expect, it, vi } from 'vitest';
import { kindOf, kinds, type Item, type KindName } from '$lib/kinds/registry';
import type { Variant } from '$lib/kinds/kind';
import { formData, seeded } from '$lib/kinds/samples';
import type { ReviewMode } from '$lib/teaching/types';
import { findModule } from './content';
import { answer, itemPage, revealed, summary, type Scope } from './flow';
import {
	createAttempt,
	findAttempt,
	finishAttempt,
	listResponses,
	saveDraftResponse,
	type Attempt,
	type StoredResponse
} from './data/attempts';
import { describeStores } from './data/test-db';

const found = findModule('putin-press-conference-2021');
if (!found) throw new Error('module putin-press-conference-2021 not found');
const module = found;

/** The first item of each kind in the module, in the registry's order; a kind the module lacks is an error. */
const ofEachKind = (Object.keys(kinds) as KindName[]).map((name) => {
	const item = module.items.find((i) => i.kind === name);
	if (!item) throw new Error(`${module.id} has no item of a registered kind (${name})`);
	return item;
});
const [first, second, third] = ofEachKind;

/** The form a browser posts for a response the item's kind makes up. */
function formFor(item: Item, variant: Variant): FormData {
	const kind = kindOf(item);
	return formData(kind.toForm(kind.sample(item, variant, seeded(item.id))));
}

/**
 * How often the item's kind parses (runs its response schema, whichever valibot call does it) and
 * grades (`grade` or `gradeChecked`, through the registry) while `work` runs.
 */
async function counted(item: Item, work: () => Promise<unknown>): Promise<{ parses: number; grades: number }> {
	const kind = kindOf(item);
	const parses = vi.spyOn(kind.response, '~run');
	const grades = [vi.spyOn(kind, 'grade'), vi.spyOn(kind, 'gradeChecked')];
	try {
		await work();
		return { parses: parses.mock.calls.length, grades: grades.reduce((n, spy) => n + spy.mock.calls.length, 0) };
	} finally {
		for (const spy of [parses, ...grades]) spy.mockRestore();
	}
}

const scopeOf = (attempt: Attempt, review: ReviewMode, over: Partial<Scope> = {}): Scope => ({
	module,
	attempt,
	review,
	accepting: attempt.finishedAt === null,
	closed: false,
	moreAttempts: false,
	...over
});

describe('revealed', () => {
	const open: Attempt = {
		id: 'a',
		moduleId: module.id,
		learnerId: null,
		number: 1,
		createdAt: '2030-01-01T00:00:00.000Z',
		finishedAt: null
	};
	const finished = { ...open, finishedAt: '2030-01-01T01:00:00.000Z' };
	const cases: Array<[ReviewMode, Attempt, boolean, boolean]> = [
		// review, attempt, closed, revealed (for an answered item)
		['after-item', open, false, true],
		['after-submit', open, false, false],
		['after-submit', finished, false, true],
		['after-submit', open, true, true],
		['after-close', open, false, false],
		['after-close', finished, false, false],
		['after-close', finished, true, true]
	];
	for (const [review, attempt, closed, expected] of cases) {
		const name = `${review}, ${attempt.finishedAt ? 'submitted' : 'not submitted'}, ${closed ? 'closed' : 'open'}`;
		it(`${name}: ${expected ? 'shows' : 'hides'} an answered item's feedback, never an unanswered one's`, () => {
			const scope = scopeOf(attempt, review, { closed });
			expect(revealed(scope, true)).toBe(expected);
			expect(revealed(scope, false)).toBe(false);
		});
	}
});

describeStores('attempt flow', (store) => {
	const newAttempt = () => createAttempt(store().db, module.id);
	const reload = async (attempt: Attempt) => (await findAttempt(store().db, attempt.id))!;

	it('grades the forms of every kind: right answers score full marks, wrong ones nothing', async () => {
		const { db } = store();
		const attempt = await newAttempt();
		const scope = scopeOf(attempt, 'after-submit');
		for (const item of ofEachKind) {
			expect(await answer(db, scope, item, formFor(item, 'right'))).toEqual({ ok: true, complete: false });
			const right = (await listResponses(db, attempt.id)).find((r) => r.itemId === item.id)!;
			expect(right.score).toBe(right.max);
			expect(right.max).toBeGreaterThan(0);
			expect(await answer(db, scope, item, formFor(item, 'wrong'))).toEqual({ ok: true, complete: false });
			const wrong = (await listResponses(db, attempt.id)).find((r) => r.itemId === item.id)!;
			expect(wrong.score).toBe(0);
		}
	});

	describe.each(['after-item', 'after-submit'] as const)('saving one answer, review %s', (review) => {
		it.each(ofEachKind.map((item) => [item.kind, item] as const))(
			'%s: parses it once and grades it once',
			async (_, item) => {
				const { db } = store();
				const scope = scopeOf(await newAttempt(), review);
				const form = formFor(item, 'partial');
				const counts = await counted(item, () => answer(db, scope, item, form));
				expect(counts).toEqual({ parses: 1, grades: 1 });
				const [stored] = await listResponses(db, scope.attempt.id);
				// The one grading is the one stored, and the one feedback recomputes from the stored answer.
				expect(stored.score).toBe(kindOf(item).grade(item, stored.answer).score);
			}
		);
	});

	describe('feedback after each item', () => {
		it('keeps the first answer: a second one is ignored', async () => {
			const { db } = store();
			const attempt = await newAttempt();
			const scope = scopeOf(attempt, 'after-item');
			expect(await answer(db, scope, first, formFor(first, 'wrong'))).toEqual({ ok: true, complete: false });
			const [stored] = await listResponses(db, attempt.id);
			expect(await answer(db, scope, first, formFor(first, 'right'))).toEqual({ ok: true, complete: false });
			const responses = await listResponses(db, attempt.id);
			expect(responses).toEqual([stored]);
			expect(stored.score).toBe(0);

			const page = await itemPage(db, scope, 0, first);
			expect(page.draft).toBeNull();
			expect(page.feedback?.answer).toEqual(stored.answer);
			expect(page.feedback?.grade.score).toBe(stored.score);
			expect(page.answeredIds).toEqual([first.id]);
		});

		it('finishes the attempt with the last item, and says so only then', async () => {
			const { db } = store();
			const attempt = await newAttempt();
			const scope = scopeOf(attempt, 'after-item');
			const outcomes = [];
			for (const item of module.items) outcomes.push(await answer(db, scope, item, formFor(item, 'right')));
			expect(outcomes.slice(0, -1).every((o) => o.ok && !o.complete)).toBe(true);
			expect(outcomes.at(-1)).toEqual({ ok: true, complete: true });
			const finished = await reload(attempt);
			expect(finished.finishedAt).not.toBeNull();
			const responses = await listResponses(db, attempt.id);
			expect(responses.map((r) => r.itemId).sort()).toEqual(module.items.map((i) => i.id).sort());
			expect(responses.every((r) => r.score === r.max)).toBe(true);
		});
	});

	describe('drafts (feedback after submit or close)', () => {
		it('change until the attempt is submitted, without showing the key', async () => {
			const { db } = store();
			const attempt = await newAttempt();
			const scope = scopeOf(attempt, 'after-submit');
			await answer(db, scope, third, formFor(third, 'wrong'));
			await answer(db, scope, third, formFor(third, 'right'));
			const responses = await listResponses(db, attempt.id);
			expect(responses).toHaveLength(1);
			expect(responses[0].score).toBe(responses[0].max);

			const page = await itemPage(db, scope, 0, third);
			expect(page.draft).toEqual(responses[0].answer);
			expect(page.feedback).toBeNull();
			expect(page.savedAt).toBe(responses[0].updatedAt);
			expect(page.submitted).toBe(false);
		});

		it('are refused with 409 once submitted, even by a page loaded before the submit', async () => {
			const { db } = store();
			const attempt = await newAttempt();
			const stale = scopeOf(attempt, 'after-submit');
			await answer(db, stale, first, formFor(first, 'wrong'));
			await finishAttempt(db, attempt.id);

			const late = await answer(db, stale, first, formFor(first, 'right'));
			expect(late).toMatchObject({ ok: false, status: 409 });
			const newItem = await answer(db, stale, second, formFor(second, 'right'));
			expect(newItem).toMatchObject({ ok: false, status: 409 });

			const fresh = scopeOf(await reload(attempt), 'after-submit');
			expect(fresh.accepting).toBe(false);
			const again = await answer(db, fresh, first, formFor(first, 'right'));
			expect(again).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/already submitted/) });

			const responses = await listResponses(db, attempt.id);
			expect(responses.map((r) => r.itemId)).toEqual([first.id]);
			expect(responses[0].score).toBeLessThan(responses[0].max);

			// Submitted: the learner now sees the feedback on what they submitted.
			const page = await itemPage(db, fresh, 0, first);
			expect(page.submitted).toBe(true);
			expect(page.draft).toBeNull();
			expect(page.feedback?.answer).toEqual(responses[0].answer);
		});

		it('open feedback only when the assignment closes, with after-close review', async () => {
			const { db } = store();
			const attempt = await newAttempt();
			await answer(db, scopeOf(attempt, 'after-close'), second, formFor(second, 'right'));
			await finishAttempt(db, attempt.id);
			const submitted = await reload(attempt);
			const beforeClose = await itemPage(db, scopeOf(submitted, 'after-close'), 0, second);
			expect(beforeClose.feedback).toBeNull();
			const afterClose = await itemPage(db, scopeOf(submitted, 'after-close', { closed: true }), 0, second);
			expect(afterClose.feedback?.grade.score).toBe(afterClose.feedback?.grade.max);
			expect((await summary(db, scopeOf(submitted, 'after-close', { closed: true }))).revealed).toBe(true);
			expect((await summary(db, scopeOf(submitted, 'after-close'))).revealed).toBe(false);
		});
	});

	it.each(['after-item', 'after-submit', 'after-close'] as const)(
		'a scope that is not accepting (%s, assignment closed) refuses answers with 409 and stores nothing',
		async (review) => {
			const { db } = store();
			const attempt = await newAttempt();
			const scope = scopeOf(attempt, review, { accepting: false, closed: true });
			const outcome = await answer(db, scope, first, formFor(first, 'right'));
			expect(outcome).toEqual({ ok: false, status: 409, message: 'This assignment is not taking answers now.' });
			expect(await listResponses(db, attempt.id)).toEqual([]);
		}
	);

	it.each(ofEachKind.map((item) => [item.kind, item] as const))(
		'refuses a %s answer whose values the page never offered with 400, and stores nothing',
		async (_, item) => {
			const { db } = store();
			const attempt = await newAttempt();
			const kind = kindOf(item);
			const fields = kind.toForm(kind.sample(item, 'right', seeded(item.id)));
			expect(fields.length).toBeGreaterThan(0);
			for (const review of ['after-item', 'after-submit'] as const) {
				const scope = scopeOf(attempt, review);
				for (const value of ['made-up', '999999', '']) {
					const forged = formData(fields.map(([name]) => [name, value] as const));
					expect(await answer(db, scope, item, forged)).toMatchObject({ ok: false, status: 400 });
				}
			}
			expect(await listResponses(db, attempt.id)).toEqual([]);
		}
	);

	it('never lets a draft in after a concurrent submit', async () => {
		const { db } = store();
		// Several rounds, so that the submit lands at different points among the drafts.
		for (let round = 0; round < 25; round++) {
			const attempt = await newAttempt();
			const scope = scopeOf(attempt, 'after-submit');
			const items = module.items.slice(0, 20);
			const at = (round * 8) % 21;
			const drafts = items.map(
				(item) => () => answer(db, scope, item, formFor(item, round % 2 === 0 ? 'right' : 'wrong'))
			);
			// What the submit sees as soon as it is done: nothing may land after that.
			let atSubmit: StoredResponse[] = [];
			const finish = async () => {
				await finishAttempt(db, attempt.id);
				atSubmit = await listResponses(db, attempt.id);
				return 'finished' as const;
			};
			const calls = [...drafts.slice(0, at), finish, ...drafts.slice(at)];
			const outcomes = (await Promise.all(calls.map((call) => call()))).filter((o) => o !== 'finished');

			const { finishedAt } = await reload(attempt);
			expect(finishedAt).not.toBeNull();
			const responses = await listResponses(db, attempt.id);
			expect(responses).toEqual(atSubmit);
			for (const response of responses) expect(response.updatedAt <= finishedAt!).toBe(true);
			// What each learner's request was told matches what was kept.
			const stored = new Set(responses.map((r) => r.itemId));
			items.forEach((item, n) => {
				const outcome = outcomes[n];
				if (outcome.ok) expect(stored.has(item.id)).toBe(true);
				else {
					expect(outcome.status).toBe(409);
					expect(stored.has(item.id)).toBe(false);
				}
			});

			// After the submit, drafts are refused and change nothing.
			const late = await Promise.all(
				items.map((item) => saveDraftResponse(db, attempt.id, { itemId: item.id, answer: 'late', score: 0, max: 1 }))
			);
			expect(late.every((saved) => saved === false)).toBe(true);
			expect(await answer(db, scope, items[0], formFor(items[0], 'right'))).toMatchObject({ ok: false, status: 409 });
			expect(await listResponses(db, attempt.id)).toEqual(responses);
		}
	});

	it('never lets one of 20 concurrent drafts of one item in after the submit', async () => {
		const { db } = store();
		for (let round = 0; round < 25; round++) {
			const attempt = await newAttempt();
			const calls: Array<() => Promise<boolean>> = Array.from(
				{ length: 20 },
				(_, n) => () => saveDraftResponse(db, attempt.id, { itemId: 'q', answer: n, score: 0, max: 1 })
			);
			let atSubmit: StoredResponse[] = [];
			calls.splice(round % 21, 0, async () => {
				await finishAttempt(db, attempt.id);
				atSubmit = await listResponses(db, attempt.id);
				return true;
			});
			const saved = await Promise.all(calls.map((call) => call()));
			saved.splice(round % 21, 1);
			const { finishedAt } = await reload(attempt);
			expect(finishedAt).not.toBeNull();
			const responses = await listResponses(db, attempt.id);
			// Nothing landed after the submit was done.
			expect(responses).toEqual(atSubmit);
			const accepted = saved.flatMap((ok, n) => (ok ? [n] : []));
			if (accepted.length === 0) expect(responses).toEqual([]);
			else {
				expect(responses).toHaveLength(1);
				expect(accepted).toContain(responses[0].answer);
				expect(responses[0].updatedAt <= finishedAt!).toBe(true);
			}
			expect(await saveDraftResponse(db, attempt.id, { itemId: 'q', answer: 'late', score: 0, max: 1 })).toBe(false);
			expect(await listResponses(db, attempt.id)).toEqual(responses);
		}
	});
});

/*
 * Moodle's walkthrough tests, for every registered kind, from the kind's own
 * made-up responses: start an attempt, save a partly right answer and then a
 * right one, submit, and review it in each review mode.
 */
describeStores('walkthrough of every kind', (store) => {
	describe.each(ofEachKind.map((item) => [item.kind, item] as const))('%s', (_, item) => {
		const index = module.items.indexOf(item);

		it('start, answer, change the answer, submit, review', async () => {
			const { db } = store();
			const attempt = await createAttempt(db, module.id);
			const open = scopeOf(attempt, 'after-submit');
			expect(await answer(db, open, item, formFor(item, 'partial'))).toEqual({ ok: true, complete: false });
			const [partial] = await listResponses(db, attempt.id);
			expect(partial.score).toBeLessThan(partial.max);
			expect((await itemPage(db, open, index, item)).feedback).toBeNull();

			expect(await answer(db, open, item, formFor(item, 'right'))).toEqual({ ok: true, complete: false });
			const [right] = await listResponses(db, attempt.id);
			expect(right.score).toBe(right.max);
			expect((await itemPage(db, open, index, item)).draft).toEqual(right.answer);

			await finishAttempt(db, attempt.id);
			const submitted = (await findAttempt(db, attempt.id))!;
			const shown = (review: ReviewMode, closed: boolean) =>
				itemPage(db, scopeOf(submitted, review, { closed }), index, item);
			for (const review of ['after-item', 'after-submit'] as const) {
				const page = await shown(review, false);
				expect(page.feedback?.grade).toMatchObject({ score: right.max, max: right.max, valid: true });
				expect(page.feedback?.answer).toEqual(right.answer);
			}
			expect((await shown('after-close', false)).feedback).toBeNull();
			expect((await shown('after-close', true)).feedback?.grade.score).toBe(right.max);
		});
	});
});
