import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	realpathSync,
	rmSync,
	symlinkSync
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import {
	answerFor,
	expect,
	feedback,
	fillAnswer,
	openSettled,
	shippedModule,
	REVIEWS,
	submitAnswer,
	test,
	uniqueEmail
} from './fixtures';

/*
 * The first run, exactly as the README's first command: `npm ci && npm start`,
 * then http://localhost:3000. Every other browser test sets ORIGIN, which is
 * how a first run that answered every form with "403 Cross-site POST form
 * submissions are forbidden" went unseen.
 *
 * So this test copies the repository's files (as they are in the working tree)
 * into a fresh directory, links the installed packages (the `npm ci` part), and runs
 * `npm start` there with none of the app's variables set: it builds on its own
 * and serves on port 3000 with a fresh data/quiz.sqlite. The rest of the suite
 * (its own port, the repository's build/) is untouched.
 */

const PORT = 3000;
const LOCALHOST = `http://localhost:${PORT}`;
const LOOPBACK = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'a long enough password';
/** Building takes one to three minutes on a busy two-core machine. */
const START_TIMEOUT = 6 * 60_000;

/** The app's variables and the test runner's: none of them is in a first-time user's shell. */
const APP_VARIABLES = [
	'ORIGIN',
	'PORT',
	'HOST',
	'DATABASE_PATH',
	'DATABASE_URL',
	'BETTER_AUTH_SECRET',
	'PROTOCOL_HEADER',
	'HOST_HEADER',
	'PORT_HEADER',
	'ADDRESS_HEADER',
	'XFF_DEPTH',
	'SOCKET_PATH',
	'NODE_ENV',
	'FORCE_COLOR'
];
const RUNNER_PREFIXES = /^(PW_|E2E_|PLAYWRIGHT_|BETTER_AUTH_|npm_)/i;

function firstTimeEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (!APP_VARIABLES.includes(name) && !RUNNER_PREFIXES.test(name)) env[name] = value;
	}
	return env;
}

/** What builds write into node_modules. */
const CACHES = ['.vite', '.vite-temp', '.cache'];

/** The repository as a fresh clone after `npm ci` would have it: tracked and new files as in the working tree. */
function copyOfRepository(): string {
	const root = process.cwd();
	const dir = mkdtempSync(join(tmpdir(), 'quiz-first-run-'));
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: root,
		encoding: 'utf8'
	})
		.split('\0')
		.filter(Boolean);
	for (const file of new Set(files)) {
		const from = join(root, file);
		// Deleted in the working tree but still tracked: the copy has it deleted too.
		if (!existsSync(from) || !lstatSync(from).isFile()) continue;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		copyFileSync(from, join(dir, file));
	}
	// node_modules as `npm ci` leaves it, package by package: Vite's caches (node_modules/.vite…) are then
	// the copy's own, and a build running in the repository at the same time shares none of its files.
	const modules = realpathSync(join(root, 'node_modules'));
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (!CACHES.includes(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
	}
	return dir;
}

async function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
	});
}

/** An address of this machine on its network, as a learner's device would use it (none in a sandbox without one). */
function networkAddress(): string | undefined {
	for (const addresses of Object.values(networkInterfaces())) {
		for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
	}
	return undefined;
}

interface FirstRun {
	/** Settles once the server serves (or has ended, or took too long). */
	started: Promise<void>;
	output: () => string;
	stop(): Promise<void>;
}

/** Kills `npm start` and everything it started (its process group), and waits until they are gone. */
async function stopGroup(child: ChildProcess) {
	const group = -child.pid!;
	const alive = () => {
		try {
			process.kill(group, 0);
			return true;
		} catch {
			return false;
		}
	};
	const gone = async (ms: number) => {
		for (const deadline = Date.now() + ms; Date.now() < deadline;) {
			if (!alive()) return true;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		return !alive();
	};
	if (!alive()) return;
	process.kill(group, 'SIGTERM');
	if (await gone(15_000)) return;
	process.kill(group, 'SIGKILL');
	await gone(5_000);
}

async function failIfPortTaken(): Promise<void> {
	if (!(await portIsFree(PORT))) {
		throw new Error(
			`Port ${PORT} is taken: this test runs \`npm start\` as the README says, which serves on ${PORT}. Stop whatever listens there and run it again.`
		);
	}
}

/** Runs `npm start` in a copy of the repository with a first-time user's environment. */
function startAsTheReadmeSays(): FirstRun {
	const dir = copyOfRepository();
	const child = spawn('npm', ['start'], {
		cwd: dir,
		env: firstTimeEnvironment(),
		// Its own process group, so that stopping it stops the build or the server that npm started.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// Should the worker be torn down before afterAll runs, the server does not outlive it.
	const killOnExit = () => {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// already gone
		}
		rmSync(dir, { recursive: true, force: true });
	};
	process.once('exit', killOnExit);
	let output = '';
	/*
	 * Ready once the server says where to open it. It is also taken as ready when
	 * it answers without saying so, so that a server that does not print the line
	 * fails the test on that line (and on whatever else is wrong) at once, not
	 * after the whole timeout.
	 */
	const started = new Promise<void>((resolve, reject) => {
		const done = (error?: Error) => {
			clearTimeout(timer);
			clearInterval(poll);
			if (error) reject(error);
			else resolve();
		};
		const timer = setTimeout(
			() => done(new Error(`no "open ${LOCALHOST}" within ${START_TIMEOUT / 1000} s; the output:\n${output}`)),
			START_TIMEOUT
		);
		const poll = setInterval(() => {
			fetch(`${LOCALHOST}/health`).then(
				(response) => response.ok && done(),
				() => {}
			);
		}, 1_000);
		const read = (chunk: Buffer) => {
			output += chunk;
			if (output.includes(`open ${LOCALHOST}`)) done();
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', (code, signal) =>
			done(new Error(`npm start ended (${signal ?? `exit code ${code}`}) before serving:\n${output}`))
		);
	});
	// Stopped after a failed start, it rejects again with nobody waiting: not an error of its own.
	started.catch(() => {});
	return {
		started,
		output: () => output,
		async stop() {
			await stopGroup(child);
			process.off('exit', killOnExit);
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A browser context on one of the server's addresses; it records every 403 the pages get. */
async function contextAt(browser: Browser, baseURL: string, forbidden: string[]): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL });
	context.on('response', (response) => {
		if (response.status() === 403) forbidden.push(`${response.request().method()} ${response.url()}`);
	});
	return context;
}

/** Presses a form's button and checks the server's answer to the post: the 403 of a refused form is named as such. */
async function press(page: Page, button: Locator) {
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), button.click()]);
	const status = response.status();
	const why =
		status >= 400 ? `POST ${response.url()} answered ${status}: ${(await response.text()).slice(0, 300)}` : '';
	expect(status, why).toBeLessThan(400);
}

async function signUp(page: Page, name: string): Promise<string> {
	const email = uniqueEmail('first-run');
	await openSettled(page, '/signup');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await press(page, page.getByRole('button', { name: 'Create account' }));
	await expect(page).toHaveURL(/\/teach$/);
	return email;
}

async function signOutAndIn(page: Page, email: string) {
	await page.getByRole('button', { name: /^Sign out/ }).click();
	await expect(page).toHaveURL(/:\d+\/$/);
	await expect(page.getByRole('button', { name: /^Sign out/ })).toHaveCount(0);
	await openSettled(page, '/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/teach$/);
}

/** The cookie's Secure flag as the browser stored it: over plain HTTP it must be false, or the browser drops it. */
async function expectPlainCookie(context: BrowserContext, url: string, name: string | RegExp) {
	const cookies = await context.cookies(url);
	const found = cookies.filter((c) => (typeof name === 'string' ? c.name === name : name.test(c.name)));
	expect(
		found.map((c) => c.name),
		`cookie ${name} among ${cookies.map((c) => c.name).join(', ') || 'none'}`
	).toHaveLength(1);
	expect(found[0].secure, `cookie ${found[0].name} is not Secure over plain HTTP`).toBe(false);
	expect(found[0].httpOnly).toBe(true);
}

test.describe('the first run: `npm start` with no configuration, then http://localhost:3000', () => {
	// Serial, and it must be: the tests share one `npm start` of a fresh copy on port 3000 (a build of minutes that a
	// new worker would repeat, and a port two workers cannot share), and the learner's test joins the assignment the
	// teacher's test made. Serial mode skips the tests after a failed one without a word, so the afterEach says it.
	test.describe.configure({ mode: 'serial', timeout: 2 * 60_000 });

	let run: FirstRun | undefined;
	const forbidden: string[] = [];
	let join: { code: string; link: string } | undefined;

	test.beforeAll(async () => {
		// The build and the start, in the hook: longer than a test's usual time.
		test.setTimeout(START_TIMEOUT + 30_000);
		await failIfPortTaken();
		run = startAsTheReadmeSays();
		await run.started;
	});
	test.afterAll(async () => {
		await run?.stop();
	});
	test.afterEach(async () => {
		const info = test.info();
		if (info.status === info.expectedStatus) return;
		const note = 'the first run is a serial group: the tests after this one in it do not run';
		info.annotations.push({ type: 'serial', description: note });
		console.log(`${info.title}: ${note}`);
	});

	test('at http://localhost:3000: open the module from the home page, press Start, answer question 1, see the feedback', async ({
		browser
	}) => {
		const module = shippedModule();
		const context = await contextAt(browser, LOCALHOST, forbidden);
		const page = await context.newPage();
		await openSettled(page, '/');
		await page.getByRole('link', { name: module.title }).click();
		await expect(page).toHaveURL(`${LOCALHOST}/modules/${module.id}`);
		await press(page, page.getByRole('button', { name: 'Start', exact: true }));
		await expect(page).toHaveURL(`${LOCALHOST}/modules/${module.id}/items/1`);
		const item = module.items[0];
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.prompt);
		await fillAnswer(page, answerFor(item, 'right'));
		await submitAnswer(page);
		await expect(feedback(page)).toContainText(/\d+ of \d+ points?/);
		await expectPlainCookie(context, LOCALHOST, `practice-${module.id}`);
		expect(forbidden).toEqual([]);
		await context.close();
	});

	test('at http://127.0.0.1:3000: a teacher signs up, signs out and in, creates a class and assigns; the join link is plain http there', async ({
		browser
	}) => {
		const module = shippedModule();
		const context = await contextAt(browser, LOOPBACK, forbidden);
		const page = await context.newPage();
		const email = await signUp(page, 'Ms First Run');
		await expectPlainCookie(context, LOOPBACK, 'better-auth.session_token');
		await signOutAndIn(page, email);

		await openSettled(page, '/teach');
		await page.getByLabel('Class name').fill('Year 9');
		await page.getByRole('button', { name: 'Create class' }).click();
		await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 9');

		await page.getByRole('combobox', { name: 'Module' }).selectOption(module.id);
		await page.getByRole('radio', { name: REVIEWS['after-item'] }).check();
		await page.getByRole('button', { name: 'Assign', exact: true }).click();
		await expect(page).toHaveURL(/\/teach\/assignments\/[^/?]+$/);
		const code = (await page.locator('.join .join-code [aria-hidden="true"]').textContent())!.trim().replace('-', '');
		const link = (await page.locator('a.join-link').getAttribute('href'))!;
		expect(link).toBe(`${LOOPBACK}/join/${code}`);
		await expect(page.getByRole('img', { name: `QR code of the join link ${link}` })).toBeVisible();
		join = { code, link };

		// The same account signs in at the other name of the machine: sessions are per host, and work on both.
		const other = await contextAt(browser, LOCALHOST, forbidden);
		const there = await other.newPage();
		await openSettled(there, '/login');
		await there.getByLabel('E-mail').fill(email);
		await there.getByLabel('Password').fill(PASSWORD);
		await there.getByRole('button', { name: 'Sign in' }).click();
		await expect(there).toHaveURL(/\/teach$/);
		await expectPlainCookie(other, LOCALHOST, 'better-auth.session_token');
		await there.getByRole('button', { name: /^Sign out/ }).click();
		await expect(there).toHaveURL(`${LOCALHOST}/`);
		await expect(there.getByRole('button', { name: /^Sign out/ })).toHaveCount(0);
		expect(forbidden).toEqual([]);
		await context.close();
		await other.close();
	});

	test('at the machine’s network address over plain http: a learner joins with the code', async ({ browser }) => {
		const address = networkAddress();
		test.skip(!address, 'this machine has no network address besides loopback');
		expect(join, 'the teacher’s test made an assignment').toBeTruthy();
		const base = `http://${address}:${PORT}`;
		const context = await contextAt(browser, base, forbidden);
		const page = await context.newPage();
		await openSettled(page, '/join');
		await page.getByLabel(/^Code/).fill(join!.code);
		await page.getByLabel('Your name').fill('Lan');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page).toHaveURL(`${base}/a/${join!.code}`);
		await expectPlainCookie(context, base, /^learner-/);
		expect(forbidden).toEqual([]);
		await context.close();
	});

	test('posts from another site are still refused (403), and a client cannot claim the request came over https', async () => {
		const module = shippedModule();
		const start = (base: string, headers: Record<string, string>) =>
			fetch(`${base}/modules/${module.id}?/start`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
				body: '',
				redirect: 'manual'
			});
		expect((await start(LOCALHOST, { origin: LOCALHOST })).status, 'same origin').toBe(303);
		expect((await start(LOCALHOST, { origin: 'http://evil.example' })).status, 'another site').toBe(403);
		expect((await start(LOOPBACK, { origin: LOCALHOST })).status, 'another host of the same machine').toBe(403);
		// Proxy headers from a client are not believed: no proxy is configured.
		const claimsHttps = {
			origin: `https://localhost:${PORT}`,
			'x-forwarded-proto': 'https',
			'x-quiz-protocol': 'https'
		};
		expect((await start(LOCALHOST, claimsHttps)).status, 'a client that says it came over https').toBe(403);
	});

	test('a host name with an underscore (a Windows machine’s, say) is served, not a 500', async () => {
		// fetch() cannot set Host; node:http can.
		const status = await new Promise<number | undefined>((resolve, reject) => {
			const request = httpRequest(
				{ host: '127.0.0.1', port: PORT, path: '/', headers: { host: `my_pc:${PORT}` } },
				(response) => {
					response.resume();
					resolve(response.statusCode);
				}
			);
			request.once('error', reject);
			request.end();
		});
		expect(status).toBe(200);
	});

	test('the server said where to open it, and printed no warning', async () => {
		const output = run!.output();
		expect(output).toContain(`Media-literacy quiz: open ${LOCALHOST} (teachers sign up at ${LOCALHOST}/signup)`);
		// What the server printed, after the build's own output (SvelteKit's adapter ends that with "done").
		const doneAt = output.lastIndexOf('✔ done');
		expect(doneAt, `the build's "✔ done" in:\n${output}`).toBeGreaterThan(0);
		const served = output.slice(doneAt);
		await test.info().attach('what the server printed', { body: served, contentType: 'text/plain' });
		expect(served).not.toMatch(/warn/i);
		expect(output).not.toMatch(/Base URL|\[better-auth\]/);
		expect(forbidden).toEqual([]);
	});
});
