import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import {
	answerForm,
	assignInPage,
	createClassInPage,
	expect,
	openSettled,
	pointsText,
	signUpInPage,
	test,
	type Module
} from './fixtures';

/*
 * A module's whole life in the browser (issue #11 §4, first bullet): a teacher writes it from two reports of
 * our own (one pasted, one uploaded), with an item of every kind through each kind's own editor, publishes and
 * assigns it; two learners take it, one without JavaScript; the results, statistics and both CSV files say what
 * their answers earn; then the teacher changes an item's key, and the assignment keeps grading with the version
 * it was made with while a new assignment takes the new one.
 *
 * What the teacher types and the learners tick is in tests/walk/module.json, with the points worked out by hand:
 * it names the kinds, as a module's key does, and this file does not.
 */

interface Step {
	label: string;
	/** The groups (fieldsets, by their legends) the field is inside, outermost first. */
	within?: string[];
	fill?: string;
	select?: string;
	check?: boolean;
}
interface Answer {
	steps: Step[];
	score: number;
	why: string;
}
interface WalkItem {
	kind: string;
	prompt: string;
	/** Its skill, as the mark book's column names it. */
	skill: string;
	editor: Step[];
	typo?: { problem: string; fix: Step[] };
	max: number;
	learners: Record<string, Answer>;
	/** A change of the key after answers exist: the rows its question's page marks as the key before and after, and a learner's answer again under the new key. */
	edit?: {
		why: string;
		steps: Step[];
		keyBefore: string[];
		keyAfter: string[];
		again: { as: string; score: number; why: string };
	};
}
interface WalkDocument {
	id: string;
	file: string;
	title: string;
	outlet: string;
}
interface Walk {
	documents: { pasted: WalkDocument; uploaded: WalkDocument };
	speakers: Array<{ id: string; name: string; description: string }>;
	items: WalkItem[];
}

const walk = JSON.parse(readFileSync('tests/walk/module.json', 'utf8')) as Walk;
const textOf = (doc: WalkDocument) => readFileSync(`tests/walk/${doc.file}`, 'utf8');
const TITLE = 'The pier closes';
const LEARNERS = ['Ana', 'Ben'] as const;
const max = walk.items.reduce((n, item) => n + item.max, 0);
const totalOf = (learner: string) => walk.items.reduce((n, item) => n + item.learners[learner].score, 0);

const within = (page: Page, action: string): Locator => page.locator(`form[action="?/${action}"]`);

/** The field a step names: by its label (a text field's whole label, else words of it), inside its groups. */
function field(scope: Locator, step: Step): Locator {
	let inside = scope;
	for (const name of step.within ?? []) inside = inside.getByRole('group', { name });
	// A text field's name is its label; a list's or a box's also holds its options' or hint's words.
	return inside.getByLabel(step.label, { exact: step.fill !== undefined });
}

/** Does what a step says, as a person does: types, chooses an option by its words, or ticks. */
async function act(scope: Locator, step: Step) {
	const target = field(scope, step);
	if (step.fill !== undefined) await target.fill(step.fill);
	else if (step.select !== undefined) await target.selectOption({ label: step.select });
	else if (step.check) await target.check();
}

/**
 * A learner's step. A field that a form asking in steps shows only after the step before is brought, without
 * JavaScript, by the form's next-step button (a GET to the same page); with JavaScript it appears by itself.
 */
async function answerStep(page: Page, step: Step) {
	const target = field(answerForm(page), step);
	if (!(await target.count())) {
		const next = answerForm(page).locator('button[formmethod="get"]');
		if (await next.count()) await next.click();
	}
	await act(answerForm(page), step);
}

async function addDocument(page: Page, doc: WalkDocument, how: 'paste' | 'upload') {
	const form = within(page, 'addDocument');
	await form.getByLabel('Document id').fill(doc.id);
	await form.getByLabel('Title').fill(doc.title);
	await form.getByLabel('Outlet').fill(doc.outlet);
	await form
		.getByLabel('Where it came from')
		.fill('Written for the authoring walk; the town and its people are made up.');
	await form.getByLabel('Original language').fill('English');
	if (how === 'paste') await form.getByLabel("The article's text").fill(textOf(doc));
	else
		await form.getByLabel('Or upload a .txt or .docx file').setInputFiles({
			name: doc.file,
			mimeType: 'text/plain',
			buffer: Buffer.from(textOf(doc))
		});
	await form.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 3, name: doc.title })).toBeVisible();
}

/** Saves the item editor's form and waits for the verdict of the compile step. */
async function saveItem(page: Page) {
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page).toHaveURL(/\/edit\/items\/[^/?]+\?saved$/);
}

async function publish(page: Page, version: number) {
	await within(page, 'publish').getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText(`Version ${version} published.`)).toBeVisible();
}

/** The long CSV as rows of named cells. */
async function csv(page: Page, path: string): Promise<Array<Record<string, string>>> {
	const response = await page.request.get(path);
	expect(response.status()).toBe(200);
	const [header, ...rows] = parseCsv(await response.body(), { bom: true }) as string[][];
	return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** A learner types the code and their name on the join page. */
async function joinAs(page: Page, name: string, shown: string, code: string) {
	await openSettled(page, '/join');
	await page.getByLabel(/^Code/).fill(shown);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
}

/** A learner in a browser of their own, joined from the code. */
async function joined(browser: Browser, name: string, js: boolean, shown: string, code: string) {
	const context = await browser.newContext({ javaScriptEnabled: js });
	const page = await context.newPage();
	await joinAs(page, name, shown, code);
	return { name, page };
}

/** A learner answers every question with their own answers, and submits. */
async function takeIt({ name, page }: { name: string; page: Page }, code: string) {
	await page.getByRole('link', { name: 'Start', exact: true }).click();
	for (const [n, item] of walk.items.entries()) {
		await test.step(`${name}: question ${n + 1}`, async () => {
			await expect(page).toHaveURL(new RegExp(`/a/${code}/items/${n + 1}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
			for (const step of item.learners[name].steps) await answerStep(page, step);
			// Feedback comes after submitting: each answer is saved, and the learner goes on.
			const last = n === walk.items.length - 1;
			await answerForm(page)
				.getByRole('button', { name: last ? 'Save and finish' : 'Save and go on' })
				.click();
			await expect(page).toHaveURL(new RegExp(`/a/${code}${last ? '' : `/items/${n + 2}`}$`));
		});
	}
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page).toHaveURL(new RegExp(`/a/${code}/summary$`));
	// Feedback after submitting: the learner's own points, question by question.
	await expect(page.locator('ol.item-scores > li')).toHaveText(
		walk.items.map((item, n) => `Question ${n + 1}: ${pointsText(item.learners[name].score, item.max)}`)
	);
	await expect(page.locator('p.total')).toHaveText(pointsText(totalOf(name), max));
	await page.context().close();
}

test('a module’s life: written in the browser, taken by two learners, graded, edited after answers', async ({
	page,
	browser
}) => {
	test.slow();
	// The learners' answers differ item by item, so that no page or file can swap them unnoticed.
	expect(walk.items.some((item) => item.learners.Ana.score !== item.learners.Ben.score)).toBe(true);

	let editUrl = '';
	await test.step('a teacher writes the module: two reports, three speakers', async () => {
		await signUpInPage(page, 'Ms Walker', 'walk');
		await page.getByRole('link', { name: 'New module' }).click();
		await page.getByLabel('Title').fill(TITLE);
		await page.getByRole('button', { name: 'Create and edit' }).click();
		await expect(page).toHaveURL(/\/teach\/modules\/[0-9a-f-]{36}\/edit$/);
		editUrl = new URL(page.url()).pathname;
		await addDocument(page, walk.documents.pasted, 'paste');
		await addDocument(page, walk.documents.uploaded, 'upload');
		for (const speaker of walk.speakers) {
			const form = within(page, 'addSpeaker');
			await form.getByLabel('Speaker id').fill(speaker.id);
			await form.getByLabel('Name').fill(speaker.name);
			await form.getByLabel('Description').fill(speaker.description);
			await form.getByRole('button', { name: 'Add the speaker' }).click();
			await expect(page.getByRole('heading', { level: 3, name: new RegExp(speaker.name) })).toBeVisible();
		}
	});
	const moduleId = editUrl.split('/')[3];

	await test.step('an item of every kind, each in its own editor', async () => {
		// Every kind the editor offers has an item in the walk.
		const offered = await page
			.getByLabel('Kind of the new item')
			.locator('option')
			.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		expect(walk.items.map((item) => item.kind).sort()).toEqual([...offered].sort());
		for (const item of walk.items) {
			await page.getByLabel('Kind of the new item').selectOption(item.kind);
			await page.getByRole('button', { name: 'Add an item' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
			const form = page.locator('form[action^="?/save"]');
			for (const step of item.editor) await act(form, step);
			await saveItem(page);
			// The save's status (the problems' own list inside it has the class too).
			const problems = page.locator('div.problems');
			if (item.typo) {
				// A mistyped quote is kept as a draft, with the words the report has.
				await expect(problems).toContainText('Saved as a draft.');
				// In the teacher's words (the compile step's own folded under "Technical detail").
				await expect(problems.locator('li')).toHaveCount(1);
				await expect(problems.locator('li')).toContainText(item.typo.problem);
				for (const step of item.typo.fix) await act(form, step);
				await saveItem(page);
			}
			// (The module itself is not yet whole: its summary and prose are still to come.)
			await expect(problems.locator('p').first()).toHaveText('Saved. This question has no problems.');
			await page.getByRole('link', { name: 'Back to the module’s editor' }).click();
			await expect(page.getByRole('link', { name: item.prompt })).toBeVisible();
		}
	});

	let assignment = { url: '', code: '', shown: '' };
	// What the assign form needs of a module: its id (the option's value) and its title.
	const module = { id: moduleId, title: TITLE } as Module;
	let classUrl = '';
	await test.step('the summary and the prose', async () => {
		// Written last, as teachers may: until then each item was checked with the summary and intro still empty.
		const details = within(page, 'details');
		await details
			.getByLabel('Summary')
			.fill('Two invented reports of a pier that closes, with a question of each kind.');
		await details.getByRole('button', { name: 'Save' }).click();
		await expect(page).toHaveURL(/\?done=saved/);
		const prose = within(page, 'prose');
		await prose.getByLabel('Intro (Markdown)').fill('Two reports of **one** event: read both.');
		await prose.getByLabel('Debrief (Markdown)').fill('Who said what, and in whose words?');
		await prose.getByLabel('Teacher notes (Markdown)').fill('The town and its pier are made up.');
		const saved = page.waitForResponse((response) => response.url().endsWith('?/prose'));
		await prose.getByRole('button', { name: 'Save' }).click();
		await saved;
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		// Saved with the button: the autosave's "not saved yet", pending when it was pressed, is gone.
		await expect(page.locator('.save-status')).toHaveText('');
	});

	await test.step('previewed as a teacher (the key) and as a learner (a question answered), published, assigned', async () => {
		await page.getByRole('link', { name: /^Preview the draft/ }).click();
		const asLearner = page.getByRole('region', { name: 'As a learner' });
		await expect(asLearner.getByRole('listitem')).toHaveCount(walk.items.length);
		const first = walk.items[0];
		await asLearner.getByRole('link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.prompt);
		for (const step of first.learners.Ana.steps) await answerStep(page, step);
		await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
		await expect(page.locator('#feedback .score')).toHaveText(pointsText(first.learners.Ana.score, first.max));
		await openSettled(page, editUrl);
		await publish(page, 1);
		classUrl = await createClassInPage(page, '9B Reading the news');
		await openSettled(page, classUrl);
		assignment = await assignInPage(page, module, 'after-submit');
	});

	await test.step('two learners take it, one without JavaScript', async () => {
		// They join in this order (the results list them so), Ben typing the code in small letters, and answer side by side.
		const ana = await joined(browser, 'Ana', true, assignment.shown, assignment.code);
		const ben = await joined(browser, 'Ben', false, assignment.shown.toLowerCase(), assignment.code);
		await Promise.all([takeIt(ana, assignment.code), takeIt(ben, assignment.code)]);
	});

	const results = async () => {
		await page.goto(assignment.url);
		const rows = page.getByRole('table', { name: 'Progress of each learner' }).locator('tbody tr');
		await expect(rows.locator('th')).toHaveText([...LEARNERS]);
		for (const [n, name] of LEARNERS.entries()) {
			await expect(rows.nth(n).locator('td')).toHaveText([
				`${walk.items.length} of ${walk.items.length}`,
				pointsText(totalOf(name), max),
				/^✓ Yes,/,
				/\d/
			]);
		}
		// Per question: both answered it, and the facility is the mean share of its points.
		await page.goto(`${assignment.url}/items`);
		const cells = await page
			.getByRole('table', { name: /Each question of/ })
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()))
			);
		expect(cells).toEqual(
			walk.items.map((item) => {
				const share = LEARNERS.reduce((sum, name) => sum + item.learners[name].score / item.max, 0) / LEARNERS.length;
				return ['2 of 2', `${Math.round(100 * share)} %`, '–not yet'];
			})
		);
		// The long CSV: one row per learner and question, with the points of version 1's key.
		const long = await csv(page, `${assignment.url}/results.csv`);
		expect(long.map((row) => [row.learner, row['item number'], row.kind, row.skill, row.score, row.max])).toEqual(
			LEARNERS.flatMap((name) =>
				walk.items.map((item, n) => [
					name,
					String(n + 1),
					item.kind,
					item.skill,
					String(item.learners[name].score),
					String(item.max)
				])
			)
		);
		// The mark book: one row per learner, submitted, with the total, its share and the points of each skill.
		const book = await csv(page, `${assignment.url}/markbook.csv`);
		const skillColumns = walk.items.map((item) => `${item.skill} (of ${item.max})`);
		expect(
			book.map((row) => [
				row.learner,
				row.status,
				row.answered,
				row.score,
				row.max,
				row.percent,
				...skillColumns.map((column) => row[column])
			])
		).toEqual(
			LEARNERS.map((name) => [
				name,
				'submitted',
				String(walk.items.length),
				String(totalOf(name)),
				String(max),
				String(Math.round((1000 * totalOf(name)) / max) / 10),
				// One question of each skill: a skill's column is that question's points.
				...walk.items.map((item) => String(item.learners[name].score))
			])
		);
		return long;
	};

	let before: Array<Record<string, string>> = [];
	await test.step('the teacher’s results, statistics and both CSV files', async () => {
		before = await results();
	});

	const edited = walk.items.findIndex((item) => item.edit);
	const change = walk.items[edited].edit!;
	/** The choices the teacher's page of the edited question marks as the answer key's, in an assignment. */
	const keyRows = async (url: string) => {
		await page.goto(`${url}/items/${edited + 1}`);
		const rows = page.getByRole('region', { name: 'How the class answered' }).locator('tr.key th');
		return (await rows.allInnerTexts()).map((text) => text.replace('✓ answer key', '').trim());
	};

	await test.step('the teacher changes a key after answers exist, and publishes version 2', async () => {
		expect(await keyRows(assignment.url)).toEqual(change.keyBefore);
		// The question's own statistics: answered by both, its facility and mean score.
		const item = walk.items[edited];
		const mean = LEARNERS.reduce((sum, name) => sum + item.learners[name].score, 0) / LEARNERS.length;
		await expect(page.locator('dl.stats dd')).toHaveText([
			'2 of 2',
			`${Math.round((100 * mean) / item.max)} %`,
			`${mean.toFixed(1)} of ${item.max} points`,
			'not enough attempts yet (2 of 5 submitted)'
		]);
		await openSettled(page, editUrl);
		await page.getByRole('link', { name: walk.items[edited].prompt }).click();
		const form = page.locator('form[action^="?/save"]');
		for (const step of change.steps) await act(form, step);
		await saveItem(page);
		await expect(page.locator('div.problems')).toHaveText('Saved. This question has no problems.');
		await page.getByRole('link', { name: 'Back to the module’s editor' }).click();
		await publish(page, 2);
	});

	await test.step('the assignment keeps version 1; a new assignment takes version 2', async () => {
		// The stored answers grade as before: every page and file says the same, and the key is version 1's.
		expect(await results()).toEqual(before);
		expect(await keyRows(assignment.url)).toEqual(change.keyBefore);
		// The assignment page says so, and offers no move: its learners have started.
		await page.goto(assignment.url);
		await expect(
			page.getByText(/^This assignment uses version 1 of the module; version 2 is newer, but learners/)
		).toBeVisible();
		await expect(page.getByRole('button', { name: /^Move to version/ })).toHaveCount(0);
		// A new assignment: the same answer to the edited question now earns what version 2's key gives it.
		await openSettled(page, classUrl);
		const second = await assignInPage(page, module, 'after-item');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const learner = await context.newPage();
		await joinAs(learner, 'Cleo', second.shown, second.code);
		await learner.goto(`/a/${second.code}/items/${edited + 1}`);
		for (const step of walk.items[edited].learners[change.again.as].steps) await answerStep(learner, step);
		await answerForm(learner).getByRole('button', { name: 'Check my answer' }).click();
		await expect(learner.locator('#feedback .score')).toHaveText(
			pointsText(change.again.score, walk.items[edited].max)
		);
		await context.close();
		expect(await keyRows(second.url)).toEqual(change.keyAfter);
		await page.goto(second.url);
		await expect(page.getByText('This assignment uses version 2 of the module, the newest.')).toBeVisible();
	});
});
