import { expect, feedback, fillAnswer, itemUrl, startModule, submitAnswer, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback, part by part, in the browser: who is speaking, and how
 * the statement is attributed, each said right or not in words.
 */

// @practice: on the practice server, where no assignment pauses the module's practice.
test('the feedback says, part by part, which of the answer was right', { tag: '@practice' }, async ({ page, quiz }) => {
	const n = quiz.items.findIndex((item) => item.kind === 'attribution') + 1;
	const item = quiz.items[n - 1];
	const key = item.key as { speaker: string; mode: string };
	await startModule(page, quiz);
	await page.goto(itemUrl(quiz, n));
	const answer = item.samples.partial;
	const given = answer.answer as { speaker: string; mode: string };
	await fillAnswer(page, answer);
	await submitAnswer(page);
	await expect(feedback(page).locator('dl.parts dd .verdict')).toHaveText([
		given.speaker === key.speaker ? /Right/ : /Not quite/,
		given.mode === key.mode ? /Right/ : /Not quite/
	]);
	await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
});
