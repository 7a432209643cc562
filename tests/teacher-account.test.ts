import type { Browser, BrowserContext, Page } from '@playwright/test';
import { axeAtWidths, expect, expectNoHorizontalScroll, openSettled, test, uniqueEmail } from './fixtures';

/*
 * The teacher's account page (/teach/account): changing the password, which
 * signs out every other device, and signing out of every other device alone.
 * Both with JavaScript (use:enhance) and without it, reached from the header
 * link, and axe-clean at a desktop and a phone width in every state.
 */

const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'seven purple owls at noon';

/** Signs a new teacher up in the page; returns the e-mail. */
async function signUp(page: Page, name: string): Promise<string> {
	const email = uniqueEmail('account');
	await openSettled(page, '/signup');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	return email;
}

/** Another browser (a colleague's computer, a phone) signed in to the same account. */
async function signedInElsewhere(browser: Browser, email: string, password = PASSWORD): Promise<BrowserContext> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openSettled(page, '/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	await page.close();
	return context;
}

/** Whether a browser is still signed in: the teacher's pages open, or send it to sign in. */
async function stillSignedIn(context: BrowserContext): Promise<boolean> {
	const response = await context.request.get('/teach', { maxRedirects: 0 });
	return response.status() === 200;
}

async function changePassword(page: Page, current: string, fresh: string, repeat = fresh) {
	await page.getByLabel('Current password').fill(current);
	await page.getByLabel(/^New password \(/).fill(fresh);
	await page.getByLabel('New password again').fill(repeat);
	await page.getByRole('button', { name: 'Change password' }).click();
}

// axe runs in the page, so it needs JavaScript: the pages are checked with it on, each state at both widths; the
// forms are also used with it off, at the phone width (the page's own script, use:enhance, is what is left out).
for (const [width, javaScript] of [
	[1280, true],
	[360, false]
] as const) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test(`change the password and sign out of every other device, JavaScript ${javaScript ? 'on, axe-clean at both widths' : 'off'}`, async ({
			browser
		}) => {
			test.setTimeout(240_000);
			const violations: string[] = [];
			const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 800 } });
			const page = await context.newPage();
			const check = async (label: string) => {
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
				if (javaScript) violations.push(...(await axeAtWidths(page, label)));
				else await expectNoHorizontalScroll(page, width);
			};

			const email = await signUp(page, 'Ms Account');
			const phone = await signedInElsewhere(browser, email);
			const colleague = await signedInElsewhere(browser, email);

			// From the header, on any teacher page.
			await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'My account' }).click();
			await expect(page).toHaveURL(/\/teach\/account$/);
			await expect(page.getByText(email)).toBeVisible();
			await expect(page.getByText('You are also signed in on 2 other devices or browsers.')).toBeVisible();
			await check('account page');

			// A wrong current password, a weak new one, two that differ: each refused with its reason, nothing changed.
			await changePassword(page, 'not my password at all', NEW_PASSWORD);
			await expect(page.getByRole('alert')).toHaveText('Your current password is not right.');
			await check('account page, wrong current password');
			await changePassword(page, PASSWORD, 'password1234');
			await expect(page.getByRole('alert')).toContainText('one of the first that guessers try');
			await changePassword(page, PASSWORD, NEW_PASSWORD, `${NEW_PASSWORD}!`);
			await expect(page.getByRole('alert')).toHaveText('The two new passwords are not the same. Type them again.');
			expect(await stillSignedIn(phone)).toBe(true);

			// The right one: changed, this browser still signed in, every other one signed out.
			await changePassword(page, PASSWORD, NEW_PASSWORD);
			await expect(page).toHaveURL(/\/teach\/account\?done=password$/);
			await expect(page.getByRole('status')).toHaveText(
				'Your password is changed. Every other device where you were signed in is signed out.'
			);
			await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();
			await check('account page, password changed');
			expect(await stillSignedIn(phone)).toBe(false);
			expect(await stillSignedIn(colleague)).toBe(false);
			await openSettled(page, '/teach');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('My classes');

			// The old password no longer signs in; the new one does.
			const refused = await browser.newContext();
			const login = await refused.newPage();
			await openSettled(login, '/login');
			await login.getByLabel('E-mail').fill(email);
			await login.getByLabel('Password').fill(PASSWORD);
			await login.getByRole('button', { name: 'Sign in' }).click();
			await expect(login.getByRole('alert')).toHaveText('That e-mail and password do not match an account.');
			await refused.close();
			const laptop = await signedInElsewhere(browser, email, NEW_PASSWORD);
			const tablet = await signedInElsewhere(browser, email, NEW_PASSWORD);

			// Signing out everywhere else, the other action on the page.
			await openSettled(page, '/teach/account');
			await expect(page.getByText('You are also signed in on 2 other devices or browsers.')).toBeVisible();
			await page.getByRole('button', { name: 'Sign out of every other device' }).click();
			await expect(page).toHaveURL(/\/teach\/account\?done=signed-out$/);
			await expect(page.getByRole('status')).toHaveText(
				'You are signed out on every other device. This one stays signed in.'
			);
			await expect(page.getByText('You are not signed in anywhere else.')).toBeVisible();
			await check('account page, signed out elsewhere');
			expect(await stillSignedIn(laptop)).toBe(false);
			expect(await stillSignedIn(tablet)).toBe(false);
			expect(await stillSignedIn(context)).toBe(true);

			expect(violations, violations.join('\n')).toEqual([]);
			await Promise.all([phone, colleague, laptop, tablet, context].map((c) => c.close()));
		});
	});
}

test('the sign-up form says the password rule and refuses a common password with the reason', async ({ page }) => {
	await openSettled(page, '/signup');
	// The sign-up form, not the header's language switch.
	await expect(page.getByRole('main').locator('form')).toContainText('at least 12 characters, not a common password');
	await page.getByLabel('Your name').fill('Mr Weak');
	await page.getByLabel('E-mail').fill(uniqueEmail('weak'));
	await page.getByLabel('Password').fill('Password123!');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('alert')).toContainText('one of the first that guessers try');
	await expect(page).toHaveURL(/\/signup$/);
});
