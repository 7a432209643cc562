import type { Cookies } from '@sveltejs/kit';
import { expect, it } from 'vitest';
import { kindOf, type Item } from '$lib/kinds/registry';
import { formData, seeded } from '$lib/kinds/samples';
import { reopensShownKey } from '$lib/teaching/policy';
import type { ReviewMode } from '$lib/teaching/types';
import { learnerSession, startNextAttempt } from './classroom';
import { findModule } from './content';
import { finishAttempt, finishAttemptsOf, listResponses } from './data/attempts';
import { findAssignment, updateAssignmentSchedule } from './data/classes';
import { answer, itemPage, summary } from './flow';
import { describeStores, seedAssignment, seedLearner } from './data/test-db';

/*
 * Walkthroughs of a learner's assignment for each review mode and number of
 * attempts, through the same functions the pages and actions call (no
 * browser): when the score shows, when the solution shows, and that closing
 * finishes what is open and cannot be undone once it showed the key.
 */

const module = findModule('putin-press-conference-2021')!;
// Any item will do: the rules are the same for every kind.
const item = module.items[0];
const index = 0;
const { explanation } = item as Item & { explanation: string };

/** A right or a wrong answer, as the item's form posts it. */
function form(right: boolean): FormData {
	const kind = kindOf(item);
	return formData(kind.toForm(kind.sample(item, right ? 'right' : 'wrong', seeded(item.id))));
}

/** The learner cookie of one device, as learnerSession reads it. */
const jar = (name: string, token: string) =>
	({ get: (n: string) => (n === name ? token : undefined) }) as unknown as Cookies;

type Seen = 'nothing' | 'score' | 'solution';

describeStores('attempt rules', (store) => {
	async function setUp(review: ReviewMode, attemptsAllowed: number) {
		const { db } = store();
		const teacher = `teacher-${crypto.randomUUID()}`;
		const assignment = await seedAssignment(db, { review, attemptsAllowed, teacherId: teacher });
		const { token } = await seedLearner(db, assignment.id, 'Ana');
		const cookies = jar(`learner-${assignment.id}`, token);
		const session = async () => (await learnerSession(db, cookies, assignment.code))!;
		/** What the learner's item page shows of the item now. */
		const seen = async (): Promise<Seen> => {
			const page = await itemPage(db, (await session()).scope, index, item);
			const text = JSON.stringify(page);
			if (page.feedback) {
				expect(text).toContain(explanation);
				return 'solution';
			}
			// Without the solution, nothing of it travels: no explanation, no evidence highlighted.
			expect(text).not.toContain(explanation);
			expect(page.highlights.every((h) => h.role !== 'evidence')).toBe(true);
			return page.result ? 'score' : 'nothing';
		};
		const close = async () => {
			await updateAssignmentSchedule(db, teacher, assignment.id, {
				closesAt: new Date(Date.now() - 1000).toISOString()
			});
			await finishAttemptsOf(db, assignment.id);
		};
		const submit = async () => finishAttempt(db, (await session()).scope.attempt.id);
		const answerIt = async (right: boolean) => answer(db, (await session()).scope, item, form(right));
		return { db, teacher, assignment, session, seen, close, submit, answerIt };
	}

	// review, attempts: what the learner sees after answering, after submitting, then on the last attempt.
	const walks: Array<[ReviewMode, number, Seen, Seen, Seen]> = [
		['after-item', 1, 'solution', 'solution', 'solution'],
		['after-item', 2, 'score', 'score', 'solution'],
		['after-submit', 1, 'nothing', 'solution', 'solution'],
		['after-submit', 2, 'nothing', 'score', 'solution'],
		['after-close', 1, 'nothing', 'nothing', 'nothing'],
		['after-close', 2, 'nothing', 'nothing', 'nothing']
	];

	for (const [review, attempts, afterAnswer, afterSubmit, onLast] of walks) {
		it(`${review}, ${attempts} attempt(s): ${afterAnswer} after answering, ${afterSubmit} after submitting, ${onLast} on the last attempt; the solution once closed`, async () => {
			const w = await setUp(review, attempts);
			expect(await w.answerIt(false)).toMatchObject({ ok: true });
			expect(await w.seen()).toBe(afterAnswer);
			await w.submit();
			expect(await w.seen()).toBe(afterSubmit);
			const { solutions } = await summary(w.db, (await w.session()).scope);
			expect(solutions).toBe(afterSubmit === 'solution');

			if (attempts > 1) {
				// The next attempt, answered right: from what the learner was shown, not from the key.
				expect(await startNextAttempt(w.db, await w.session())).toBeNull();
				expect(await w.seen()).toBe('nothing');
				expect(await w.answerIt(true)).toMatchObject({ ok: true });
				await w.submit();
				expect(await w.seen()).toBe(onLast);
				// Every attempt used: no more.
				expect(await startNextAttempt(w.db, await w.session())).toMatch(/every attempt/);
			}

			await w.close();
			expect(await w.seen()).toBe('solution');
			// Closing showed the key: opening again is refused, and so is moving the closing time later.
			const current = (await findAssignment(w.db, w.teacher, w.assignment.id))!;
			expect(reopensShownKey(current, { opensAt: null, closesAt: null, attemptsAllowed: attempts })).toBe(
				review !== 'after-item' || attempts > 1
			);
			const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
			expect(reopensShownKey(current, { opensAt: null, closesAt: tomorrow, attemptsAllowed: attempts })).toBe(
				review !== 'after-item' || attempts > 1
			);
		});
	}

	for (const review of ['after-submit', 'after-close'] as const) {
		it(`${review}: closing finishes a draft as it stands, and no answer changes it after the key was shown`, async () => {
			const w = await setUp(review, 1);
			await w.answerIt(false);
			await w.close();
			const { scope } = await w.session();
			expect(scope.attempt.finishedAt).not.toBeNull();
			expect(await w.seen()).toBe('solution');
			expect(await w.answerIt(true)).toMatchObject({ ok: false, status: 409 });
			const [stored] = await listResponses(w.db, scope.attempt.id);
			expect(stored.score).toBeLessThan(stored.max);
		});
	}

	it('a closing time that passes on its own finishes the open attempt when the learner next comes', async () => {
		const w = await setUp('after-close', 1);
		await w.answerIt(false);
		const closesAt = new Date(Date.now() - 1000).toISOString();
		// Only the time: nobody pressed Close.
		await updateAssignmentSchedule(w.db, w.teacher, w.assignment.id, { closesAt });
		const { scope } = await w.session();
		expect(scope.closed).toBe(true);
		expect(scope.attempt.finishedAt).toBe(closesAt);
		expect(await w.seen()).toBe('solution');
	});
});
