import type { Page } from '@playwright/test';
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
import { nestQuotes } from '../../quiz/format';
import { parts } from './types';

/*
 * What the teacher's pages show of disputed-claim items: the key part by part
 * in the module preview, and how a class answered each part on the item's
 * results page.
 */

/** A disputed-claim item's key as the tests' JSON has it (tests/.generated/modules.json). */
interface Key {
	claim: string;
	choices: string[];
	sources: string[];
	asserters: string[];
	disputers: string[];
	reportedIn: string[];
	evidence: Array<{ text: string }>;
}

type Response = Pick<Key, (typeof parts)[number]>;

const keyOf = (item: Item) => item.key as unknown as Key;
const claimItems = (quiz: Module) =>
	quiz.items.flatMap((item, index) =>
		item.kind === 'disputed-claim' ? [{ n: index + 1, item, key: keyOf(item) }] : []
	);

const reportName = (quiz: Module, id: string) =>
	`Report ${String.fromCharCode(65 + quiz.sources.findIndex((s) => s.id === id))}`;
const speakerName = (quiz: Module, id: string) =>
	id === 'reporter'
		? 'The reporter (no named source)'
		: id.startsWith('outlet:')
			? `The outlet of ${reportName(quiz, id.slice('outlet:'.length))} (the report’s own voice)`
			: quiz.speakers[id].name;

async function expectPreview(page: Page, quiz: Module) {
	const items = claimItems(quiz);
	expect(items.length, `disputed-claim items in ${quiz.id}`).toBeGreaterThan(0);
	await openSettled(page, `/teach/modules/${quiz.id}`);
	const people = (ids: string[]) => (ids.length ? ids.map((id) => speakerName(quiz, id)).join(', ') : 'nobody named');
	for (const { n, item, key } of items) {
		const box = page.locator('ol.key-items > li').nth(n - 1);
		await expect(box.getByRole('heading', { level: 3 })).toHaveText(`Question ${n}: ${item.prompt}`);
		await expect(box.locator('blockquote.claim')).toHaveText(key.claim);
		const dd = box.locator('dl.parts dd');
		await expect(dd.nth(0)).toHaveText(people(key.asserters));
		await expect(dd.nth(1)).toHaveText(people(key.disputers));
		await expect(dd.nth(2)).toHaveText(
			key.reportedIn.length ? key.reportedIn.map((id) => reportName(quiz, id)).join(', ') : 'neither report'
		);
		// A quotation inside the quoted evidence takes single marks (the <q> gives the outer ones).
		await expect(dd.nth(3).locator('li q')).toHaveText(key.evidence.map((e) => nestQuotes(e.text)));
	}
}

// The shipped module too: there a report's own voice is among the asserters (russia-threatens).
test('the module preview shows each disputed claim’s asserters, disputers, reports and evidence', async ({
	page,
	quiz,
	shipped
}) => {
	expect(
		claimItems(shipped).some(({ key }) => key.asserters.some((id) => id.startsWith('outlet:'))),
		'an outlet among the shipped asserters'
	).toBe(true);
	await signUpInPage(page, 'Ms Preview');
	await expectPreview(page, quiz);
	await expectPreview(page, shipped);
});

/** Four learners who answer every item, each with the variant seed.ts gives their ability. */
const roster: SeedLearner[] = [
	{ name: 'Ana', ability: 0.95 },
	{ name: 'Ben', ability: 0.7 },
	{ name: 'Cy', ability: 0.45 },
	{ name: 'Di', ability: 0.1 }
];

/** What a part scores, by the rule the README states: one point per key answer (one for none), minus one per wrong box. */
function partScore(key: Key, given: Response, part: (typeof parts)[number]) {
	const offered = part === 'reportedIn' ? key.sources : key.choices;
	const wrong = offered.filter((id) => given[part].includes(id) !== key[part].includes(id)).length;
	const max = Math.max(1, key[part].length);
	return { score: Math.max(0, max - wrong), max };
}

test('a disputed claim’s results count each choice of each part, who got full marks on it, and its mean points', async ({
	browser,
	quiz,
	baseURL
}) => {
	test.slow();
	const [{ n, item, key }] = claimItems(quiz);
	const seeded = await seedClass(baseURL!, quiz, roster, 'Disputed-claim results', { review: 'after-item' });
	const responses = roster.map((spec, k) => item.samples[variantOf(spec.ability, n - 1, k)].answer as Response);

	const context = await browser.newContext({ storageState: await seeded.teacher.ctx.storageState() });
	const page = await context.newPage();
	await page.goto(`/teach/assignments/${seeded.assignment.id}/items/${n}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n}: ${item.prompt}`);

	const questions = {
		asserters: 'Who asserts the claim',
		disputers: 'Who disputes it',
		reportedIn: 'Which report tells you it is disputed'
	};
	for (const part of parts) {
		const table = page.getByRole('table', { name: new RegExp(`^${questions[part]}`) });
		await expect(table).toBeVisible();
		const scores = responses.map((r) => partScore(key, r, part));
		const { max } = scores[0];
		const full = scores.filter((s) => s.score === s.max).length;
		const mean = (scores.reduce((sum, s) => sum + s.score, 0) / roster.length).toFixed(1);
		await expect(table.locator('caption'), part).toContainText(
			`${questions[part]} (${max} ${max === 1 ? 'point' : 'points'}): ${full} of ${roster.length} got full marks, ${mean} points on average`
		);
		// Each row counts the learners who ticked that choice; the key's rows are marked in words.
		const counts = await table.locator('tbody td.num').allTextContents();
		const ticks = responses.reduce((sum, r) => sum + r[part].length, 0);
		expect(
			counts.map(Number).reduce((a, b) => a + b, 0),
			`${part}: every tick counted once`
		).toBe(ticks);
		await expect(table.getByText('answer key')).toHaveCount(key[part].length);
	}
	// The rows name a report's own voice as the learners saw it.
	const outlets = key.choices.filter((id) => id.startsWith('outlet:'));
	expect(outlets.length, `an outlet among the choices of ${item.id}`).toBeGreaterThan(0);
	for (const id of outlets) {
		await expect(
			page
				.getByRole('table', { name: /^Who asserts the claim/ })
				.getByRole('rowheader', { name: speakerName(quiz, id) })
		).toBeVisible();
	}

	expect(await axeAtWidths(page, 'disputed-claim item')).toEqual([]);
	await context.close();
	await disposeAll(seeded);
});
