import { axeAtWidths, expect, test } from './fixtures';

/*
 * The axe helper every accessibility test uses reports what it should: a page made to break a few rules
 * (among them colour contrast and target size, which depend on layout) fails at both widths. It guards the
 * helper's options (only violations are kept in full) against hiding anything.
 */
test('the axe helper reports violations at both widths', async ({ page }) => {
	await page.setContent(`<!doctype html><html lang="en"><head><title>Broken on purpose</title></head><body>
		<main><h1>Broken on purpose</h1>
		<p style="color:#bbb;background:#fff">Pale text on white.</p>
		<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
		<div style="display:flex"><button style="width:8px;height:8px;padding:0">a</button><button
			style="width:8px;height:8px;padding:0">b</button></div>
		<input type="text"></main></body></html>`);
	const violations = await axeAtWidths(page, 'broken page');
	for (const width of [1280, 360]) {
		for (const rule of ['color-contrast', 'image-alt', 'target-size', 'label']) {
			expect(
				violations.some((v) => v.includes(`at ${width} px`) && v.includes(`] ${rule}:`)),
				`${rule} at ${width} px`
			).toBe(true);
		}
	}
});
