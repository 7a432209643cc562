import { answerFirstOfKind, expect, feedback, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback in the browser: for which reports carry each statement, right or not in words
 * and an icon, one point for each statement right.
 */

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the feedback says, statement by statement, which answers were right',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const { item, answer } = await answerFirstOfKind(page, quiz, 'source-comparison');
		const verdicts = feedback(page).locator('.comparison-feedback > li .verdict');
		await expect(verdicts).toHaveCount(item.max);
		await expect(verdicts.filter({ hasText: 'Right.' })).toHaveCount(answer.score);
		await expect(verdicts.filter({ hasText: 'Not quite.' })).toHaveCount(item.max - answer.score);
		await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
		// The plain first sentence: a partial answer is counted, not praised.
		await expect(feedback(page).locator('.lead-sentence')).toHaveText(
			new RegExp(`^You placed ${answer.score} of ${item.max} right: `)
		);
	}
);
