import {
	axeAtWidths,
	expect,
	openSettled,
	signUpInPage,
	test,
	type Item,
	type Module
} from '../../../../tests/fixtures';
import { disposeAll, seedClass, variantOf, type SeedLearner } from '../../../../tests/seed';
import { modes, type Mode } from './types';

/*
 * What the teacher's pages show of attribution items: the key part by part in
 * the module preview, and how a class answered (who is speaking, how it is
 * attributed, both right) on the item's results page.
 */

/** An attribution item's key as the tests' JSON has it (tests/.generated/modules.json). */
interface Key {
	speaker: string;
	mode: Mode;
	evidence: Array<{ text: string }>;
	/** The speakers the item offers, in order. */
	speakers: string[];
}

interface Response {
	speaker: string;
	mode: Mode;
}

const attributionItems = (quiz: Module) =>
	quiz.items.flatMap((item, index) => (item.kind === 'attribution' ? [{ n: index + 1, item, key: keyOf(item) }] : []));
const keyOf = (item: Item) => item.key as unknown as Key;

/** A speaker in words, as every page names them. */
const speakerIn = (quiz: Module) => (id: string) =>
	({ reporter: 'The reporter (no named source)', unnamed: 'An unnamed or vague source' })[id] ?? quiz.speakers[id].name;

test('the module preview shows each attribution item’s source, attribution, evidence and choices', async ({
	page,
	quiz
}) => {
	const items = attributionItems(quiz);
	expect(items.length, `attribution items in ${quiz.id}`).toBeGreaterThan(0);
	await signUpInPage(page, 'Ms Preview');
	await openSettled(page, `/teach/modules/${quiz.id}`);
	const speaker = speakerIn(quiz);
	for (const { n, item, key } of items) {
		const box = page.locator('ol.key-items > li').nth(n - 1);
		await expect(box.getByRole('heading', { level: 3 })).toHaveText(`Question ${n}: ${item.prompt}`);
		const parts = box.locator('dl.parts dd');
		await expect(parts.nth(0)).toHaveText(speaker(key.speaker));
		await expect(parts.nth(1)).toHaveText(modes[key.mode]);
		await expect(parts.nth(2).locator('li q')).toHaveText(key.evidence.map((e) => e.text));
		await expect(parts.nth(3)).toHaveText(key.speakers.map(speaker).join(', '));
	}
});

/** Four learners who answer every item, each with the variant seed.ts gives their ability. */
const roster: SeedLearner[] = [
	{ name: 'Ana', ability: 0.95 },
	{ name: 'Ben', ability: 0.7 },
	{ name: 'Cy', ability: 0.45 },
	{ name: 'Di', ability: 0.1 }
];

test('an attribution item’s results count each source and attribution, and the learners right on both', async ({
	browser,
	quiz,
	baseURL
}) => {
	test.slow();
	const [{ n, item, key }] = attributionItems(quiz);
	const seeded = await seedClass(baseURL!, quiz, roster, 'Attribution results', { review: 'after-item' });
	const answers = roster.map((_, k) => {
		const sample = item.samples[variantOf(roster[k].ability, n - 1, k)];
		return { response: sample.answer as Response, full: sample.score === item.max };
	});
	const context = await browser.newContext({ storageState: await seeded.teacher.ctx.storageState() });
	const page = await context.newPage();
	await page.goto(`/teach/assignments/${seeded.assignment.id}/items/${n}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n}: ${item.prompt}`);

	// Both right: the learners who scored full marks.
	const both = answers.filter((a) => a.full).length;
	await expect(page.getByText(/chose both the right source and the right attribution/)).toContainText(
		`${both} of ${roster.length}`
	);

	// The sources table lists the speakers the item offered, in their order, and no other.
	const sources = page.getByRole('table', { name: 'Who is speaking' });
	await expect(sources.locator('tbody th')).toHaveCount(key.speakers.length);
	await expect(sources.locator('tbody th')).toContainText(key.speakers.map(speakerIn(quiz)));

	// Each table counts every answer once, and marks the key's row in words.
	for (const [caption, right] of [
		['Who is speaking', answers.filter((a) => a.response.speaker === key.speaker).length],
		['How the statement is attributed', answers.filter((a) => a.response.mode === key.mode).length]
	] as const) {
		const table = page.getByRole('table', { name: caption });
		await expect(table).toBeVisible();
		await expect(table.getByText('answer key')).toHaveCount(1);
		const counts = await table.locator('tbody td.num').allTextContents();
		expect(
			counts.map(Number).reduce((a, b) => a + b, 0),
			`${caption}: every answer counted once`
		).toBe(roster.length);
		await expect(table.locator('tbody tr.key td.num'), `${caption}: the key's row`).toHaveText(String(right));
	}
	await expect(page.getByRole('heading', { name: 'The answer' })).toBeVisible();

	expect(await axeAtWidths(page, 'attribution item')).toEqual([]);
	await context.close();
	await disposeAll(seeded);
});
