import type { Page } from '@playwright/test';
import {
	answerForm,
	expect,
	expectNoHorizontalScroll,
	feedback,
	itemUrl,
	origin,
	startModule,
	test,
	type Item,
	type Module
} from '../../../../tests/fixtures';
import type { JsonKey } from './key-json';
import { de, en } from './question-words';
import { VOICES } from './types';

/*
 * Marking words, this kind's own way of answering, with the keyboard only and
 * by touch. Run by Playwright with the browser flows, on the practice server
 * (@practice, playwright.config.ts).
 */

type LoadedWordingItem = Item & { key: JsonKey };

/** The token indices of the passage's words, as the page offers them to mark. */
const passageWords = async (page: Page): Promise<number[]> =>
	(
		await answerForm(page)
			.locator('input[name="mark"]')
			.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
	).map(Number);

/** The loaded-wording item with the most loaded phrases (the first of those), and its question number. */
function markingItem(quiz: Module): { item: LoadedWordingItem; n: number } {
	let best: { item: LoadedWordingItem; n: number } | null = null;
	quiz.items.forEach((entry, index) => {
		if (entry.kind !== 'loaded-wording') return;
		const item = entry as LoadedWordingItem;
		if (!best || item.key.targets.length > best.item.key.targets.length) best = { item, n: index + 1 };
	});
	if (!best) throw new Error(`${quiz.id} has no loaded-wording item`);
	return best;
}

const box = (page: Page, token: number) => answerForm(page).locator(`input[name="mark"][value="${token}"]`);
const count = (page: Page) => page.locator('.marked-count');
/** "2 words marked, in 2 phrases.": each word marked here stands alone, a phrase of its own. */
const counted = (n: number) =>
	n === 0 ? '0 words marked.' : `${n} ${n === 1 ? 'word' : 'words'} marked, in ${n} ${n === 1 ? 'phrase' : 'phrases'}.`;
/** The radio buttons that say whose words the phrase starting at a word is. */
const voices = (page: Page, start: number) => answerForm(page).locator(`input[name="whose-${start}"]`);

async function openItem(page: Page, quiz: Module) {
	const { item, n } = markingItem(quiz);
	await startModule(page, quiz);
	await page.goto(itemUrl(quiz, n));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
	// On a phone the answer is folded away under the question until the learner asks for it.
	const unfold = page.getByRole('link', { name: 'Answer the question' });
	if (await unfold.isVisible()) await unfold.press('Enter');
	const words = await passageWords(page);
	// The first word of each loaded phrase, in reading order, and the voice the key gives it.
	const firsts = item.key.targets
		.map((t) => ({ token: t.span.tokens.find((i) => words.includes(i))!, voice: t.voice }))
		.sort((a, b) => a.token - b.token);
	const targets = firsts.map((t) => t.token);
	const plain = words.filter((i) => !item.key.targets.some((t) => t.span.tokens.includes(i)));
	return { item, n, words, targets, voiceOf: new Map(firsts.map((t) => [t.token, t.voice])), plain };
}

/** Tabs from the top of the page until focus is in the passage: it must land on its first word. */
async function tabIntoPassage(page: Page, firstWord: number) {
	await page.locator('body').focus();
	for (let presses = 0; presses < 100; presses++) {
		await page.keyboard.press('Tab');
		const inPassage = await page.evaluate(() => document.activeElement?.closest('.markable') !== null);
		if (inPassage) break;
	}
	await expect(box(page, firstWord)).toBeFocused();
}

/** Tabs on until focus is in the radio group of the phrase that starts at a word. */
async function tabIntoVoices(page: Page, start: number) {
	for (let presses = 0; presses < 200; presses++) {
		const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
		if (name === `whose-${start}`) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`the choice for the phrase at ${start} was not reached`);
}

async function expectFeedbackListsWords(page: Page, item: LoadedWordingItem, marked: number[]) {
	await expect(feedback(page)).toBeVisible();
	await expect(feedback(page).locator('.score')).toHaveText(`${item.max} of ${item.max} points`);
	const targets = feedback(page).locator('ul.targets > li');
	await expect(targets).toHaveCount(item.key.targets.length);
	for (const [n, target] of item.key.targets.entries()) {
		await expect(targets.nth(n)).toContainText('Found:');
		await expect(targets.nth(n)).toContainText('You said so:');
		await expect(targets.nth(n).locator('q').first()).toHaveText(target.span.text);
	}
	// The words the learner marked are shown as marked and loaded.
	await expect(feedback(page).locator('.marked-passage .w-hit')).toHaveCount(marked.length);
}

for (const width of [1280, 360]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('marking words with the keyboard only', { tag: '@practice' }, async ({ page, quiz }) => {
			const { item, n, words, targets, voiceOf, plain } = await openItem(page, quiz);
			await expect(count(page)).toHaveText(counted(0));
			// With a mouse and keyboard (pointer: fine), the instructions name the keys, not tapping.
			const hint = answerForm(page).locator('p.hint').first();
			await expect(hint).toContainText('Space marks or unmarks one');
			await expect(hint.locator('.on-touch')).toBeHidden();
			if (width <= 360) await expectNoHorizontalScroll(page, width);

			await tabIntoPassage(page, words[0]);
			let at = 0;
			const moveTo = async (token: number) => {
				const to = words.indexOf(token);
				for (; at < to; at++) await page.keyboard.press('ArrowRight');
				for (; at > to; at--) await page.keyboard.press('ArrowLeft');
				await expect(box(page, token)).toBeFocused();
			};

			// Arrow keys move word to word; at the ends they stay put.
			await page.keyboard.press('ArrowLeft');
			await expect(box(page, words[0])).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(box(page, words[1])).toBeFocused();
			await page.keyboard.press('ArrowUp');
			await expect(box(page, words[0])).toBeFocused();
			// Tab still goes word to word as well.
			await page.keyboard.press('Tab');
			await expect(box(page, words[1])).toBeFocused();
			await page.keyboard.press('Shift+Tab');
			await expect(box(page, words[0])).toBeFocused();

			// Space marks, and marks again to unmark; the count follows.
			await moveTo(plain[0]);
			await page.keyboard.press('Space');
			await expect(box(page, plain[0])).toBeChecked();
			await expect(count(page)).toHaveText(counted(1));
			await page.keyboard.press('Space');
			await expect(box(page, plain[0])).not.toBeChecked();
			await expect(count(page)).toHaveText(counted(0));

			// The words are checkboxes in a named group, each named by its word.
			await expect(page.getByRole('group', { name: 'Words of the passage' })).toBeVisible();
			for (const [k, token] of targets.entries()) {
				await moveTo(token);
				await expect(box(page, token)).toHaveRole('checkbox');
				const shown = await answerForm(page)
					.locator('label.word')
					.filter({ has: page.locator(`input[value="${token}"]`) })
					.textContent();
				expect(item.key.targets.some((t) => t.span.text.includes(shown!.trim()))).toBe(true);
				await expect(box(page, token)).toHaveAccessibleName(shown!.trim());
				await page.keyboard.press('Space');
				await expect(box(page, token)).toBeChecked();
				await expect(count(page)).toHaveText(counted(k + 1));
			}
			for (const token of words.filter((i) => !targets.includes(i))) await expect(box(page, token)).not.toBeChecked();

			// Step 2: a group of choices per phrase, after the passage; Tab reaches each, Space or the arrows choose.
			for (const token of targets) {
				await tabIntoVoices(page, token);
				const k = VOICES.indexOf(voiceOf.get(token)!);
				if (k === 0) await page.keyboard.press('Space');
				for (let step = 0; step < k; step++) await page.keyboard.press('ArrowDown');
				await expect(voices(page, token).nth(k)).toBeChecked();
			}

			// Enter sends the form from where the learner is.
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(`${itemUrl(quiz, n)}#feedback`);
			await expectFeedbackListsWords(page, item, targets);
			// Focus goes to the feedback, so a keyboard or screen-reader user is taken to it.
			await expect(feedback(page)).toBeFocused();
			if (width <= 360) await expectNoHorizontalScroll(page, width);
		});
	});
}

test.describe('on a touch screen at 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('marking words by tapping them', { tag: '@practice' }, async ({ page, quiz }) => {
		const { item, n, targets, voiceOf, plain } = await openItem(page, quiz);
		await expectNoHorizontalScroll(page, 360);
		const word = (token: number) =>
			answerForm(page)
				.locator('label.word')
				.filter({ has: page.locator(`input[name="mark"][value="${token}"]`) });

		// The instructions speak of tapping here (pointer: coarse), not of keys.
		const hint = answerForm(page).locator('p.hint').first();
		await expect(hint).toContainText('Tap a word to mark it');
		await expect(hint.locator('.on-pointer')).toBeHidden();
		// Every word looks pressable without hover (a box around it), and its box is 24 by 24 px at least.
		const areas = await answerForm(page)
			.locator('label.word')
			.evaluateAll((labels) =>
				labels.map((label) => {
					const box = label.getBoundingClientRect();
					return {
						word: label.textContent!.trim(),
						width: box.width,
						height: box.height,
						edge: getComputedStyle(label).boxShadow
					};
				})
			);
		for (const area of areas) {
			expect(area.width, `${area.word}: tap width`).toBeGreaterThanOrEqual(24);
			expect(area.height, `${area.word}: tap height`).toBeGreaterThanOrEqual(24);
			expect(area.edge, `${area.word}: a visible edge`).not.toBe('none');
		}
		// The shortest word, tapped 9 px right of its middle, outside its letters: still marked.
		const shortest = [...areas.entries()].sort(([, a], [, b]) => a.word.length - b.word.length)[0][0];
		const short = answerForm(page).locator('label.word').nth(shortest);
		const { x, y, width, height } = (await short.boundingBox())!;
		await page.touchscreen.tap(x + width / 2 + 9, y + height / 2);
		await expect(short.locator('input')).toBeChecked();
		await page.touchscreen.tap(x + width / 2 + 9, y + height / 2);
		await expect(short.locator('input')).not.toBeChecked();

		// A tap marks a word, a second tap unmarks it.
		await word(plain[0]).tap();
		await expect(box(page, plain[0])).toBeChecked();
		await expect(count(page)).toHaveText(counted(1));
		await word(plain[0]).tap();
		await expect(box(page, plain[0])).not.toBeChecked();
		await expect(count(page)).toHaveText(counted(0));

		for (const [k, token] of targets.entries()) {
			await word(token).tap();
			await expect(box(page, token)).toBeChecked();
			await expect(count(page)).toHaveText(counted(k + 1));
		}
		// Each phrase's choice is a row as tall as a finger needs.
		for (const token of targets) {
			const choice = answerForm(page)
				.locator('label.choice')
				.filter({
					has: page.locator(`input[name="whose-${token}"][value="${voiceOf.get(token)}"]`)
				});
			expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(24);
			await choice.tap();
			await expect(voices(page, token).nth(VOICES.indexOf(voiceOf.get(token)!))).toBeChecked();
		}
		await expectNoHorizontalScroll(page, 360);
		await answerForm(page).getByRole('button', { name: 'Check my answer' }).tap();
		await expect(page).toHaveURL(`${itemUrl(quiz, n)}#feedback`);
		await expectFeedbackListsWords(page, item, targets);
		await expectNoHorizontalScroll(page, 360);
	});
});

test(
	'in German, the question’s words are German, and come with the page, in no script',
	{ tag: '@practice' },
	async ({ browser, page, quiz }) => {
		const { item, n } = markingItem(quiz);
		await startModule(page, quiz);
		// The same learner in a fresh browser, so that every script the page runs is fetched for it.
		const german = await browser.newContext({ storageState: await page.context().storageState() });
		await german.addCookies([{ name: 'locale', value: 'de', url: origin() }]);
		const js = await german.newPage();
		await js.goto(itemUrl(quiz, n));
		await expect(js.locator('html')).toHaveAttribute('lang', 'de');
		await expect(answerForm(js).locator('p.hint').first()).toContainText(de.step1Before.trim());
		// The count is written by the browser once the page runs, from the page's messages block.
		await expect(count(js)).toHaveText('0 Wörter markiert.');
		const words = await passageWords(js);
		const loaded = item.key.targets[0].span.tokens.find((i) => words.includes(i))!;
		await answerForm(js)
			.locator('label.word')
			.filter({ has: js.locator(`input[name="mark"][value="${loaded}"]`) })
			.click();
		await expect(box(js, loaded)).toBeChecked();
		await expect(count(js)).toHaveText('1 Wort markiert, in 1 Wortgruppe.');
		const choice = answerForm(js).locator('fieldset.voice').first();
		await expect(choice.locator('legend')).toContainText(de.whoseWords);
		await expect(choice.getByRole('radio', { name: de.voiceChoice.quoted })).toBeVisible();

		const scripts = await js.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((url) => new URL(url).pathname.endsWith('.js'))
		);
		expect(scripts.length).toBeGreaterThan(0);
		for (const url of scripts) {
			const body = await (await js.request.get(url)).text();
			for (const words of [de.pressButton, en.pressButton, de.voiceChoice.outlet, en.voiceChoice.outlet])
				expect(body, url).not.toContain(words);
		}
		await german.close();
	}
);
