import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	test as playwrightTest,
	expect,
	type APIRequestContext,
	type APIResponse,
	type BrowserContext,
	type Page
} from '@playwright/test';

/*
 * Shared helpers for the learner's browser tests. The answer keys come from
 * tests/.generated/modules.json (written by global-setup.ts from
 * `quizzes:check --json`), read when a test runs, never when tests are listed:
 * the listing happens before the global setup has written the file.
 */

/** The app's origin (the config's baseURL): form posts must come from it, or SvelteKit refuses them as cross-site. */
export function origin(): string {
	const baseURL = playwrightTest.info().project.use.baseURL;
	if (!baseURL) throw new Error('the Playwright config sets no baseURL');
	return new URL(baseURL).origin;
}

// ---------------------------------------------------------------- the keys

export interface NormalSpan {
	source: string;
	tokens: number[];
	text: string;
}

/** A response the item's kind made up (quizzes:check --json), the form a browser posts for it, and its score. */
export interface Sample {
	answer: unknown;
	form: Array<[string, string]>;
	score: number;
}

/** right: full marks; wrong: nothing right; partial: some parts right, some wrong. */
export type Variant = 'right' | 'wrong' | 'partial';
const VARIANTS: Variant[] = ['right', 'wrong', 'partial'];

/**
 * An item as the browser tests know it: what any kind has, and its key as plain
 * JSON. Tests never look inside a key by kind; what they need of one (the
 * samples, the evidence an answer reveals) is in the item itself.
 */
export interface Item {
	id: string;
	kind: string;
	skill: string;
	skillLabel: string;
	prompt: string;
	max: number;
	spans: Array<NormalSpan & { role: string }>;
	key: Record<string, unknown> & { explanation?: string };
	samples: Record<Variant, Sample> & {
		random: Sample[];
		/** A right answer's form with every value one no page offers, and the message the server refuses it with. */
		forged: { form: Array<[string, string]>; message: string };
	};
	/** The highlights an answered item adds to the documents. */
	revealed: Array<NormalSpan & { role: 'evidence' | 'target' }>;
	/** Every text the item shows before it is answered. */
	shown: string[];
}

export interface Module {
	id: string;
	title: string;
	summary: string;
	minutes: number;
	sources: Array<{ id: string; title: string; outlet: string; origin: string; language: string; notes: string }>;
	speakers: Record<string, { name: string; description: string }>;
	skills: Array<{ id: string; label: string }>;
	items: Item[];
}

/** The small invented module of tests/modules/ that the browser flows run on (served by the tests' build). */
export const TEST_MODULE_ID = 'library-closure';

export function readModules(): Module[] {
	const file = 'tests/.generated/modules.json';
	if (!existsSync(file)) throw new Error(`${file} is missing: the global setup writes it`);
	const modules = JSON.parse(readFileSync(file, 'utf8')) as Module[];
	if (!modules.length) throw new Error('no quiz modules');
	return modules;
}

/** The folder a module's files are in. */
export const moduleFolder = (module: Pick<Module, 'id'>) =>
	module.id === TEST_MODULE_ID ? `tests/modules/${module.id}` : `quizzes/${module.id}`;

/** The test module: one item of each kind in a few sentences, so a flow through every kind is cheap. */
export const testModule = (modules = readModules()) => byId(modules, TEST_MODULE_ID);

/** The first module shipped in quizzes/, walked end to end by a few tests. */
export function shippedModule(modules = readModules()): Module {
	const shipped = modules.find((m) => m.id !== TEST_MODULE_ID);
	if (!shipped) throw new Error('no module from quizzes/ in modules.json');
	return shipped;
}

function byId(modules: Module[], id: string): Module {
	const found = modules.find((m) => m.id === id);
	if (!found)
		throw new Error(`no module ${id} in modules.json: the tests' build serves tests/modules/ with QUIZ_FIXTURES=on`);
	return found;
}

// ---------------------------------------------------------------- answers

/** An answer, as a sample made up by the item's kind. */
export type Answer = Sample;

/**
 * Which variant the n-th item of a kind gets in a run: it rotates with the
 * item, the kind and the run, so every run mixes right, wrong and partial.
 */
export function variantFor(module: Module, index: number, run: number): Variant {
	const item = module.items[index];
	const kinds = [...new Set(module.items.map((i) => i.kind))];
	const ofKind = module.items.slice(0, index).filter((i) => i.kind === item.kind).length;
	return VARIANTS[(ofKind + kinds.indexOf(item.kind) + run) % VARIANTS.length];
}

/**
 * The texts of an item's key that only answering may show (explanations, what
 * a word suggests…), named by where they sit: every string of words in the key
 * except quotes of the documents (public) and texts the question shows anyway.
 */
export function keyTexts(item: Item): Array<{ path: string; text: string }> {
	const found: Array<{ path: string; text: string }> = [];
	const visit = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			if (/\s/.test(value.trim()) && !item.shown.includes(value)) found.push({ path, text: value });
		} else if (Array.isArray(value)) value.forEach((v, n) => visit(v, `${path}.${n}`));
		else if (typeof value === 'object' && value !== null && !('tokens' in value && 'source' in value)) {
			for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
		}
	};
	visit(item.key, '');
	return found;
}

/** The numbers (1-based) of the first item of each kind in the module, in module order. */
export const firstOfEachKind = (module: Module): number[] =>
	[...new Set(module.items.map((i) => i.kind))].map((kind) => module.items.findIndex((i) => i.kind === kind) + 1);

/** An answer of the given variant, made up by the item's kind. */
export const answerFor = (item: Item, variant: Variant): Answer => item.samples[variant];

export interface Points {
	score: number;
	max: number;
}

/**
 * The points an answer earns, as the kind's grader gave them when it made the
 * answer up. The graders' rules are restated and checked in each kind's own
 * tests (src/lib/kinds/<kind>/*.spec.ts); these tests check that the browser,
 * the server and the pages carry those points faithfully.
 */
export const expectedPoints = (item: Item, answer: Answer): Points => ({ score: answer.score, max: item.max });

/** The answer as the form posts it. */
export const formBody = (answer: Answer): string => new URLSearchParams(answer.form).toString();

// ---------------------------------------------------------------- pages

export const moduleUrl = (module: Module) => `/modules/${module.id}`;
export const itemUrl = (module: Module, n: number) => `/modules/${module.id}/items/${n}`;
export const summaryUrl = (module: Module) => `/modules/${module.id}/summary`;

/** Opens the module page and presses Start: a new practice cookie, question 1. */
export async function startModule(page: Page, module: Module) {
	await page.goto(moduleUrl(module));
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${itemUrl(module, 1)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.items[0].prompt);
}

export const answerForm = (page: Page) => page.locator('form[action="?/answer"]');
export const feedback = (page: Page) => page.locator('#feedback');

/** Fills the item's form as a learner would: ticks each box and option the answer names, types into fields. */
export async function fillAnswer(page: Page, answer: Answer) {
	const form = answerForm(page);
	for (const [name, value] of answer.form) {
		await reveal(page, name);
		const choice = form.locator(`input[name="${name}"][value="${value}"]`);
		if (await choice.count()) await choice.check();
		else await form.locator(`[name="${name}"]`).fill(value);
	}
}

/**
 * Waits for a field of the answer form that a form asking in steps shows only
 * once the step before is filled in: with JavaScript it appears as the learner
 * goes; without, the form's next-step button (a GET to the same page, which
 * keeps what is filled in) brings it.
 */
async function reveal(page: Page, name: string) {
	const field = answerForm(page).locator(`[name="${name}"]`);
	if (await field.count()) return;
	const next = answerForm(page).locator('button[formmethod="get"]');
	// The page may finish loading meanwhile, and its script take the button away and show the field itself.
	if (await next.count()) await next.click({ timeout: 5_000 }).catch(() => undefined);
	await expect(field.first()).toBeAttached();
}

/**
 * Starts practice of the module, opens its first item of the kind, and checks
 * in the kind's answer of the variant: for each kind's own feedback tests.
 */
export async function answerFirstOfKind(page: Page, module: Module, kind: string, variant: Variant = 'partial') {
	const n = module.items.findIndex((item) => item.kind === kind) + 1;
	if (!n) throw new Error(`${module.id} has no item of kind ${kind}`);
	const item = module.items[n - 1];
	await startModule(page, module);
	await page.goto(itemUrl(module, n));
	const answer = item.samples[variant];
	await fillAnswer(page, answer);
	await submitAnswer(page);
	return { n, item, answer };
}

/** Checks the answer and waits for the feedback. */
export async function submitAnswer(page: Page) {
	await answerForm(page).getByRole('button', { name: 'Check my answer' }).click();
	await expect(feedback(page)).toBeVisible();
}

/** Posts a form to an item's answer action with the page's cookies, as a browser without JavaScript would. */
export async function postAnswer(page: Page, module: Module, n: number, body: string, contentType?: string) {
	return page.request.post(`${itemUrl(module, n)}?/answer`, {
		headers: {
			origin: origin(),
			accept: 'text/html',
			'content-type': contentType ?? 'application/x-www-form-urlencoded'
		},
		data: body,
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

/** A successful answer redirects to the item's feedback. */
export async function expectAccepted(response: APIResponse, module: Module, n: number) {
	expect(response.status(), await response.text()).toBe(303);
	expect(response.headers()['location']).toBe(`${itemUrl(module, n)}#feedback`);
}

/** Text of the highlights of one role in one document, without screen-reader labels or white space. */
export async function highlighted(page: Page, source: string, role: 'evidence' | 'target') {
	const texts = await page.locator(`#doc-${source} mark.hl-${role}`).evaluateAll((marks) =>
		marks.map((mark) => {
			const copy = mark.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
			return copy.textContent ?? '';
		})
	);
	return texts.join('').replace(/\s+/g, '');
}

/**
 * A page's HTML without the interface's messages that it carries for its scripts (the JSON in <script id="messages">,
 * README "Languages"): what the page shows and holds, so that a check for a sentence is not answered by the
 * dictionary of every sentence the page might show.
 */
export async function pageHtml(response: { text(): Promise<string> }): Promise<string> {
	return (await response.text()).replace(/<script type="application\/json" id="messages"[^>]*>[^<]*<\/script>/, '');
}

export const squash = (text: string) => text.replace(/\s+/g, '');

/** The highlights an answered item shows in the documents: its evidence. */
export const revealedSpans = (item: Item): Array<{ role: 'evidence' | 'target'; span: NormalSpan }> =>
	item.revealed.map(({ role, ...span }) => ({ role, span }));

export const revealingMarks = (page: Page) => page.locator('mark.hl-evidence, mark.hl-target');

/** "3 of 5 points", "1 of 1 point": as every page writes a score. */
export const pointsText = (score: number, max: number) => `${score} of ${max} ${max === 1 ? 'point' : 'points'}`;

/** Checks the feedback of an answered item against the key and the expected points. */
export async function expectFeedback(page: Page, module: Module, item: Item, answer: Answer) {
	// What each kind's feedback says part by part is checked by the kind's own browser test (src/lib/kinds/<kind>/).
	const points = expectedPoints(item, answer);
	const box = feedback(page);
	await expect(box.locator('.score')).toHaveText(pointsText(points.score, points.max));
	// The item's explanation, among the feedback's explanations (a kind may explain each part as well).
	if (item.key.explanation) {
		const explanations = await box.locator('.explanation').allTextContents();
		expect(explanations.map((text) => text.trim())).toContain(item.key.explanation);
	}
	await expect(answerForm(page)).toHaveCount(0);

	// The evidence (or the loaded phrases) is now highlighted in the documents.
	await expect(revealingMarks(page).first()).toBeAttached();
	for (const { role, span } of revealedSpans(item)) {
		await expect
			.poll(() => highlighted(page, span.source, role), { message: `${role} “${span.text}” highlighted` })
			.toContain(squash(span.text));
	}
	return points;
}

/** Expected rows of the summary's table, from the points of the answered items. */
export function expectedSkills(module: Module, points: Map<string, Points>) {
	return module.skills.map((skill) => {
		const own = module.items.filter((i) => i.skill === skill.id);
		const done = own.filter((i) => points.has(i.id)).map((i) => points.get(i.id)!);
		const score = done.reduce((n, p) => n + p.score, 0);
		const max = done.reduce((n, p) => n + p.max, 0);
		return {
			label: skill.label,
			answered: `${done.length} of ${own.length}`,
			points: max ? `${score} of ${max} (${Math.round((100 * score) / max)} %)` : `${score} of ${max}`
		};
	});
}

/** Checks the summary page (already open) against the points of the answered items. */
export async function expectSummary(page: Page, module: Module, points: Map<string, Points>) {
	const rows = page.getByRole('table', { name: 'Score per skill' }).locator('tbody tr');
	const expected = expectedSkills(module, points);
	await expect(rows).toHaveCount(expected.length);
	for (const [n, row] of expected.entries()) {
		await expect(rows.nth(n).locator('th')).toHaveText(row.label);
		await expect(rows.nth(n).locator('td')).toHaveText([row.answered, row.points]);
	}
	const total = [...points.values()].reduce((t, p) => ({ score: t.score + p.score, max: t.max + p.max }), {
		score: 0,
		max: 0
	});
	// Practice is never submitted: with questions unanswered, its total counts the answered ones and says so.
	const soFar = points.size < module.items.length ? ' so far' : '';
	await expect(page.locator('p.total')).toHaveText(`${pointsText(total.score, total.max)}${soFar}`);
	await expect(page.locator('ol.item-scores > li')).toHaveText(
		module.items.map((item, n) => {
			const p = points.get(item.id);
			// The wording of an open question may change ("not answered", "not answered yet"); its points may not.
			return p ? `Question ${n + 1}: ${pointsText(p.score, p.max)}` : new RegExp(`^Question ${n + 1}: not answered\\b`);
		})
	);
	const done = points.size === module.items.length;
	await expect(page.getByRole('heading', { name: 'Debrief' })).toHaveCount(done ? 1 : 0);
	if (!done)
		await expect(page.locator('.notice')).toContainText(
			`You have answered ${points.size} of ${module.items.length} questions`
		);
}

/** No horizontal scrolling of the page at the given width. */
export async function expectNoHorizontalScroll(page: Page, width: number) {
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'page scroll width' })
		.toBeLessThanOrEqual(width);
}

// ---------------------------------------------------------------- the policy

/**
 * Collects every Content Security Policy violation in a browser context (the
 * securitypolicyviolation event, and Chromium's "Refused to …" console
 * messages) and every dialog (alert, confirm, prompt), which no page of the
 * app ever opens.
 */
export async function watch(context: BrowserContext) {
	const violations: string[] = [];
	const dialogs: string[] = [];
	await context.exposeBinding('__reportViolation', (_source, text: string) => void violations.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportViolation(text: string): void }).__reportViolation;
			report(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
		});
	});
	const page = (p: Page) => {
		p.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${p.url()}: ${message.text()}`);
		});
		p.on('dialog', (dialog) => {
			dialogs.push(`${p.url()}: ${dialog.type()} ${dialog.message()}`);
			void dialog.dismiss();
		});
		return p;
	};
	context.on('page', page);
	return { violations, dialogs };
}

/** Waits until the page has hydrated: SvelteKit's route announcer appears once the app has mounted. */
export async function hydrated(page: Page) {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

// ---------------------------------------------------------------- axe

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core itself, as the browser runs it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page; returns its violations as readable lines (none: an empty list).
 * axe-core runs in the page directly rather than through @axe-core/playwright, which injects axe's
 * 570 KB again before every run and sends back every rule's results: measured here, 350–560 ms a run
 * against 160–230 ms. axe is injected once per document (a flow checks each state at two widths), and
 * only the violations, already as text, come back to the test.
 * The top frame only: this app embeds nothing and may not be framed (see the CSP).
 * Target size (WCAG 2.2 AA, 2.5.8) is a rule axe-core leaves off by default even when its tag is asked
 * for; it is switched on here (words inside a sentence are exempt from it, as WCAG says).
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
	expect(page.frames(), 'axe checks the top frame only').toHaveLength(1);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const results = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
			rules: { 'target-size': { enabled: true } }
		});
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary }))
		}));
	}, AXE_TAGS);
	return violations.map((v) => {
		const nodes = v.nodes
			.slice(0, 5)
			.map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ')}`)
			.join('\n');
		const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
		return `${label}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${nodes}${more}`;
	});
}

/** The widths every page is checked at: a desktop and a phone. */
export const WIDTHS = [1280, 360] as const;

/**
 * axe and sideways scrolling on the page as it stands, at each width in turn:
 * one walk through a flow checks every state at both widths. The page is left
 * at the desktop width, where the flow goes on.
 */
export async function axeAtWidths(page: Page, label: string): Promise<string[]> {
	const violations: string[] = [];
	const height = page.viewportSize()?.height ?? 800;
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height });
		await expectNoHorizontalScroll(page, width);
		violations.push(...(await axeViolations(page, `${label} at ${width} px (${page.url()})`)));
	}
	await page.setViewportSize({ width: WIDTHS[0], height });
	return violations;
}

// ---------------------------------------------------------------- leaks

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	hellip: '…',
	mdash: '—',
	ndash: '–'
};

/** Undoes HTML entities and JSON/JavaScript string escapes. */
export function unescape(text: string): string {
	return text
		.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\([nrt])/g, ' ')
		.replace(/\\(["'\\/`])/g, '$1')
		.replace(/&#x([0-9a-fA-F]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
		.replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
}

/**
 * Text reduced to lower-case letters and digits between single spaces, after
 * undoing escapes: what is compared does not depend on how it was rendered.
 */
export function plain(text: string): string {
	const words = unescape(text)
		.normalize('NFKC')
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu);
	return words ? ` ${words.join(' ')} ` : ' ';
}

/**
 * A distinctive stretch of a secret: the first run of words, 30 to 40
 * characters long (or the whole secret when shorter), that the public text
 * does not contain. Null when every stretch is public anyway: then the secret
 * cannot be told apart and is not looked for.
 */
export function distinctive(secret: string, publicText: string): string | null {
	const words = plain(secret).trim().split(' ').filter(Boolean);
	if (!words.length) return null;
	for (let start = 0; start < words.length; start++) {
		let end = start + 1;
		while (end < words.length && words.slice(start, end).join(' ').length < 30) end++;
		while (end > start + 1 && words.slice(start, end).join(' ').length > 40) end--;
		const probe = ` ${words.slice(start, end).join(' ')} `;
		if (start > 0 && probe.length < 20) break;
		if (!publicText.includes(probe)) return probe;
	}
	return null;
}

/** Everything a learner may see before answering, reduced by `plain`: nothing of it can count as a leak. */
export function publicText(module: Module): string {
	const dir = moduleFolder(module);
	const parts: string[] = [
		module.title,
		module.summary,
		JSON.stringify(module.sources),
		JSON.stringify(module.speakers)
	];
	for (const source of module.sources) parts.push(readFileSync(`${dir}/documents/${source.id}.txt`, 'utf8'));
	if (existsSync(`${dir}/intro.svx`)) parts.push(readFileSync(`${dir}/intro.svx`, 'utf8'));
	for (const item of module.items) {
		parts.push(item.prompt, ...item.shown);
	}
	// The page's own words (labels, hints, legends) are public too.
	for (const file of walk('src/routes').concat(walk('src/lib/components'), walk('src/lib/kinds'))) {
		if (file.endsWith('.svelte')) parts.push(readFileSync(file, 'utf8'));
	}
	return parts.map(plain).join(' | ');
}

/** The sentences of an .svx file (Markdown prose), front matter, scripts and tags left out. */
export function proseSentences(file: string): string[] {
	if (!existsSync(file)) return [];
	const text = readFileSync(file, 'utf8')
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(#+|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`]+/g, '');
	// Sentences of at least five words: headings and list numbers are not what a leak would show.
	return text
		.split(/(?<=[.!?:;])\s+|\n/)
		.map((s) => s.trim())
		.filter((s) => s.split(/\s+/).length >= 5);
}

export function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

// ---------------------------------------------------------------- fixtures

interface Fixtures {
	/** The module the flows run on: the small test module, one item of each kind. */
	quiz: Module;
	/** The first shipped module, for the few tests that walk a real module end to end. */
	shipped: Module;
}

interface WorkerFixtures {
	modules: Module[];
}

export const test = playwrightTest.extend<Fixtures, WorkerFixtures>({
	modules: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			await use(readModules());
		},
		{ scope: 'worker' }
	],
	quiz: async ({ modules, request }, use) => {
		await use(await served(testModule(modules), request));
	},
	shipped: async ({ modules, request }, use) => {
		await use(await served(shippedModule(modules), request));
	}
});

/** The module, once the server is seen to serve the key the tests read: one started before the key changed would not. */
async function served(quiz: Module, request: APIRequestContext): Promise<Module> {
	const page = await (await request.get(moduleUrl(quiz))).text();
	if (!page.includes(`${quiz.items.length} questions`)) {
		throw new Error(
			`The server on ${origin()} does not serve the ${quiz.items.length} questions of ${quiz.id} in modules.json: ` +
				'it was started before the answer key changed. Stop it, and let Playwright build and start it.'
		);
	}
	return quiz;
}

export { expect };

// ---------------------------------------------------------------- teachers in the browser

/**
 * Goes to a page and waits until it has hydrated, so that its forms are enhanced and its controls respond.
 * Not 'networkidle': that waits half a second of silence after every page, which added up to a minute of
 * idle time over the suite, and a page that polls may never be silent for long.
 */
export async function openSettled(page: Page, path: string) {
	const response = await page.goto(path);
	// SvelteKit's inline start script defines its __sveltekit_… global while the page is parsed, before `load`:
	// without it, JavaScript is off in this context and there is nothing to wait for.
	const scripted = await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit_')));
	if (scripted) await hydrated(page);
	return response;
}

let emails = 0;
/** An e-mail address no other teacher of any test run has: tests run in parallel against one server. */
export const uniqueEmail = (prefix: string) =>
	`${prefix}-${Date.now()}-${process.pid}-${emails++}-${Math.random().toString(36).slice(2, 8)}@example.org`;

/** Signs up a new teacher through the sign-up page; ends on their dashboard. */
export async function signUpInPage(page: Page, name: string, prefix = 'teacher') {
	await openSettled(page, '/signup');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('E-mail').fill(uniqueEmail(prefix));
	await page.getByLabel('Password').fill('a long enough password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teach$/);
}

/** Creates a class from the teacher's dashboard through its form; returns the class page's path. */
export async function createClassInPage(page: Page, name: string): Promise<string> {
	await openSettled(page, '/teach');
	await page.getByLabel('Class name').fill(name);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	return new URL(page.url()).pathname;
}

/** The assignment form's labels for each review mode. */
export const REVIEWS = {
	'after-item': 'After each question',
	'after-submit': 'After they submit',
	'after-close': 'After the assignment closes'
} as const;

/**
 * Assigns a module through the form of the class page (already open); returns
 * the overview's path, the join code as shown and as typed, and the join link.
 */
export async function assignInPage(page: Page, module: Module, review: keyof typeof REVIEWS, attempts = 1) {
	await page.getByRole('combobox', { name: 'Module' }).selectOption(module.id);
	await page.getByLabel('Attempts allowed').fill(String(attempts));
	await page.getByRole('radio', { name: REVIEWS[review] }).check();
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+$/);
	// Named by default after the module and the day ("<title> · 1 Dec 2026").
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${module.title} · `);
	const shown = (await page.locator('.join .join-code [aria-hidden="true"]').textContent())!.trim();
	expect(shown).toMatch(/^[ACEFHJKMNPRTWXY34679]{3}-[ACEFHJKMNPRTWXY34679]{3}$/);
	const code = shown.replace('-', '');
	const link = (await page.locator('a.join-link').getAttribute('href'))!;
	expect(link).toBe(`${origin()}/join/${code}`);
	return { url: new URL(page.url()).pathname, code, shown, link };
}
