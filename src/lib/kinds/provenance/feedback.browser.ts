import { answerFirstOfKind, expect, feedback, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback in the browser: for what each passage shows, right or not in words
 * and an icon, one point for each passage right.
 */

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the feedback says, passage by passage, which answers were right',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const { item, answer } = await answerFirstOfKind(page, quiz, 'provenance');
		const verdicts = feedback(page).locator('ol.observations > li .verdict');
		await expect(verdicts).toHaveCount(item.max);
		await expect(verdicts.filter({ hasText: 'Right.' })).toHaveCount(answer.score);
		await expect(verdicts.filter({ hasText: 'Not quite.' })).toHaveCount(item.max - answer.score);
		await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
		// The plain first sentence: a partial answer is counted, not praised.
		await expect(feedback(page).locator('.lead-sentence')).toHaveText(
			new RegExp(`^You read ${answer.score} of ${item.max} passages right: `)
		);
	}
);
