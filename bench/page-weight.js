// Measures what a page really loads in the browser: every script and
// stylesheet it requests, raw and gzip-compressed. Shared by `npm run
// bench:size` and the budget test, so both measure the same way.
import { gzipSync } from 'node:zlib';

/** @typedef {{ files: number, raw: number, gzip: number }} Weight */
/** @typedef {{ url: string, requests: number, js: Weight, css: Weight }} PageWeight */

/** The budget of PRODUCT.md for a learner's quiz page, in gzip bytes. */
export const budget = { js: 50 * 1024, css: 15 * 1024 };

/**
 * Runs `visit` (which navigates the page) and weighs the scripts and styles requested meanwhile.
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<unknown>} visit
 * @returns {Promise<PageWeight>}
 */
export async function weigh(page, visit) {
	/** @type {Promise<{ type: string, body: Buffer }>[]} */
	const bodies = [];
	let requests = 0;
	/** @param {import('@playwright/test').Response} response */
	const onResponse = (response) => {
		requests++;
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') {
			bodies.push(response.body().then((body) => ({ type, body })));
		}
	};
	page.on('response', onResponse);
	await visit();
	await page.waitForLoadState('networkidle');
	page.off('response', onResponse);

	/** @type {Record<'js' | 'css', Weight>} */
	const weight = { js: { files: 0, raw: 0, gzip: 0 }, css: { files: 0, raw: 0, gzip: 0 } };
	for (const { type, body } of await Promise.all(bodies)) {
		const w = type === 'script' ? weight.js : weight.css;
		w.files++;
		w.raw += body.length;
		w.gzip += gzipSync(body, { level: 9 }).length;
	}
	return { url: new URL(page.url()).pathname, requests, ...weight };
}
