import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { axeAtWidths, expect, openSettled, signUpInPage, test } from './fixtures';

/*
 * Writing a module in the browser (issue #11 §2): a new module, two pasted documents and a speaker,
 * a save refused when another tab saved first, autosave, then an import of the test module's export,
 * published. One browser context; the editor is checked with axe at both widths.
 */

// Our own writing, invented for this test (not the test module's documents, not the seeds).
const documents = [
	{
		id: 'harbour-post',
		title: 'Ferry fares rise by a third',
		outlet: 'The Harbour Post (invented)',
		origin: 'Written for the authoring test',
		language: 'English',
		text: 'Ferry fares rise by a third\n\nThe island ferry will cost a third more from May, the operator said on Tuesday.\n\n“We have no choice,” said Ines Barros, who runs the line.\n'
	},
	{
		id: 'island-news',
		title: 'Islanders angry at fare rise',
		outlet: 'Island News (invented)',
		origin: 'Written for the authoring test',
		language: 'English',
		text: 'Islanders angry at fare rise\n\nA steep rise in ferry fares has angered people on the island, who say the boat is their only road.\n'
	}
];

const within = (page: Page, action: string): Locator => page.locator(`form[action="?/${action}"]`);

async function addDocument(page: Page, doc: (typeof documents)[number]) {
	const form = within(page, 'addDocument');
	await form.getByLabel('Document id').fill(doc.id);
	await form.getByLabel('Title').fill(doc.title);
	await form.getByLabel('Outlet').fill(doc.outlet);
	await form.getByLabel('Where it came from').fill(doc.origin);
	await form.getByLabel('Original language').fill(doc.language);
	await form.getByLabel("The article's text").fill(doc.text);
	await form.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 3, name: doc.title })).toBeVisible();
}

test('a teacher writes a module, is refused a stale save, imports and publishes one', async ({ page, quiz }) => {
	test.slow();
	await signUpInPage(page, 'Ms Author', 'author');
	await page.getByRole('link', { name: 'New module' }).click();
	await page.getByLabel('Title').fill('Ferry fares');
	await page.getByRole('button', { name: 'Create and edit' }).click();
	await expect(page).toHaveURL(/\/teach\/modules\/[0-9a-f-]{36}\/edit$/);
	const editUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit: Ferry fares');

	for (const doc of documents) await addDocument(page, doc);
	const speaker = within(page, 'addSpeaker');
	await speaker.getByLabel('Speaker id').fill('barros');
	await speaker.getByLabel('Name').fill('Ines Barros');
	await speaker.getByLabel('Description').fill('Runs the ferry line');
	await speaker.getByRole('button', { name: 'Add the speaker' }).click();
	await expect(page.getByRole('heading', { level: 3, name: /Ines Barros/ })).toBeVisible();

	// Stored verbatim: the working copy's export holds each pasted text, after its front matter, byte for byte.
	const zip = await page.request.get(editUrl.replace(/\/edit$/, '/export.zip'));
	expect(zip.status()).toBe(200);
	const files = unzipSync(new Uint8Array(await zip.body()));
	for (const doc of documents) {
		const file = Object.entries(files).find(([path]) => path.endsWith(`/documents/${doc.id}.txt`));
		expect(file, doc.id).toBeDefined();
		expect(strFromU8(file![1]).split('\n---\n').slice(1).join('\n---\n')).toBe(doc.text);
	}

	// Autosave: typing in the intro saves after a pause, and the next save goes on the new revision.
	await within(page, 'prose').getByLabel('Intro (Markdown)').fill('Read **both** reports.');
	await expect(page.locator('.save-status')).toHaveText('Saved');

	// A second tab saves first: this tab's save is refused, and the other tab's title stays.
	const other = await page.context().newPage();
	await openSettled(other, editUrl);
	await within(other, 'details').getByLabel('Title').fill('Ferry fares, second tab');
	await within(other, 'details').getByRole('button', { name: 'Save' }).click();
	await expect(other).toHaveURL(/\?done=saved/);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Edit: Ferry fares, second tab');
	await other.close();
	await within(page, 'details').getByLabel('Summary').fill('Written in the first tab');
	await within(page, 'details').getByRole('button', { name: 'Save' }).click();
	await expect(within(page, 'details').getByRole('alert')).toHaveText(
		'This module was changed in another tab or by another teacher; reload to see it.'
	);
	// A stale save writes nothing, not even who may use the module (which is not part of the working copy).
	const stale = await page.request.post(`${editUrl}?/details`, {
		form: { revision: '1', title: 'Stale', summary: '', minutes: '10', visibility: 'public' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(stale.status()).toBe(409);
	await openSettled(page, editUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit: Ferry fares, second tab');
	await expect(page.getByRole('radio', { name: 'Only you' })).toBeChecked();
	await expect(within(page, 'prose').getByLabel('Intro (Markdown)')).toHaveValue('Read **both** reports.');

	// Without items it does not compile: publishing lists the compile step's problems.
	await within(page, 'publish').getByRole('button', { name: 'Publish' }).click();
	await expect(within(page, 'publish').getByRole('alert')).toContainText('Not published');
	await expect(within(page, 'publish').getByRole('listitem').first()).toBeVisible();

	const violations = await axeAtWidths(page, 'module editor, two documents and a speaker');
	// The editor with drafted suggestions beside the reports (issue #12 §2).
	await within(page, 'draft').getByRole('button', { name: 'Draft items' }).click();
	await expect(page.locator('#draft-status')).toHaveText(/^Drafting finished/);
	await expect(page.locator('#drafts mark').first()).toBeVisible();
	violations.push(...(await axeAtWidths(page, 'module editor with drafted suggestions')));

	// Import: the test module's export becomes a new module of this teacher's, which publishes as version 1.
	const exported = await page.request.get(`/teach/modules/${quiz.id}/export.zip`);
	expect(exported.status()).toBe(200);
	await openSettled(page, '/teach/modules/import');
	const upload = within(page, 'upload');
	await upload.getByLabel('Module archive (.zip)').setInputFiles({
		name: 'broken.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from('not a zip at all')
	});
	await upload.getByRole('button', { name: 'Import' }).click();
	await expect(upload.getByRole('alert')).toContainText('nothing was stored');
	await expect(upload.getByRole('listitem').first()).toBeVisible();
	await upload.getByLabel('Module archive (.zip)').setInputFiles({
		name: `${quiz.id}.zip`,
		mimeType: 'application/zip',
		buffer: await exported.body()
	});
	await upload.getByRole('button', { name: 'Import' }).click();
	await expect(page).toHaveURL(/\/teach\/modules\/[0-9a-f-]{36}\/edit$/);
	const imported = new URL(page.url()).pathname.split('/')[3];
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${quiz.title}`);
	await within(page, 'publish').getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Version 1 published.')).toBeVisible();
	await page.getByRole('link', { name: 'Preview version 1 (the newest)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(quiz.title);
	await expect(page.locator('main .facts').first()).toHaveText(/· yours, version 1$/);

	// The refused archive stored nothing: the dashboard lists the two modules written and imported.
	await openSettled(page, '/teach');
	await expect(page.getByRole('region', { name: 'Your modules' }).getByRole('listitem')).toHaveCount(2);
	// The imported copy has the built-in module's title: the catalog says whose each is (other tests' teachers
	// may share copies of their own, each "by" its teacher).
	const titled = page
		.locator('.catalog > li')
		.filter({ has: page.getByRole('heading', { name: quiz.title, exact: true }) });
	await expect(titled.filter({ hasText: '· yours, version 1' })).toHaveCount(1);
	await expect(titled.filter({ hasText: '· built in' })).toHaveCount(1);
	const previewIt = (whose: string) =>
		page.getByRole('link', { name: new RegExp(`^Preview it\\s*: ${quiz.title} \\(${whose}\\)$`) });
	await expect(previewIt('yours, version 1')).toHaveAttribute('href', `/teach/modules/${imported}`);
	await expect(previewIt('built in')).toHaveAttribute('href', `/teach/modules/${quiz.id}`);
	expect(violations).toEqual([]);
});
