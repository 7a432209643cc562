import { expect, feedback, fillAnswer, itemUrl, startModule, submitAnswer, test } from '../../../../tests/fixtures';

/*
 * This kind's feedback in the browser: every loaded phrase listed, found or
 * missed, with what it suggests and a more neutral word.
 */

interface Target {
	span: { text: string; tokens: number[] };
	connotes: string;
	neutral: string;
}

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the feedback lists every loaded phrase, found or missed, what it suggests and a neutral word',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const n = quiz.items.findIndex((item) => item.kind === 'loaded-wording') + 1;
		const item = quiz.items[n - 1];
		const targets = (item.key as unknown as { targets: Target[] }).targets;
		await startModule(page, quiz);
		await page.goto(itemUrl(quiz, n));
		const answer = item.samples.partial;
		const marks = (answer.answer as { marks: number[] }).marks;
		await fillAnswer(page, answer);
		await submitAnswer(page);
		const listed = feedback(page).locator('ul.targets > li');
		await expect(listed).toHaveCount(targets.length);
		for (const [k, target] of targets.entries()) {
			const found = target.span.tokens.some((i) => marks.includes(i));
			await expect(listed.nth(k)).toContainText(found ? 'Found:' : 'Missed:');
			await expect(listed.nth(k).locator('q').first()).toHaveText(target.span.text);
			await expect(listed.nth(k)).toContainText(target.connotes);
			await expect(listed.nth(k).locator('q').last()).toHaveText(target.neutral);
		}
		await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
	}
);
