import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	answerForm,
	answerFor,
	expect,
	expectedPoints,
	expectSummary,
	openSettled,
	REVIEWS,
	test,
	variantFor,
	type Answer,
	uniqueEmail,
	type Points
} from './fixtures';
import { assignModule, createClass, signUpTeacher } from './seed';

/*
 * The two flows the brief names, driven by the keyboard alone: no click, no
 * fill, no check(). Every control is reached with Tab (and the arrow keys
 * inside a radio group or the passage, as a keyboard user would), so a control
 * that cannot be reached or worked from the keyboard fails the test.
 */

/** Most Tab and arrow presses one control may take; a control further away than that is not really reachable. */
const MAX_PRESSES = 400;

/**
 * Moves the keyboard focus to `target`: arrow keys while focus is in the
 * target's radio group or marking passage (where they move), else Tab.
 */
async function focusByKeyboard(page: Page, target: Locator) {
	const handle = await target.elementHandle();
	if (!handle) throw new Error(`${target} is not on the page`);
	for (let presses = 0; presses < MAX_PRESSES; presses++) {
		const where = await handle.evaluate((el) => {
			const active = document.activeElement;
			if (active === el) return 'there';
			if (!active || active === document.body) return 'elsewhere';
			const sameGroup =
				(el instanceof HTMLInputElement &&
					el.type === 'radio' &&
					active instanceof HTMLInputElement &&
					active.type === 'radio' &&
					active.name === el.name &&
					active.form === el.form) ||
				(el.closest('.markable') !== null && el.closest('.markable') === active.closest('.markable'));
			if (!sameGroup) return 'elsewhere';
			return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'ahead' : 'behind';
		});
		if (where === 'there') return;
		await page.keyboard.press(where === 'ahead' ? 'ArrowRight' : where === 'behind' ? 'ArrowLeft' : 'Tab');
	}
	throw new Error(`${target} not reached in ${MAX_PRESSES} key presses`);
}

/** Reaches a checkbox or radio with the keyboard and makes sure it ends up checked (arrows check radios themselves). */
async function checkByKeyboard(page: Page, box: Locator) {
	await focusByKeyboard(page, box);
	if (!(await box.isChecked())) await page.keyboard.press('Space');
	await expect(box).toBeChecked();
}

async function typeInto(page: Page, field: Locator, text: string) {
	await focusByKeyboard(page, field);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
	await expect(field).toHaveValue(text);
}

/** Reaches a link or button with Tab and presses Enter on it. */
async function press(page: Page, control: Locator) {
	await focusByKeyboard(page, control);
	await page.keyboard.press('Enter');
}

/** Puts the focus back at the top of the page, as a fresh page load does. */
async function fromTheTop(page: Page) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * Checks the answer's boxes and options in the order they stand on the page, as Tab reaches them. Those not
 * on the page yet (a form that asks in steps shows them as the learner goes) come last, in the answer's order.
 */
async function answerByKeyboard(page: Page, answer: Answer) {
	// On a phone the answer is folded away under the question until the learner asks for it.
	const unfold = page.getByRole('link', { name: 'Answer the question' });
	if (await unfold.isVisible()) await press(page, unfold);
	const form = answerForm(page);
	const order = await form
		.locator('input')
		.evaluateAll((inputs) =>
			inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`)
		);
	const at = ([name, value]: [string, string]) => {
		const found = order.indexOf(`${name}=${value}`);
		return found < 0 ? Number.MAX_SAFE_INTEGER : found;
	};
	for (const [name, value] of [...answer.form].sort((a, b) => at(a) - at(b))) {
		await checkByKeyboard(page, form.locator(`input[name="${name}"][value="${value}"]`));
	}
}

for (const width of [1280, 360]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('a teacher signs up, makes a class and assigns the module with the keyboard only', async ({ page, quiz }) => {
			await openSettled(page, '/signup');
			await typeInto(page, page.getByLabel('Your name'), 'Ms Keys');
			await typeInto(page, page.getByLabel('E-mail'), uniqueEmail('keys'));
			await typeInto(page, page.getByLabel('Password'), 'a long enough password');
			await press(page, page.getByRole('button', { name: 'Create account' }));
			await expect(page).toHaveURL(/\/teach$/);

			await page.waitForLoadState('networkidle');
			await typeInto(page, page.getByLabel('Class name'), 'Keyboard class');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard class');

			await page.waitForLoadState('networkidle');
			await fromTheTop(page);
			const module = page.getByRole('combobox', { name: 'Module' });
			await focusByKeyboard(page, module);
			const options = await module
				.locator('option')
				.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
			// A closed select changes its value with the arrow keys; Home starts from the first option.
			await page.keyboard.press('Home');
			for (let i = 0; i < options.length && (await module.inputValue()) !== quiz.id; i++)
				await page.keyboard.press('ArrowDown');
			await expect(module).toHaveValue(quiz.id);
			await typeInto(page, page.getByLabel('Attempts allowed'), '2');
			await checkByKeyboard(page, page.getByRole('radio', { name: REVIEWS['after-close'] }));
			await press(page, page.getByRole('button', { name: 'Assign', exact: true }));

			await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+$/);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(quiz.title);
			await expect(page.locator('.join .join-code')).toBeVisible();
			await expect(page.getByText(REVIEWS['after-close'], { exact: false }).first()).toBeVisible();
			await expect(page.getByText('2 attempts', { exact: false }).first()).toBeVisible();

			// The projector view and the way back are links the keyboard reaches too.
			await press(page, page.getByRole('link', { name: /projector/i }));
			await expect(page).toHaveURL(/\?projector=1$/);
		});

		test('a learner joins, answers every question, submits and reads the results with the keyboard only', async ({
			page,
			quiz,
			baseURL
		}) => {
			test.slow();
			const teacher = await signUpTeacher(baseURL!, 'Mr Keys');
			const classId = await createClass(teacher, 'Keys');
			const { code } = await assignModule(teacher, classId, quiz.id, { review: 'after-submit', attemptsAllowed: 1 });

			await openSettled(page, `/join/${code}`);
			await typeInto(page, page.getByLabel('Your name'), 'Kit');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/a/${code}$`));

			await page.waitForLoadState('networkidle');
			await press(page, page.getByRole('link', { name: 'Start', exact: true }));
			const points = new Map<string, Points>();
			for (const [index, item] of quiz.items.entries()) {
				const n = index + 1;
				await expect(page).toHaveURL(new RegExp(`/a/${code}/items/${n}$`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
				await page.waitForLoadState('networkidle');
				const answer = answerFor(item, variantFor(quiz, index, 0));
				await answerByKeyboard(page, answer);
				points.set(item.id, expectedPoints(item, answer));
				const last = n === quiz.items.length;
				await press(page, answerForm(page).getByRole('button', { name: last ? 'Save and finish' : 'Save and go on' }));
			}

			await expect(page).toHaveURL(new RegExp(`/a/${code}$`));
			await expect(page.getByText(`${quiz.items.length} of ${quiz.items.length} questions answered`)).toBeVisible();
			await page.waitForLoadState('networkidle');
			await press(page, page.getByRole('button', { name: 'Submit my answers' }));
			await expect(page).toHaveURL(new RegExp(`/a/${code}/summary$`));
			await expectSummary(page, quiz, points);

			// From the results, back to a question: its feedback is open now, and reached by the keyboard too.
			await page.waitForLoadState('networkidle');
			await press(page, page.locator('ol.item-scores').getByRole('link', { name: 'Question 1', exact: true }));
			await expect(page).toHaveURL(new RegExp(`/a/${code}/items/1$`));
			await expect(page.locator('#feedback .score')).toHaveText(
				`${points.get(quiz.items[0].id)!.score} of ${points.get(quiz.items[0].id)!.max} points`
			);
		});
	});
}

/*
 * Issue #11: a teacher writes a module's report, speakers and a question in the editor with the keyboard
 * alone (the first question of the authoring walk's module, tests/walk/module.json), and drafts items.
 */
interface EditorStep {
	label: string;
	within?: string[];
	fill?: string;
	select?: string;
}
interface WalkData {
	documents: { pasted: { id: string; file: string; title: string; outlet: string } };
	speakers: Array<{ id: string; name: string; description: string }>;
	items: Array<{ prompt: string; editor: EditorStep[]; typo?: { fix: EditorStep[] } }>;
}

/** Chooses an option of a closed list with the arrow keys, by words of its label. */
async function chooseByKeyboard(page: Page, list: Locator, label: string) {
	await focusByKeyboard(page, list);
	const labels = await list.locator('option').evaluateAll((all) => all.map((o) => o.textContent ?? ''));
	const wanted = labels.findIndex((text) => text.includes(label));
	expect(wanted, `${label} among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('Home');
	for (let i = 0; i < wanted; i++) await page.keyboard.press('ArrowDown');
	await expect(list.locator('option:checked')).toContainText(label);
}

test('a teacher writes a report, its speakers and a question in the editor with the keyboard only', async ({
	page
}) => {
	test.slow();
	const walk = JSON.parse(readFileSync('tests/walk/module.json', 'utf8')) as WalkData;
	const doc = walk.documents.pasted;
	await openSettled(page, '/signup');
	await typeInto(page, page.getByLabel('Your name'), 'Ms Keys Author');
	await typeInto(page, page.getByLabel('E-mail'), uniqueEmail('keys-author'));
	await typeInto(page, page.getByLabel('Password'), 'a long enough password');
	await press(page, page.getByRole('button', { name: 'Create account' }));
	await expect(page).toHaveURL(/\/teach$/);

	await page.waitForLoadState('networkidle');
	await press(page, page.getByRole('link', { name: 'New module' }));
	await expect(page).toHaveURL(/\/teach\/modules\/new$/);
	await page.waitForLoadState('networkidle');
	await typeInto(page, page.getByLabel('Title'), 'Typed by keys');
	await press(page, page.getByRole('button', { name: 'Create and edit' }));
	await expect(page).toHaveURL(/\/edit$/);

	await page.waitForLoadState('networkidle');
	const addDocument = page.locator('form[action="?/addDocument"]');
	await typeInto(page, addDocument.getByLabel('Document id'), doc.id);
	await typeInto(page, addDocument.getByLabel('Title'), doc.title);
	await typeInto(page, addDocument.getByLabel('Outlet'), doc.outlet);
	await typeInto(page, addDocument.getByLabel('Where it came from'), 'Invented for the tests.');
	await typeInto(page, addDocument.getByLabel('Original language'), 'English');
	await typeInto(page, addDocument.getByLabel("The article's text"), readFileSync(`tests/walk/${doc.file}`, 'utf8'));
	await press(page, addDocument.getByRole('button', { name: 'Add the document' }));
	await expect(page.getByRole('heading', { level: 3, name: doc.title })).toBeVisible();

	for (const speaker of walk.speakers.slice(0, 2)) {
		await page.waitForLoadState('networkidle');
		await fromTheTop(page);
		const form = page.locator('form[action="?/addSpeaker"]');
		await typeInto(page, form.getByLabel('Speaker id'), speaker.id);
		await typeInto(page, form.getByLabel('Name'), speaker.name);
		await typeInto(page, form.getByLabel('Description'), speaker.description);
		await press(page, form.getByRole('button', { name: 'Add the speaker' }));
		await expect(page.getByRole('heading', { level: 3, name: new RegExp(speaker.name) })).toBeVisible();
	}

	// The walk's first question, its misquote typed right at once.
	const [item] = walk.items;
	await page.waitForLoadState('networkidle');
	await fromTheTop(page);
	await press(page, page.getByRole('button', { name: 'Add an item' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	await page.waitForLoadState('networkidle');
	const form = page.locator('form[action^="?/save"]');
	for (const step of [...item.editor, ...(item.typo?.fix ?? [])]) {
		let scope = form;
		for (const name of step.within ?? []) scope = scope.getByRole('group', { name });
		if (step.fill !== undefined) await typeInto(page, scope.getByLabel(step.label, { exact: true }), step.fill);
		else if (step.select !== undefined) await chooseByKeyboard(page, scope.getByLabel(step.label), step.select);
		await fromTheTop(page);
	}
	await press(page, page.getByRole('button', { name: 'Save the question' }));
	await expect(page.locator('.problems p').first()).toHaveText('Saved. This question has no problems.');
	await press(page, page.getByRole('link', { name: 'Back to the module’s editor' }));
	await expect(page.getByRole('link', { name: item.prompt })).toBeVisible();

	// Drafting is a button too, and its end is announced.
	await page.waitForLoadState('networkidle');
	await press(page, page.getByRole('button', { name: /^Draft items/ }));
	await expect(page.getByText(/^Drafting finished: \d+ new suggestions?\./)).toBeVisible({ timeout: 60_000 });
});
