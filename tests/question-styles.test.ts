import type { Page } from '@playwright/test';
import { expect, firstOfEachKind, hydrated, itemUrl, shippedModule, startModule, test } from './fixtures';

/*
 * A question page as the server sends it links every stylesheet the page uses, whatever its kind: without
 * JavaScript nothing else would load them, and the question would show unstyled. With JavaScript, a stylesheet the
 * page's scripts add (Vite adds the styles of a chunk it loads unless a link to them is there already) is one the
 * served page lacked. The kinds' question views are bundled in chunks of their own (src/lib/kinds/vite-chunks.js),
 * which SvelteKit only links when it can match them to the server's build.
 */

const stylesheets = (page: Page) =>
	page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));

// @practice: it takes the shipped module in practice, which an assignment elsewhere on the app's server can pause.
test('@practice a question page of every kind links, as served, every stylesheet it uses with JavaScript', async ({
	browser,
	baseURL
}) => {
	const module = shippedModule();
	const scripted = await browser.newContext({ baseURL });
	const page = await scripted.newPage();
	await startModule(page, module);
	const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await plain.addCookies(await scripted.cookies());
	const served = await plain.newPage();
	for (const n of firstOfEachKind(module)) {
		const kind = module.items[n - 1].kind;
		await served.goto(itemUrl(module, n));
		await expect(served.getByRole('heading', { level: 1 })).toHaveText(module.items[n - 1].prompt);
		const linked = new Set(await stylesheets(served));
		await page.goto(itemUrl(module, n));
		await hydrated(page);
		const used = await stylesheets(page);
		expect(used.length, kind).toBeGreaterThan(0);
		expect(
			used.filter((href) => !linked.has(href)),
			`${kind}: stylesheets only the scripts link`
		).toEqual([]);
	}
	await plain.close();
	await scripted.close();
});
