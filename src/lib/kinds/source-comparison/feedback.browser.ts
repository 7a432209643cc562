import { expect, feedback, fillAnswer, itemUrl, startModule, submitAnswer, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback in the browser: for which reports carry each statement, right or not in words
 * and an icon, one point for each statement right.
 */

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the feedback says, statement by statement, which answers were right',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const n = quiz.items.findIndex((item) => item.kind === 'source-comparison') + 1;
		const item = quiz.items[n - 1];
		await startModule(page, quiz);
		await page.goto(itemUrl(quiz, n));
		const answer = item.samples.partial;
		await fillAnswer(page, answer);
		await submitAnswer(page);
		const verdicts = feedback(page).locator('.comparison-feedback > li .verdict');
		await expect(verdicts).toHaveCount(item.max);
		await expect(verdicts.filter({ hasText: 'Right.' })).toHaveCount(answer.score);
		await expect(verdicts.filter({ hasText: 'Not quite.' })).toHaveCount(item.max - answer.score);
		await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
	}
);
