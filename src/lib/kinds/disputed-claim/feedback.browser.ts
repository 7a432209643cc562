import { expect, feedback, fillAnswer, itemUrl, startModule, submitAnswer, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback, part by part, in the browser: who asserts, who
 * disputes, which report says so, each said right or not in words.
 */

const parts = ['asserters', 'disputers', 'reportedIn'] as const;
type Sets = Record<(typeof parts)[number], string[]>;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

// @practice: on the practice server, where no assignment pauses the module's practice.
test('the feedback says, part by part, which of the answer was right', { tag: '@practice' }, async ({ page, quiz }) => {
	const n = quiz.items.findIndex((item) => item.kind === 'disputed-claim') + 1;
	const item = quiz.items[n - 1];
	const key = item.key as unknown as Sets;
	await startModule(page, quiz);
	await page.goto(itemUrl(quiz, n));
	const answer = item.samples.partial;
	const given = answer.answer as Sets;
	await fillAnswer(page, answer);
	await submitAnswer(page);
	await expect(feedback(page).locator('dl.parts dd .verdict')).toHaveText(
		parts.map((part) => (sameSet(given[part], key[part]) ? /Right/ : /Not quite/))
	);
	await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
});
