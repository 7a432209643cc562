import type { Page } from '@playwright/test';
import {
	answerForm,
	axeAtWidths,
	expect,
	expectNoHorizontalScroll,
	feedback,
	hydrated,
	itemUrl,
	startModule,
	test,
	type Module
} from '../../../../tests/fixtures';
import type { JsonKey } from './key-json';
import { en as questionWords } from './question-words';
import { voiceShort } from './voices';
import { VOICES, type Voice } from './types';

/** What the learner chooses from, in English. */
const voiceChoice = questionWords.voiceChoice;

/*
 * Step 2 of a loaded-wording question: for each phrase the learner marked, a
 * group of three choices says whose words it is. With JavaScript the groups
 * come and go as words are marked; without it, "Next: whose words are they?"
 * brings them, the marks kept in the page's address. Run on the practice server.
 */

/** The first loaded-wording item, opened in a new practice attempt. */
async function open(page: Page, quiz: Module) {
	const n = quiz.items.findIndex((item) => item.kind === 'loaded-wording') + 1;
	const item = quiz.items[n - 1];
	const key = item.key as unknown as JsonKey;
	await startModule(page, quiz);
	await page.goto(itemUrl(quiz, n));
	const words = await answerForm(page)
		.locator('label.word')
		.evaluateAll((labels) =>
			labels.map((label) => ({ i: Number(label.querySelector('input')!.value), text: label.textContent!.trim() }))
		);
	// The first word of each target, in reading order, with the key's voice.
	const targets = key.targets
		.map((t) => ({ ...words.find((w) => t.span.tokens.includes(w.i))!, voice: t.voice }))
		.sort((a, b) => a.i - b.i);
	const next = (i: number) => words[words.findIndex((w) => w.i === i) + 1];
	return { n, item, key, words, targets, next };
}

const word = (page: Page, token: number) =>
	answerForm(page)
		.locator('label.word')
		.filter({ has: page.locator(`input[name="mark"][value="${token}"]`) });
const box = (page: Page, token: number) => answerForm(page).locator(`input[name="mark"][value="${token}"]`);
/** The group of choices for a phrase, found as a screen reader names it: by its legend, with the phrase's words. */
const group = (page: Page, phrase: string) =>
	answerForm(page).getByRole('group', { name: new RegExp(`^Whose words are .?${phrase}.?\\?$`) });
const choose = (page: Page, phrase: string, voice: Voice) =>
	group(page, phrase).getByRole('radio', { name: voiceChoice[voice] }).check();
const phraseGroups = (page: Page) => answerForm(page).locator('section.whose fieldset');

test.describe('with JavaScript', () => {
	test(
		'a choice appears for each phrase as it is marked, keeps its voice as the phrase grows, and goes when unmarked',
		{ tag: '@practice' },
		async ({ page, quiz }) => {
			const { item, targets, next } = await open(page, quiz);
			await hydrated(page);
			await expect(phraseGroups(page)).toHaveCount(0);
			await expect(answerForm(page).locator('button[formmethod="get"]')).toHaveCount(0);

			const [first] = targets;
			await word(page, first.i).click();
			await expect(phraseGroups(page)).toHaveCount(1);
			await expect(group(page, first.text).getByRole('radio')).toHaveCount(VOICES.length);
			const wrongVoice = VOICES.find((v) => v !== first.voice)!;
			await choose(page, first.text, wrongVoice);

			// The phrase grows by the next word: one group still, named by both words, with the voice kept.
			const after = next(first.i);
			await word(page, after.i).click();
			await expect(phraseGroups(page)).toHaveCount(1);
			const grown = group(page, `${first.text}\\W+${after.text}`);
			await expect(grown.getByRole('radio', { name: voiceChoice[wrongVoice] })).toBeChecked();
			await word(page, after.i).click();
			await expect(group(page, first.text).getByRole('radio', { name: voiceChoice[wrongVoice] })).toBeChecked();

			// Unmarked, the phrase's choice goes.
			await word(page, first.i).click();
			await expect(phraseGroups(page)).toHaveCount(0);

			// Every phrase marked, each given the key's voice but the first, which is given another.
			for (const target of targets) await word(page, target.i).click();
			await expect(phraseGroups(page)).toHaveCount(targets.length);
			for (const [k, target] of targets.entries()) await choose(page, target.text, k === 0 ? wrongVoice : target.voice);
			expect(await axeAtWidths(page, 'loaded-wording question, phrases chosen for')).toEqual([]);

			await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
			await expect(feedback(page).locator('.score')).toHaveText(`${item.max - 1} of ${item.max} points`);
			await expect(feedback(page).locator('ul.targets')).toContainText(`You said: ${voiceShort[wrongVoice]}`);
			expect(await axeAtWidths(page, 'loaded-wording feedback, one voice wrong')).toEqual([]);
		}
	);

	test(
		'a phrase left without a choice stops the answer from being sent',
		{ tag: '@practice' },
		async ({ page, quiz }) => {
			const { n, targets } = await open(page, quiz);
			await hydrated(page);
			await word(page, targets[0].i).click();
			// The radios are required: the browser refuses to send the form and says which choice is missing.
			const radio = group(page, targets[0].text).getByRole('radio').first();
			await radio.evaluate((e) =>
				e.addEventListener('invalid', () => e.setAttribute('data-refused', ''), { once: true })
			);
			await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
			await expect(radio).toHaveAttribute('data-refused', '');
			await expect(feedback(page)).toHaveCount(0);
			await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, n)}$`));
		}
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const width of [1280, 360]) {
		test(
			`at ${width} px, “Next: whose words are they?” brings a choice per phrase, the marks kept, nothing saved yet`,
			{ tag: '@practice' },
			async ({ page, quiz }) => {
				await page.setViewportSize({ width, height: 800 });
				const { n, item, targets } = await open(page, quiz);
				// On a phone the answer is folded away under the question until the learner asks for it.
				if (width < 1024) await page.getByRole('link', { name: 'Answer the question' }).click();
				// The count of marked words cannot follow the marks without JavaScript, so it is not shown.
				await expect(page.locator('.marked-count')).toHaveText('');
				await expect(phraseGroups(page)).toHaveCount(0);

				for (const target of targets) await word(page, target.i).click();
				await answerForm(page).getByRole('button', { name: 'Next: whose words are they?' }).click();

				// The same question, its marks in the address and ticked again, a group of choices per phrase.
				await expect(page).toHaveURL(new RegExp(`${itemUrl(quiz, n)}\\?.*step=whose.*#`));
				for (const target of targets) await expect(box(page, target.i)).toBeChecked();
				await expect(phraseGroups(page)).toHaveCount(targets.length);
				// Nothing is stored by it: the question is not answered yet.
				await expect(page.getByRole('navigation', { name: 'Questions' })).toContainText('0 answered');
				if (width <= 360) await expectNoHorizontalScroll(page, width);

				for (const target of targets) await choose(page, target.text, target.voice);
				await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
				await expect(feedback(page).locator('.score')).toHaveText(`${item.max} of ${item.max} points`);
				await expect(feedback(page).locator('p.opening')).toContainText('✓ Right.');
				for (const li of await feedback(page).locator('ul.targets > li').all())
					await expect(li).toContainText('You said so:');
				if (width <= 360) await expectNoHorizontalScroll(page, width);
			}
		);
	}

	test(
		'changing the marks and asking again keeps the choices already made',
		{ tag: '@practice' },
		async ({ page, quiz }) => {
			const { targets } = await open(page, quiz);
			const [first, second] = targets;
			await word(page, first.i).click();
			await answerForm(page).getByRole('button', { name: 'Next: whose words are they?' }).click();
			await choose(page, first.text, first.voice);
			await word(page, second.i).click();
			await answerForm(page).getByRole('button', { name: 'Update the phrases to choose for' }).click();
			await expect(phraseGroups(page)).toHaveCount(2);
			await expect(group(page, first.text).getByRole('radio', { name: voiceChoice[first.voice] })).toBeChecked();
			await expect(group(page, second.text).getByRole('radio', { checked: true })).toHaveCount(0);
		}
	);
});
