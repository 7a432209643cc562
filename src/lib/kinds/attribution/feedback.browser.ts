import {
	answerFirstOfKind,
	answerForm,
	expect,
	feedback,
	itemUrl,
	startModule,
	test
} from '../../../../tests/fixtures';
import { modes } from './types';
import { modeHints } from './wording';

/*
 * This kind's question and feedback in the browser: the item's own choice of
 * speakers, a hint under each mode, and feedback that opens with one plain
 * sentence, then says part by part which of the answer was right.
 */

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Key {
	speaker: string;
	mode: string;
	/** The speakers the item offers, in order. */
	speakers: string[];
}

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the question offers each item’s own speakers, and says under each mode what it looks like',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		await startModule(page, quiz);
		const items = quiz.items.flatMap((item, n) => (item.kind === 'attribution' ? [{ n: n + 1, item }] : []));
		expect(items.length, `attribution items in ${quiz.id}`).toBeGreaterThan(0);
		for (const { n, item } of items) {
			const offered = (item.key as unknown as Key).speakers;
			await page.goto(itemUrl(quiz, n));
			const sources = answerForm(page).getByRole('group', { name: 'Who is the source of this statement?' });
			await expect(sources.getByRole('radio')).toHaveCount(offered.length);
			for (const [k, id] of offered.entries()) {
				await expect(sources.locator('input[name="speaker"]').nth(k)).toHaveAttribute('value', id);
			}
			// Module speakers this item does not offer are not on the page.
			const others = Object.keys(quiz.speakers).filter((id) => !offered.includes(id));
			for (const id of others) await expect(sources.locator(`input[value="${id}"]`)).toHaveCount(0);
		}
		// The modes, each with its hint inside its label, so a screen reader reads them together.
		const how = answerForm(page).getByRole('group', { name: 'How is it attributed?' });
		for (const [mode, label] of Object.entries(modes)) {
			await expect(how.getByRole('radio', { name: label })).toHaveAttribute('value', mode);
			const hint = modeHints[mode as keyof typeof modes];
			await expect(how.getByRole('radio', { name: label })).toHaveAccessibleName(
				new RegExp(`^${escaped(label)}\\s*${escaped(hint)}$`)
			);
		}
	}
);

test('the feedback says, part by part, which of the answer was right', { tag: '@practice' }, async ({ page, quiz }) => {
	const { item, answer } = await answerFirstOfKind(page, quiz, 'attribution');
	const key = item.key as unknown as Key;
	const given = answer.answer as { speaker: string; mode: string };
	// It opens with one plain sentence of at most 25 words.
	const lead = feedback(page).locator('p').first();
	await expect(lead).toHaveClass(/lead-sentence/);
	const sentence = (await lead.textContent())!.trim();
	expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
	expect(sentence).toMatch(/^[^.!?]+\.$/);
	await expect(feedback(page).locator('dl.parts dd .verdict')).toHaveText([
		given.speaker === key.speaker ? /Right/ : /Not quite/,
		given.mode === key.mode ? /Right/ : /Not quite/
	]);
	await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
});
