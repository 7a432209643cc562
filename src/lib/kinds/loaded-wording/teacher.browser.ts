import type { Browser, BrowserContextOptions } from '@playwright/test';
import {
	answerForm,
	axeAtWidths,
	expect,
	openSettled,
	signUpInPage,
	test,
	type Item
} from '../../../../tests/fixtures';
import { answerItem, assignModule, createClass, joinAs, signUpTeacher } from '../../../../tests/seed';
import { samples } from './samples';
import { whoseOf, type JsonKey } from './key-json';
import { voiceShort } from './voices';
import type { Voice } from './types';

/*
 * What the teacher's pages show of loaded-wording items: each phrase of the key
 * in the module preview, and on the item's results page the class's marks laid
 * over the passage (a heatmap), each word's count in numbers, the key told
 * apart by a sign and by words, not by colour alone.
 */

type Key = JsonKey;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of the passage as the item's form offers them: token index and text. */
async function offeredWords(browser: Browser, state: BrowserContextOptions['storageState'], path: string) {
	const context = await browser.newContext({ storageState: state });
	const page = await context.newPage();
	await page.goto(path);
	const words = await answerForm(page)
		.locator('label.word')
		.evaluateAll((labels) =>
			labels.map((label) => ({
				i: Number(label.querySelector('input')!.value),
				text: label.querySelector('span')!.textContent!.trim()
			}))
		);
	await context.close();
	return words;
}

test('the module preview shows each loaded phrase, what it connotes, a neutral word, whose word it is and the fair marks', async ({
	page,
	quiz
}) => {
	const items = quiz.items.flatMap((item, index) => (item.kind === 'loaded-wording' ? [{ n: index + 1, item }] : []));
	expect(items.length, `loaded-wording items in ${quiz.id}`).toBeGreaterThan(0);
	await signUpInPage(page, 'Ms Preview');
	await openSettled(page, `/teach/modules/${quiz.id}`);
	for (const { n, item } of items) {
		const key = item.key as unknown as Key;
		const box = page.locator('ol.key-items > li').nth(n - 1);
		await expect(box.getByRole('heading', { level: 3 })).toHaveText(`Question ${n}: ${item.prompt}`);
		const targets = box.locator('ul.targets > li');
		await expect(targets).toHaveCount(key.targets.length);
		for (const [t, target] of key.targets.entries()) {
			await expect(targets.nth(t).locator('q').first()).toHaveText(target.span.text);
			await expect(targets.nth(t)).toContainText(target.connotes);
			await expect(targets.nth(t).locator('q').last()).toHaveText(target.neutral);
			await expect(targets.nth(t)).toContainText(`is ${whoseOf(target, quiz.speakers)}.`);
		}
		await expect(box.locator('.marked-passage mark.hl-target')).toHaveCount(key.targets.length);
		const fair = box.locator('ul.defensible > li');
		await expect(fair).toHaveCount(key.defensible.length);
		for (const [d, word] of key.defensible.entries()) {
			await expect(fair.nth(d).locator('q')).toHaveText(word.span.text);
			await expect(fair.nth(d)).toContainText(word.explanation);
		}
	}
});

/*
 * Three learners answer so that one word is marked by all three and one
 * unloaded word by just one.
 */
test('the heatmap counts each word’s marks and sets the key apart beyond colour', async ({
	browser,
	quiz,
	baseURL
}) => {
	test.slow();
	// An item with two phrases, so that a learner can find one and not the other.
	const index = quiz.items.findIndex(
		(i) => i.kind === 'loaded-wording' && (i.key as unknown as Key).targets.length >= 2
	);
	expect(index, `a loaded-wording item with two phrases in ${quiz.id}`).toBeGreaterThanOrEqual(0);
	const item: Item = quiz.items[index];
	const key = item.key as unknown as Key;
	const n = index + 1;

	const teacher = await signUpTeacher(baseURL!, 'Ms Heatmap');
	const assignment = await assignModule(teacher, await createClass(teacher, 'Heatmap'), quiz.id, {
		review: 'after-item'
	});
	const learners = await Promise.all(['Ana', 'Ben', 'Cléo'].map((name) => joinAs(baseURL!, assignment.code, name)));

	// The passage's words as the learners' form offers them; the phrases' words among them.
	const words = await offeredWords(browser, await learners[0].ctx.storageState(), `/a/${assignment.code}/items/${n}`);
	expect(words.length).toBeGreaterThan(0);
	const offered = words.map((w) => w.i);
	const targets = key.targets.map((t) => t.span.tokens.filter((i) => offered.includes(i)));
	const targetTokens = new Set(key.targets.flatMap((t) => t.span.tokens));
	// Each phrase of the key is marked once, at its first word: a multi-word phrase gets one ◆, not one per word.
	const targetStarts = new Set(targets.map((t) => t[0]));
	const plain = offered.filter((i) => !targetTokens.has(i));

	// All three mark the first word of the first phrase; only the second marks the passage's first unloaded word.
	const marks = [
		targets.map((t) => t[0]),
		[targets[0][0], plain[0]],
		[...targets.flat(), plain[Math.floor(plain.length / 2)]]
	];
	// Whose words: the first and the third give each loaded word the key's voice, the second another one.
	const keyVoice = (i: number) => key.targets.find((t) => t.span.tokens.includes(i))?.voice;
	const otherThan = (voice: Voice | undefined): Voice => (voice === 'quoted' ? 'outlet' : 'quoted');
	const voices = marks.map((own, k) =>
		Object.fromEntries(
			own.flatMap((i) => (keyVoice(i) ? [[String(i), k === 1 ? otherThan(keyVoice(i)) : keyVoice(i)!]] : []))
		)
	);
	for (const [k, learner] of learners.entries()) {
		const form = samples.toForm({ marks: marks[k], voices: voices[k] });
		await answerItem(learner, assignment.code, n, new URLSearchParams(form).toString());
	}

	const count = (i: number) => marks.filter((m) => m.includes(i)).length;
	const expected = words
		.filter((w) => count(w.i) > 0 || targetTokens.has(w.i))
		.map((w) => ({ text: w.text, count: count(w.i), target: targetTokens.has(w.i), start: targetStarts.has(w.i) }));
	const allThree = words.find((w) => count(w.i) === 3)!;
	const justOne = words.find((w) => count(w.i) === 1 && !targetTokens.has(w.i))!;
	expect(allThree, 'a word all three marked').toBeDefined();
	expect(targetTokens.has(allThree.i)).toBe(true);
	expect(justOne, 'an unloaded word one learner marked').toBeDefined();

	const context = await browser.newContext({ storageState: await teacher.ctx.storageState() });
	const page = await context.newPage();
	await page.goto(`/teach/assignments/${assignment.id}/items/${n}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n}: ${item.prompt}`);
	const heatmap = page.getByRole('figure', { name: 'Words the class marked as loaded (3 answers)' });
	await expect(heatmap).toBeVisible();
	const shownWords = await heatmap.locator('.heat-passage .w').evaluateAll((spans) =>
		spans.map((span) => {
			const copy = span.cloneNode(true) as HTMLElement;
			const diamond = copy.querySelector('.diamond')?.textContent ?? '';
			const hidden = [...copy.querySelectorAll('.visually-hidden')].map((h) => h.textContent!.trim());
			const sup = copy.querySelector('sup')?.textContent ?? '';
			copy.querySelectorAll('.diamond, .visually-hidden, sup').forEach((e) => e.remove());
			return {
				text: copy.textContent!.trim(),
				count: sup ? Number(sup) : 0,
				// The key is told by a ◆ and by words for screen readers, not by colour alone.
				target: getComputedStyle(span).textDecorationLine.includes('underline'),
				start: diamond === '◆' && hidden.includes('target:'),
				anyMarker: diamond !== '' || hidden.includes('target:')
			};
		})
	);
	expect(shownWords.map(({ text, count, target, start }) => ({ text, count, target, start }))).toEqual(expected);
	for (const w of shownWords) {
		expect(w.anyMarker, `${w.text}: a key marker only where a phrase of the key starts`).toBe(w.start);
	}

	// The two words in question, as a screen reader reads them.
	expect(targetStarts.has(allThree.i), 'the word all three marked starts a phrase').toBe(true);
	const three = heatmap.locator('.heat-passage .w.target').filter({ hasText: allThree.text }).filter({ hasText: '3' });
	await expect(three.first()).toContainText('◆');
	await expect(three.first()).toContainText(`target: ${allThree.text}, marked by 3`);
	const one = heatmap
		.locator('.heat-passage .w')
		.filter({ hasText: new RegExp(`^${escapeRe(justOne.text)}, marked by 1$`) });
	await expect(one.first()).not.toContainText('◆');
	await expect(one.first()).not.toContainText('target');
	await expect(page.getByRole('list', { name: 'Key to the heatmap' })).toBeVisible();

	// The table of the most marked words puts the word all three marked first, in the key.
	const top = page.getByRole('table', { name: 'The most marked words' }).locator('tbody tr').first();
	await expect(top.getByRole('rowheader')).toHaveText(allThree.text);
	await expect(top.locator('td')).toHaveText(['◆ Yes', '3']);

	// Per phrase of the key: who found it, how many of them said whose words it is, and what they said.
	const facts = page.locator('section[aria-labelledby="answers-heading"] ul.targets > li');
	await expect(facts).toHaveCount(key.targets.length);
	for (const [t, target] of key.targets.entries()) {
		const finders = marks.filter((own) => own.some((i) => target.span.tokens.includes(i))).length;
		const right = marks.filter((own, k) => k !== 1 && own.some((i) => target.span.tokens.includes(i))).length;
		await expect(facts.nth(t)).toContainText(
			`Found by ${finders} of 3; of those, ${right} said whose words rightly (${voiceShort[target.voice]}).`
		);
	}
	await expect(facts.first()).toContainText(`${voiceShort[otherThan(key.targets[0].voice)]} 1`);

	expect(await axeAtWidths(page, 'loaded-wording item')).toEqual([]);
	await context.close();
	await Promise.all([teacher.ctx.dispose(), ...learners.map((l) => l.ctx.dispose())]);
});
