import { expect, hydrated, test, testModule, watch } from '../../../../tests/fixtures';
import { disposeAll, seedClass } from '../../../../tests/seed';

/*
 * How a class marked a passage, on the teacher's page for the question: a
 * heatmap whose shading comes from classes (the policy allows no inline
 * style), the most-marked words darkest, each with its count in figures.
 */

test('the heatmap shades marked words by how many marked them, under the policy', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const module = testModule();
	const n = module.items.findIndex((item) => item.kind === 'loaded-wording') + 1;
	// Two strong learners answer alike, so some word is marked more than once.
	const seeded = await seedClass(baseURL!, module, [
		{ name: 'Ana', ability: 0.95, submit: true },
		{ name: 'Ada', ability: 0.95, submit: true },
		{ name: 'Ben', ability: 0.5, submit: true },
		{ name: 'Cai', ability: 0.1, submit: true }
	]);
	const context = await browser.newContext({ storageState: await seeded.teacher.ctx.storageState() });
	const { violations, dialogs } = await watch(context);
	const page = await context.newPage();
	await page.goto(`/teach/assignments/${seeded.assignment.id}/items/${n}`);
	await hydrated(page);

	const heatmap = page.getByRole('figure', { name: /Words the class marked/ });
	await expect(heatmap).toBeVisible();
	const counts = (await heatmap.locator('.heat-passage sup').allTextContents()).map(Number);
	const most = Math.max(...counts);
	const least = Math.min(...counts);
	// The seeded answers are fixed, so this holds on every run: words marked a different number of times.
	expect(least, `marks per word: ${counts.join(' ')}`).toBeLessThan(most);
	const background = (locator: ReturnType<typeof heatmap.locator>) =>
		locator.first().evaluate((e) => getComputedStyle(e).backgroundColor);
	const hottest = await background(heatmap.locator('.heat-passage .w.heat-10'));
	const once = await background(
		heatmap.locator('.heat-passage .w', { has: page.locator('sup', { hasText: new RegExp(`^${least}$`) }) })
	);
	const passage = await background(heatmap.locator('.heat-passage'));
	expect(hottest).not.toBe(passage);
	expect(once).not.toBe(passage);
	expect(hottest).not.toBe(once);

	expect(violations).toEqual([]);
	expect(dialogs).toEqual([]);
	await context.close();
	await disposeAll(seeded);
});
