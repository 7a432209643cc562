import type { Page } from '@playwright/test';
import {
	answerFirstOfKind,
	answerForm,
	expect,
	feedback,
	fillAnswer,
	itemUrl,
	startModule,
	submitAnswer,
	test,
	type Answer,
	type Module
} from '../../../../tests/fixtures';
import { whoseOf, type JsonKey } from './key-json';

/*
 * This kind's feedback in the browser: a plain first sentence, every loaded
 * phrase listed, found or missed, whose words it is and what the learner said,
 * and every other word marked, with why it is not loaded or why it was fair.
 */

const keyOf = (item: { key: unknown }) => item.key as unknown as JsonKey;
const opening = (page: Page) => feedback(page).locator('p.opening');
const extras = (page: Page) => feedback(page).locator('ul.extras > li');

/** The first loaded-wording item, opened in a new practice attempt; the words its form offers to mark. */
async function openFirst(page: Page, quiz: Module) {
	const n = quiz.items.findIndex((item) => item.kind === 'loaded-wording') + 1;
	const item = quiz.items[n - 1];
	await startModule(page, quiz);
	await page.goto(itemUrl(quiz, n));
	const words = await answerForm(page)
		.locator('label.word')
		.evaluateAll((labels) =>
			labels.map((label) => [Number(label.querySelector('input')!.value), label.textContent!.trim()] as const)
		);
	return { n, item, key: keyOf(item), offered: words.map(([i]) => i), textOf: new Map(words) };
}

/** The right answer with more words marked, each alone in a phrase of its own, given a voice. */
function withExtraWord(right: Answer, word: number | number[], score: number): Answer {
	const extra = [word].flat().flatMap((w): Array<[string, string]> => [
		['mark', String(w)],
		[`whose-${w}`, 'outlet']
	]);
	return { answer: null, form: [...right.form, ...extra], score };
}

/** A word the key does not count, with no marked word of the right answer next to it, so it is a phrase alone. */
function lonely(offered: number[], taken: number[], from: number[]): number {
	const word = from.find((i) => {
		const at = offered.indexOf(i);
		return !taken.includes(offered[at - 1]) && !taken.includes(offered[at + 1]);
	});
	if (word === undefined) throw new Error('no word stands alone');
	return word;
}

// @practice: on the practice server, where no assignment pauses the module's practice.
test(
	'the feedback lists every loaded phrase, found or missed, whose words it is and what the learner said',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const { item, answer } = await answerFirstOfKind(page, quiz, 'loaded-wording');
		const targets = keyOf(item).targets;
		const marks = (answer.answer as { marks: number[] }).marks;
		const listed = feedback(page).locator('ul.targets > li');
		await expect(listed).toHaveCount(targets.length);
		for (const [k, target] of targets.entries()) {
			const found = target.span.tokens.some((i) => marks.includes(i));
			await expect(listed.nth(k)).toContainText(found ? 'Found:' : 'Missed:');
			await expect(listed.nth(k).locator('q').first()).toHaveText(target.span.text);
			await expect(listed.nth(k)).toContainText(`is ${whoseOf(target, quiz.speakers)}.`);
			if (found) await expect(listed.nth(k)).toContainText(/You said/);
			await expect(listed.nth(k)).toContainText(target.connotes);
			await expect(listed.nth(k).locator('q').last()).toHaveText(target.neutral);
		}
		// The defensible words it did not mark are explained too: every word fair to call loaded is.
		const fair = feedback(page).locator('ul.defensible > li');
		await expect(fair).toHaveCount(keyOf(item).defensible.length);
		for (const [d, word] of keyOf(item).defensible.entries()) {
			await expect(fair.nth(d).locator('q')).toHaveText(word.span.text);
			await expect(fair.nth(d)).toContainText(word.explanation);
		}
		// The partial answer finds every phrase, so it is partly right, never "Not quite".
		await expect(opening(page)).toContainText('◐ Partly right.');
		await expect(opening(page)).not.toContainText('Not quite');
		await expect(feedback(page).locator('.score')).toHaveText(`${answer.score} of ${item.max} points`);
	}
);

test(
	'every phrase and two extra words: partly right, saying what was found and why each word is not loaded',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const { item, key, offered, textOf } = await openFirst(page, quiz);
		expect(key.notLoaded.length, `a not-loaded word with its reason in ${quiz.id}`).toBeGreaterThan(0);
		const right = item.samples.right;
		const marked = right.form.filter(([name]) => name === 'mark').map(([, value]) => Number(value));
		const counted = [...key.targets, ...key.defensible, ...key.notLoaded].flatMap((t) => t.span.tokens);
		// One word the key gives a reason for, and one it does not: that one gets the plain sentence.
		const [withReason] = key.notLoaded;
		const reasoned = lonely(offered, marked, withReason.span.tokens);
		const plain = lonely(
			offered,
			[...marked, reasoned],
			offered.filter((i) => !counted.includes(i))
		);
		await fillAnswer(page, withExtraWord(right, [reasoned, plain], item.max - 2));
		await submitAnswer(page);

		await expect(feedback(page).locator('.score')).toHaveText(`${item.max - 2} of ${item.max} points`);
		await expect(opening(page)).toContainText('◐ Partly right.');
		await expect(opening(page)).not.toContainText('Not quite');
		await expect(opening(page)).toContainText(`You found all ${key.targets.length} loaded phrases and whose words`);
		await expect(opening(page)).toContainText('but 2 of the words you marked are not loaded');
		// The extra words are listed in reading order.
		const lines = reasoned < plain ? { reasoned: 0, plain: 1 } : { reasoned: 1, plain: 0 };
		await expect(extras(page)).toHaveCount(2);
		await expect(extras(page).nth(lines.reasoned).locator('q')).toHaveText(textOf.get(reasoned)!);
		await expect(extras(page).nth(lines.plain).locator('q')).toHaveText(textOf.get(plain)!);
		// (A <q> draws its quotation marks: the text has none.)
		await expect(extras(page).nth(lines.reasoned)).toContainText(
			`Not loaded: ${textOf.get(reasoned)}: ${withReason.explanation}`
		);
		await expect(extras(page).nth(lines.plain)).toContainText(
			`Not loaded: ${textOf.get(plain)} says what it means here without praising or blaming anyone, so it is not loaded.`
		);
		await expect(extras(page)).toHaveText([/It cost 1 point\.$/, /It cost 1 point\.$/]);
	}
);

test(
	'a defensible word costs nothing, and the feedback gives its reason',
	{ tag: '@practice' },
	async ({ page, quiz }) => {
		const { item, key, offered } = await openFirst(page, quiz);
		expect(key.defensible.length, `a defensible word in ${quiz.id}`).toBeGreaterThan(0);
		const [fair] = key.defensible;
		const right = item.samples.right;
		const marked = right.form.filter(([name]) => name === 'mark').map(([, value]) => Number(value));
		await fillAnswer(page, withExtraWord(right, lonely(offered, marked, fair.span.tokens), item.max));
		await submitAnswer(page);

		await expect(feedback(page).locator('.score')).toHaveText(`${item.max} of ${item.max} points`);
		await expect(opening(page)).toContainText('✓ Right.');
		await expect(opening(page)).toContainText('was a fair mark too, and cost nothing');
		await expect(extras(page)).toHaveCount(1);
		await expect(extras(page)).toContainText('Fair mark, no cost:');
		await expect(extras(page)).toContainText(fair.explanation);
		// The passage shows the word as a fair mark, in words as well as by its look.
		await expect(feedback(page).locator('.marked-passage .w-fair')).toContainText('a fair mark that costs nothing');
	}
);
