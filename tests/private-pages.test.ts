import { chromium, request as http, type APIRequestContext, type Page } from '@playwright/test';
import {
	assignInPage,
	createClassInPage,
	expect,
	openSettled,
	testModule,
	signUpInPage,
	test,
	pageHtml
} from './fixtures';
import { disposeAll, joinAs, seedClass } from './seed';

/*
 * Pages with names, answers and resume codes are kept by no cache: every page
 * and data response the app renders says `Cache-Control: private, no-store`,
 * so a shared proxy keeps none of them (every learner of a class uses the same
 * URLs) and a browser does not show a teacher's results again from its cache
 * when Back is pressed after signing out.
 */

/** `private, no-store`; a page that shows a resume code adds `no-transform` (no compression: src/lib/server/secret-pages.ts). */
const notStored = (value: string | undefined) => {
	const directives = (value ?? '').split(',').map((d) => d.trim());
	return (
		directives.includes('private') &&
		directives.includes('no-store') &&
		directives.every((d) => ['private', 'no-store', 'no-transform'].includes(d))
	);
};

// @practice: on the practice server (playwright.config.ts), where no open assignment pauses practice; its own
// assignment gives feedback after each question and allows one attempt, which pauses nothing.
test(
	'every page and data request, for strangers, learners and teachers, is private and not stored',
	{ tag: '@practice' },
	async ({ baseURL }) => {
		const module = testModule();
		const seeded = await seedClass(baseURL!, module, [{ name: 'Ana', ability: 0.9, answers: 2 }], 'Year 10 Media', {
			review: 'after-item',
			attemptsAllowed: 1
		});
		const { teacher, assignment, classId } = seeded;
		const learner = seeded.learners[0];
		const stranger = await http.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' } });
		const practice = await http.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' } });
		expect((await practice.post(`/modules/${module.id}?/start`, { form: {}, maxRedirects: 0 })).status()).toBe(303);

		const base = `/teach/assignments/${assignment.id}`;
		const learnerPath = /href="([^"]*\/learners\/[^"]+)"/.exec(await pageHtml(await teacher.ctx.get(base)))![1];
		const pages: Array<[APIRequestContext, string[]]> = [
			[
				stranger,
				['/', '/login', '/signup', '/join', `/join/${assignment.code}`, `/modules/${module.id}`, '/no-such-page']
			],
			[practice, [`/modules/${module.id}/items/1`, `/modules/${module.id}/summary`]],
			[
				teacher.ctx,
				[
					'/teach',
					`/teach/classes/${classId}`,
					base,
					`${base}?projector=1`,
					`${base}/items`,
					`${base}/items/1`,
					learnerPath,
					`/teach/modules/${module.id}`
				]
			],
			[learner.ctx, [`/a/${assignment.code}`, `/a/${assignment.code}/items/1`, `/a/${assignment.code}/summary`]]
		];
		const wrong: string[] = [];
		const expectNoStore = async (ctx: APIRequestContext, path: string, expected: number[]) => {
			const response = await ctx.get(path, { maxRedirects: 0, failOnStatusCode: false });
			if (!expected.includes(response.status())) wrong.push(`${path}: status ${response.status()}`);
			if (!notStored(response.headers()['cache-control']))
				wrong.push(`${path}: cache-control ${response.headers()['cache-control']}`);
		};
		for (const [ctx, paths] of pages) {
			for (const path of paths) {
				await expectNoStore(ctx, path, path === '/no-such-page' ? [404] : [200]);
				const [pathname, search] = path.split('?');
				await expectNoStore(
					ctx,
					`${pathname === '/' ? '' : pathname}/__data.json${search ? `?${search}` : ''}`,
					[200, 404]
				);
			}
		}
		// Redirects and refusals too: the sign-in redirect, a learner's page without the cookie, a refused form.
		await expectNoStore(stranger, base, [303]);
		await expectNoStore(stranger, `/a/${assignment.code}/items/1`, [303]);
		const refused = await stranger.post('/join', {
			form: { code: assignment.code, name: '' },
			maxRedirects: 0,
			failOnStatusCode: false
		});
		expect(refused.status()).toBe(400);
		if (!notStored(refused.headers()['cache-control']))
			wrong.push(`refused join: cache-control ${refused.headers()['cache-control']}`);
		expect(wrong).toEqual([]);
		await Promise.all([disposeAll(seeded), stranger.dispose(), practice.dispose()]);
	}
);

/**
 * A teacher signs up, assigns a module, a learner joins; the teacher opens the
 * learner's results page (their name and resume code, no live polling),
 * signs out and presses Back.
 */
async function backAfterSignOut(page: Page, baseURL: string, suffix: string) {
	const module = testModule();
	const name = `Pupil Back ${suffix}`;
	await signUpInPage(page, `Ms Back ${suffix}`, 'back');
	await createClassInPage(page, `Year 8 Back ${suffix}`);
	const { url, code } = await assignInPage(page, module, 'after-submit');
	const pupil = await joinAs(baseURL, code, name);
	await openSettled(page, url);
	const learnerPage = await page.getByRole('link', { name }).getAttribute('href');
	await openSettled(page, learnerPage!);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

	await page.getByRole('button', { name: /Sign out/ }).click();
	await expect(page).toHaveURL(`${baseURL}/`);
	// A page restored from the back-forward cache fires no load event: wait for the navigation to commit only.
	await page.goBack({ waitUntil: 'commit' });
	await expect(page).toHaveURL(/\/login\?next=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teachers: sign in');
	await expect(page.getByText(name)).toHaveCount(0);
	await pupil.ctx.dispose();
}

test('after signing out, Back does not show a learner’s results again from the cache: it asks to sign in', async ({
	page,
	baseURL
}) => {
	await backAfterSignOut(page, baseURL!, 'cache');
});

test('the same with the back-forward cache on, as in an everyday Chromium', async ({ baseURL }) => {
	// Playwright turns Chromium's back-forward cache off; a teacher's browser has it on.
	const browser = await chromium.launch({
		...test.info().project.use.launchOptions,
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	});
	try {
		await backAfterSignOut(await browser.newPage({ baseURL }), baseURL!, 'bfcache');
	} finally {
		await browser.close();
	}
});
