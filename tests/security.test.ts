import {
	answerFor,
	expect,
	fillAnswer,
	firstOfEachKind,
	formBody,
	hydrated,
	itemUrl,
	testModule,
	startModule,
	submitAnswer,
	test,
	watch,
	pageHtml
} from './fixtures';
import {
	answerItem,
	assignModule,
	createClass,
	disposeAll,
	joinAs,
	seedClass,
	signUpTeacher,
	submitAttempt,
	type Learner
} from './seed';
import { parse as parseCsv } from 'csv-parse/sync';
import { startAppServer, type AppServer } from '../scripts/app-server.js';

/*
 * Security: the Content Security Policy and the other headers, cookie
 * attributes, the rate limits, and script typed by users shown as text.
 *
 * The rate limits count failures per client address, and every test of the
 * shared server comes from 127.0.0.1: using them up there would lock the other
 * tests out. So the limit tests start their own servers from the same build
 * (started by Playwright's webServer), each with a fresh database: one behind
 * a pretend proxy (ADDRESS_HEADER=x-forwarded-for), where each test picks its
 * own client addresses, and one whose ORIGIN is https://, for Secure cookies
 * and HSTS.
 */

// ---------------------------------------------------------------- helpers

const ALPHABET = 'ACEFHJKMNPRTWXY34679';
const unique = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
const PASSWORD = 'a long enough password';

/** The policy every HTML page carries; script-src gets the page's nonce from SvelteKit on top. */
const POLICY: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'"],
	// SvelteKit's route announcer's inline style, that one only (svelte.config.js).
	'style-src-attr': ["'unsafe-hashes'", "'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
	'base-uri': ["'self'"],
	'object-src': ["'none'"]
};

const HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

/** Headers for a document the browser shows (or a redirect): not sent with data, plain-text refusals or the CSV. */
const DOCUMENT_ONLY = ['referrer-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy'];

function parsePolicy(header: string): Map<string, string[]> {
	const policy = new Map<string, string[]>();
	for (const part of header.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), values);
	}
	return policy;
}

/** The page's policy is exactly POLICY plus one nonce in script-src, and every script of the page carries that nonce. */
function expectPolicy(header: string | null | undefined, html: string, label: string) {
	expect(header, `${label}: Content-Security-Policy header`).toBeTruthy();
	const policy = parsePolicy(header!);
	expect([...policy.keys()].sort(), label).toEqual(Object.keys(POLICY).sort());
	for (const [name, values] of Object.entries(POLICY)) {
		if (name !== 'script-src') expect(policy.get(name), `${label}: ${name}`).toEqual(values);
	}
	const scriptSrc = policy.get('script-src')!;
	expect(scriptSrc[0], label).toBe("'self'");
	expect(scriptSrc, label).toHaveLength(2);
	const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSrc[1])?.[1];
	expect(nonce, `${label}: script-src ${scriptSrc.join(' ')}`).toBeTruthy();
	expect(header, label).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
	const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
	expect(scripts.length, `${label}: SvelteKit's start-up script`).toBeGreaterThan(0);
	for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
	// Nothing the policy would block: no inline style attributes and no inline event handlers.
	expect(html, `${label}: inline style attribute`).not.toMatch(/<[^>]*\sstyle\s*=/i);
	expect(html, `${label}: inline event handler`).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
	return nonce!;
}

function expectSecurityHeaders(headers: Headers, label: string, https = false) {
	for (const [name, value] of Object.entries(HEADERS)) expect(headers.get(name), `${label}: ${name}`).toBe(value);
	if (https) expect(headers.get('strict-transport-security'), label).toMatch(/^max-age=(\d+)/);
	else expect(headers.get('strict-transport-security'), `${label}: no HSTS over plain HTTP`).toBeNull();
}

interface SetCookie {
	name: string;
	value: string;
	attributes: Map<string, string>;
}

function parseSetCookie(line: string): SetCookie {
	const [pair, ...rest] = line.split(';').map((s) => s.trim());
	const at = pair.indexOf('=');
	const attributes = new Map<string, string>();
	for (const attribute of rest) {
		const eq = attribute.indexOf('=');
		if (eq < 0) attributes.set(attribute.toLowerCase(), '');
		else attributes.set(attribute.slice(0, eq).toLowerCase(), attribute.slice(eq + 1));
	}
	return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
}

/** The one cookie a response sets whose name matches, with its attributes. */
function cookieSet(response: Response, name: RegExp): SetCookie {
	const all = response.headers.getSetCookie().map(parseSetCookie);
	const found = all.filter((c) => name.test(c.name) && c.value !== '');
	expect(
		found.map((c) => c.name),
		`a cookie ${name} among ${all.map((c) => c.name).join(', ') || 'none'}`
	).toHaveLength(1);
	return found[0];
}

function expectPrivateCookie(cookie: SetCookie, secure: boolean) {
	const label = `cookie ${cookie.name}`;
	expect(cookie.attributes.has('httponly'), `${label} HttpOnly`).toBe(true);
	expect(cookie.attributes.get('samesite')?.toLowerCase(), `${label} SameSite`).toBe('lax');
	expect(cookie.attributes.get('path'), `${label} Path`).toBe('/');
	expect(cookie.attributes.has('secure'), `${label} Secure`).toBe(secure);
}

/** A client of one server: form posts as a same-origin browser without JavaScript makes them, no redirects followed. */
class Client {
	constructor(
		readonly url: string,
		readonly origin: string,
		/** Sent as X-Forwarded-For: the client address behind the pretend proxy. */
		readonly address?: string
	) {}

	cookies = new Map<string, string>();

	private headers(extra: Record<string, string> = {}) {
		const headers: Record<string, string> = { origin: this.origin, accept: 'text/html', ...extra };
		if (this.address) headers['x-forwarded-for'] = this.address;
		if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return headers;
	}

	private keep(response: Response) {
		for (const cookie of response.headers.getSetCookie().map(parseSetCookie)) {
			if (cookie.value) this.cookies.set(cookie.name, cookie.value);
			else this.cookies.delete(cookie.name);
		}
		return response;
	}

	async get(path: string) {
		return this.keep(await fetch(this.url + path, { headers: this.headers(), redirect: 'manual' }));
	}

	async post(path: string, form: Record<string, string>) {
		const response = await fetch(this.url + path, {
			method: 'POST',
			headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
			body: new URLSearchParams(form),
			redirect: 'manual'
		});
		return this.keep(response);
	}

	as(address: string) {
		const other = new Client(this.url, this.origin, address);
		other.cookies = new Map(this.cookies);
		return other;
	}
}

/** What a failed form shows the person: its role="alert" message. */
async function alertOf(response: Response) {
	const html = await response.text();
	return /role="alert">([^<]*)</.exec(html)?.[1] ?? `(no alert in a ${response.status} response)`;
}

async function signUp(client: Client, email: string, name = 'Ms Secure') {
	const response = await client.post('/signup', { name, email, password: PASSWORD });
	expect(response.status, await alertOf(response.clone())).toBe(303);
	return response;
}

/** A teacher's class with an open assignment of the first module: its join code. */
async function openAssignment(teacher: Client, moduleId: string): Promise<{ id: string; code: string }> {
	const created = await teacher.post('/teach?/create', { name: 'Year 9' });
	expect(created.status).toBe(303);
	const classPath = created.headers.get('location')!;
	const assigned = await teacher.post(`${classPath}?/assign`, {
		moduleId,
		opensAt: '',
		closesAt: '',
		attemptsAllowed: '2',
		review: 'after-item'
	});
	expect(assigned.status).toBe(303);
	const path = assigned.headers.get('location')!;
	const html = await (await teacher.get(path)).text();
	const code = new RegExp(`/join/([${ALPHABET}]{6})`).exec(html)?.[1];
	if (!code) throw new Error('the assignment page shows no join code');
	return { id: path.split('/').at(-1)!, code };
}

function wrongCode(real: string): string {
	for (;;) {
		const code = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
		if (code !== real) return code;
	}
}

// ---------------------------------------------------------------- the shared server: headers and the policy

test.describe('headers of the shared server', () => {
	test('every HTML page carries the policy, with a fresh nonce that its scripts carry, and nothing it would block', async ({
		baseURL
	}) => {
		const module = testModule();
		const seeded = await seedClass(baseURL!, module, [
			{ name: 'Ana', ability: 0.9, submit: true },
			{ name: 'Ben', ability: 0.3 }
		]);
		const base = `/teach/assignments/${seeded.assignment.id}`;
		const learnerPath = /href="([^"]*\/learners\/[^"]+)"/.exec(await (await seeded.teacher.ctx.get(base)).text())![1];
		const anonymous = [
			'/',
			`/modules/${module.id}`,
			'/login',
			'/signup',
			'/join',
			`/join/${seeded.assignment.code}`,
			'/modules/no-such-module'
		];
		const teacher = [
			'/teach',
			`/teach/classes/${seeded.classId}`,
			base,
			`${base}?projector=1`,
			`${base}/items`,
			...firstOfEachKind(module).map((n) => `${base}/items/${n}`),
			learnerPath,
			`/teach/modules/${module.id}`
		];
		const learner = [
			`/a/${seeded.assignment.code}`,
			`/a/${seeded.assignment.code}/items/1`,
			`/a/${seeded.assignment.code}/summary`
		];
		const nonces = new Set<string>();
		const check = async (
			get: (path: string) => Promise<{ status(): number; headers(): Record<string, string>; text(): Promise<string> }>,
			paths: string[]
		) => {
			for (const path of paths) {
				const response = await get(path);
				expect([200, 404], path).toContain(response.status());
				expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
				nonces.add(expectPolicy(response.headers()['content-security-policy'], await response.text(), path));
				expectSecurityHeaders(new Headers(response.headers()), path);
			}
		};
		const requestOf = (ctx: typeof seeded.teacher.ctx) => (path: string) =>
			ctx.get(path, { failOnStatusCode: false, maxRedirects: 0 });
		await check(requestOf(seeded.learners[0].ctx), anonymous);
		await check(requestOf(seeded.teacher.ctx), teacher);
		await check(requestOf(seeded.learners[1].ctx), learner);
		// A nonce is drawn for each response, never reused.
		expect(nonces.size).toBe(anonymous.length + teacher.length + learner.length);
		await disposeAll(seeded);
	});

	test('every other kind of response carries the security headers too: redirects, errors, data, the CSV (these without the document headers)', async ({
		baseURL
	}) => {
		const module = testModule();
		const seeded = await seedClass(baseURL!, module, [{ name: 'Ana', ability: 0.9, answers: 2 }]);
		const base = `/teach/assignments/${seeded.assignment.id}`;
		const stranger = new Client(baseURL!, new URL(baseURL!).origin);
		const responses: Array<[string, Response | { status(): number; headers(): Record<string, string> }]> = [
			['a redirect to sign in', await stranger.get('/teach')],
			['a refused post', await stranger.post('/teach?/create', { name: 'x' })],
			['a form with a missing field', await stranger.post('/join', { name: 'Ana' })],
			['a page data request', await stranger.get(`/modules/${module.id}/__data.json`)],
			['a page that does not exist', await stranger.get('/no-such-page')],
			['the logout redirect', await stranger.get('/logout')],
			['the CSV export', await seeded.teacher.ctx.get(`${base}/results.csv`)],
			['the teacher page data', await seeded.teacher.ctx.get(`${base}/__data.json?x-sveltekit-invalidated=01`)]
		];
		const expected: Record<string, number> = {
			'a redirect to sign in': 303,
			'a refused post': 401,
			'a form with a missing field': 400,
			'a page data request': 200,
			'a page that does not exist': 404,
			'the logout redirect': 303,
			'the CSV export': 200,
			'the teacher page data': 200
		};
		const documents: string[] = [];
		for (const [label, response] of responses) {
			const status = typeof response.status === 'number' ? response.status : response.status();
			const headers = response.headers instanceof Headers ? response.headers : new Headers(response.headers());
			expect(status, label).toBe(expected[label]);
			// The document headers go with pages and redirects; data, a refusal in plain text and the CSV need none.
			const document = (status >= 300 && status < 400) || /^text\/html/.test(headers.get('content-type') ?? '');
			if (document) expectSecurityHeaders(headers, label);
			else {
				for (const name of ['x-content-type-options', 'cross-origin-resource-policy'])
					expect(headers.get(name), `${label}: ${name}`).toBe(HEADERS[name]);
				for (const name of DOCUMENT_ONLY) expect(headers.get(name), `${label}: ${name}`).toBeNull();
				expect(headers.get('strict-transport-security'), `${label}: no HSTS over plain HTTP`).toBeNull();
			}
			documents.push(`${label}: ${document}`);
		}
		// Both sorts were seen: pages and redirects with every header, the rest with the two that keep other sites out.
		expect(documents).toEqual([
			'a redirect to sign in: true',
			'a refused post: false',
			'a form with a missing field: true',
			'a page data request: false',
			'a page that does not exist: true',
			'the logout redirect: true',
			'the CSV export: false',
			'the teacher page data: false'
		]);
		await disposeAll(seeded);
	});

	test('better-auth’s own HTTP endpoints are not served: no sign-in or sign-up around the limits and the form checks', async ({
		baseURL
	}) => {
		const client = new Client(baseURL!, new URL(baseURL!).origin);
		const email = unique('api');
		for (const [path, body] of [
			['/api/auth/sign-up/email', { name: '<script>alert(1)</script>'.repeat(10), email, password: PASSWORD }],
			['/api/auth/sign-in/email', { email, password: PASSWORD }],
			['/api/auth/sign-out', {}]
		] as const) {
			const response = await fetch(baseURL + path, {
				method: 'POST',
				headers: { origin: client.origin, 'content-type': 'application/json' },
				body: JSON.stringify(body),
				redirect: 'manual'
			});
			expect(response.status, path).toBe(404);
			expect(response.headers.getSetCookie(), path).toEqual([]);
		}
		expect((await fetch(`${baseURL}/api/auth/get-session`)).status).toBe(404);
		// The sign-up above created no account: signing up with that e-mail through the form works.
		await signUp(client, email);
	});

	// @practice: on the practice server (playwright.config.ts), where no open assignment pauses practice.
	test(
		'the practice cookie is HttpOnly and SameSite=Lax, not Secure over plain HTTP, and lasts a week',
		{ tag: '@practice' },
		async ({ baseURL }) => {
			const module = testModule();
			const client = new Client(baseURL!, new URL(baseURL!).origin);
			const started = await client.post(`/modules/${module.id}?/start`, {});
			expect(started.status).toBe(303);
			const practice = cookieSet(started, new RegExp(`^practice-${module.id}$`));
			expectPrivateCookie(practice, false);
			expect(Number(practice.attributes.get('max-age'))).toBe(60 * 60 * 24 * 7);
		}
	);

	test('the learner and session cookies are HttpOnly and SameSite=Lax, and not Secure over plain HTTP', async ({
		baseURL
	}) => {
		const module = testModule();
		const client = new Client(baseURL!, new URL(baseURL!).origin);
		const teacher = new Client(baseURL!, client.origin);
		const signedUp = await signUp(teacher, unique('cookies'));
		const session = cookieSet(signedUp, /^better-auth\.session_token$/);
		expectPrivateCookie(session, false);
		expectPrivateCookie(cookieSet(signedUp, /^known-device$/), false);
		expect(Number(session.attributes.get('max-age'))).toBe(60 * 60 * 24 * 14);

		const { id, code } = await openAssignment(teacher, module.id);
		const learner = new Client(baseURL!, client.origin);
		const joined = await learner.post('/join', { code, name: 'Cookie' });
		expect(joined.status, await alertOf(joined.clone())).toBe(303);
		const place = cookieSet(joined, new RegExp(`^learner-${id}$`));
		expectPrivateCookie(place, false);
		// A school day, not a term: the resume code covers a later return.
		expect(Number(place.attributes.get('max-age'))).toBe(60 * 60 * 12);
		// The device cookie outlives it (and “leave”), so that a second name from this device shows.
		const device = cookieSet(joined, /^device$/);
		expectPrivateCookie(device, false);
		expect(Number(device.attributes.get('max-age'))).toBe(60 * 60 * 24 * 400);
	});
});

// ---------------------------------------------------------------- served over HTTPS

test.describe('served over HTTPS (ORIGIN=https://…)', () => {
	test.describe.configure({ mode: 'default' });
	let server: AppServer;

	test.beforeAll(async () => {
		server = await startAppServer({ https: true });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('every cookie is Secure, the session cookie is __Secure- prefixed, and HSTS is sent', async () => {
		const module = testModule();
		const teacher = new Client(server.url, server.origin);
		const page = await teacher.get('/');
		expectSecurityHeaders(page.headers, 'the catalog', true);
		expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000');
		expectPolicy(page.headers.get('content-security-policy'), await page.text(), 'the catalog over HTTPS');

		const signedUp = await signUp(teacher, unique('secure'));
		expectSecurityHeaders(signedUp.headers, 'the sign-up redirect', true);
		expectPrivateCookie(cookieSet(signedUp, /^__Secure-better-auth\.session_token$/), true);
		expectPrivateCookie(cookieSet(signedUp, /^known-device$/), true);
		// The session works: the teacher's pages open.
		expect((await teacher.get('/teach')).status).toBe(200);

		const practice = await new Client(server.url, server.origin).post(`/modules/${module.id}?/start`, {});
		expect(practice.status).toBe(303);
		expectPrivateCookie(cookieSet(practice, new RegExp(`^practice-${module.id}$`)), true);

		const { id, code } = await openAssignment(teacher, module.id);
		const joined = await new Client(server.url, server.origin).post('/join', { code, name: 'Secure' });
		expect(joined.status, await alertOf(joined.clone())).toBe(303);
		expectPrivateCookie(cookieSet(joined, new RegExp(`^learner-${id}$`)), true);
		expectPrivateCookie(cookieSet(joined, /^device$/), true);
	});

	test('without ADDRESS_HEADER, a forged X-Forwarded-For does not give a guesser a fresh address', async () => {
		const module = testModule();
		const teacher = new Client(server.url, server.origin);
		await signUp(teacher, unique('forged'));
		const { code } = await openAssignment(teacher, module.id);
		// Thirty wrong join codes, each claiming another address: all count against 127.0.0.1.
		for (let n = 1; n <= 30; n++) {
			const response = await new Client(server.url, server.origin, `203.0.113.${n}`).post('/join', {
				code: wrongCode(code),
				name: `Guess ${n}`
			});
			expect(response.status).toBe(400);
		}
		const blocked = await new Client(server.url, server.origin, '203.0.113.99').post('/join', {
			code: wrongCode(code),
			name: 'Guess 31'
		});
		expect(blocked.status).toBe(429);
		expect(await alertOf(blocked)).toMatch(/^Too many wrong codes from here\. Try again in \d+ minutes?\.$/);
	});
});

// ---------------------------------------------------------------- the rate limits

test.describe('rate limits (behind a proxy: ADDRESS_HEADER=x-forwarded-for, XFF_DEPTH=1)', () => {
	test.describe.configure({ mode: 'default' });
	let server: AppServer;
	const client = (address: string) => new Client(server.url, server.origin, address);
	const TOO_MANY_FOR_ACCOUNT =
		/^Too many failed sign-ins to this account\. Try again in (1[0-5]|[1-9]) minutes?, or sign in on a device you have signed in on before\.$/;
	const NO_MATCH = 'That e-mail and password do not match an account.';

	test.beforeAll(async () => {
		server = await startAppServer({ env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('sign-in: 30 wrong passwords at once for one account get 8 checks; the other 22 are refused before any', async () => {
		const email = unique('burst');
		await signUp(client('10.0.0.1'), email);
		// From one address, all at once: each request is past the count before the first password check ends,
		// unless the count is taken first. The last guess is the right password.
		const guesses = Array.from({ length: 30 }, (_, n) => (n === 29 ? PASSWORD : `wrong guess ${n}`));
		const responses = await Promise.all(
			guesses.map((password) => client('10.0.0.2').post('/login', { email, password }))
		);
		const statuses = responses.map((r) => r.status);
		expect(statuses.filter((s) => s >= 500)).toEqual([]);
		const checked = statuses.filter((s) => s !== 429);
		// 400 (wrong) or 303 (the right one, if it got a check): at most the limit, and with an atomic count exactly it.
		expect(checked.length, `statuses: ${statuses.join(' ')}`).toBe(8);
		expect(statuses.filter((s) => s === 429)).toHaveLength(22);
		for (const response of responses.filter((r) => r.status === 429))
			expect(await alertOf(response)).toMatch(TOO_MANY_FOR_ACCOUNT);
	});

	test('sign-in: 8 failures for one account, from any addresses, block it on new devices; the right password gets a 429 there', async () => {
		const email = unique('victim');
		const other = unique('bystander');
		await signUp(client('10.1.0.1'), email);
		await signUp(client('10.1.0.2'), other);
		for (let n = 1; n <= 8; n++) {
			const response = await client(`10.1.1.${n}`).post('/login', { email, password: `wrong password ${n}` });
			expect(response.status, `failure ${n}`).toBe(400);
			expect(await alertOf(response)).toBe(NO_MATCH);
		}
		// Upper case and spaces are the same account.
		const blocked = await client('10.1.2.1').post('/login', { email: ` ${email.toUpperCase()} `, password: PASSWORD });
		expect(blocked.status).toBe(429);
		expect(blocked.headers.getSetCookie().filter((c) => c.includes('session_token='))).toEqual([]);
		expect(await alertOf(blocked)).toMatch(TOO_MANY_FOR_ACCOUNT);
		// Another account from a fresh address is not held back.
		const fine = await client('10.1.2.2').post('/login', { email: other, password: PASSWORD });
		expect(fine.status).toBe(303);
		expect(fine.headers.get('location')).toBe('/teach');
	});

	test('sign-in: a stranger’s wrong passwords for a teacher do not lock the teacher out on a device they have signed in on', async () => {
		const email = unique('named');
		// The teacher's own computer: signing up there (or signing in) makes it a known device.
		const own = client('10.6.0.1');
		const signedUp = await signUp(own, email);
		expectPrivateCookie(cookieSet(signedUp, /^known-device$/), false);
		expect(Number(cookieSet(signedUp, /^known-device$/).attributes.get('max-age'))).toBeGreaterThan(180 * 24 * 60 * 60);
		// A stranger, from addresses of their own (and forging a known-device cookie), spends the account's failures and more.
		for (let n = 1; n <= 12; n++) {
			const stranger = client(`10.6.1.${n}`);
			stranger.cookies.set('known-device', `${'A'.repeat(22)}.${'B'.repeat(43)}`);
			const response = await stranger.post('/login', { email, password: `stranger guess ${n}` });
			expect(response.status, `guess ${n}`).toBe(n <= 8 ? 400 : 429);
		}
		// On a new device even the right password waits…
		const newDevice = await client('10.6.2.1').post('/login', { email, password: PASSWORD });
		expect(newDevice.status).toBe(429);
		expect(await alertOf(newDevice)).toMatch(TOO_MANY_FOR_ACCOUNT);
		// …but the teacher's own device signs in, from the school's address or from home (signed out, so that the
		// sign-in page does not send it on: only its known-device cookie goes with it).
		const ownDevice = (address: string) => {
			const device = client(address);
			device.cookies.set('known-device', own.cookies.get('known-device')!);
			return device;
		};
		const atSchool = await ownDevice('10.6.0.1').post('/login', { email, password: PASSWORD });
		expect(atSchool.status, await alertOf(atSchool.clone())).toBe(303);
		expect(atSchool.headers.getSetCookie().some((c) => c.includes('session_token='))).toBe(true);
		expect((await ownDevice('10.6.3.1').post('/login', { email, password: PASSWORD })).status).toBe(303);
		// The device's failures are its own: a typo there counts there, not against the stranger's count.
		expect((await ownDevice('10.6.0.1').post('/login', { email, password: 'my own typo here' })).status).toBe(400);
		expect((await ownDevice('10.6.0.1').post('/login', { email, password: PASSWORD })).status).toBe(303);
		// A guesser who holds the device itself gets the device's own 8 failures, no more.
		for (let n = 2; n <= 8; n++)
			expect((await ownDevice('10.6.4.1').post('/login', { email, password: `typo ${n}` })).status).toBe(400);
		const device = await ownDevice('10.6.4.1').post('/login', { email, password: PASSWORD });
		expect(device.status).toBe(429);
		expect(await alertOf(device)).toMatch(
			/^Too many failed sign-ins on this device\. Try again in (1[0-5]|[1-9]) minutes?\.$/
		);
	});

	test('sign-in: one teacher’s 8 failures do not stop another teacher at the same address', async () => {
		const a = unique('teacher-a');
		const b = unique('teacher-b');
		await signUp(client('10.2.0.1'), a);
		await signUp(client('10.2.0.2'), b);
		for (let n = 1; n <= 8; n++) {
			expect((await client('10.2.0.66').post('/login', { email: a, password: `wrong password ${n}` })).status).toBe(
				400
			);
		}
		expect((await client('10.2.0.66').post('/login', { email: a, password: PASSWORD })).status).toBe(429);
		// Teacher B, from the same school address, on a computer that has never signed in to B: fine.
		const signedIn = await client('10.2.0.66').post('/login', { email: b, password: PASSWORD });
		expect(signedIn.status, await alertOf(signedIn.clone())).toBe(303);
	});

	test('join: 30 wrong codes from one address, then a valid code still joins; more wrong codes are refused unchecked', async () => {
		const module = testModule();
		const teacher = client('10.4.0.1');
		await signUp(teacher, unique('join'));
		const { code } = await openAssignment(teacher, module.id);
		for (let n = 1; n <= 30; n++) {
			const response = await client('10.4.0.66').post('/join', { code: wrongCode(code), name: `Guess ${n}` });
			expect(response.status, `wrong code ${n}`).toBe(400);
			expect(await alertOf(response)).toBe('No assignment has that code. Check it with your teacher.');
		}
		const refused = await client('10.4.0.66').post('/join', { code: wrongCode(code), name: 'Guess 31' });
		expect(refused.status).toBe(429);
		expect(await alertOf(refused)).toMatch(/^Too many wrong codes from here\. Try again in (10|[1-9]) minutes?\.$/);
		expect(refused.headers.getSetCookie()).toEqual([]);
		// The class behind the same address joins with the right code.
		for (const name of ['Pupil One', 'Pupil Two']) {
			const joined = await client('10.4.0.66').post('/join', { code, name });
			expect(joined.status, await alertOf(joined.clone())).toBe(303);
			expect(joined.headers.get('location')).toBe(`/a/${code}`);
		}
	});

	test('join: past 300 wrong codes from one address, every code from it is refused; guessing stays bounded', async () => {
		test.setTimeout(300_000);
		const module = testModule();
		const teacher = client('10.5.0.1');
		await signUp(teacher, unique('guessed'));
		const { code } = await openAssignment(teacher, module.id);
		const guesser = client('10.5.0.66');
		const statuses = await Promise.all(
			Array.from({ length: 300 }, (_, n) =>
				guesser.post('/join', { code: wrongCode(code), name: `Guess ${n}` }).then((r) => r.status)
			)
		);
		expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);
		const blocked = await guesser.post('/join', { code, name: 'Lucky guess' });
		expect(blocked.status).toBe(429);
		expect(await alertOf(blocked)).toMatch(/^Too many wrong codes from here\. Try again in \d+ minutes?\.$/);
		expect((await client('10.5.0.67').post('/join', { code, name: 'Elsewhere' })).status).toBe(303);
	});

	test('resume codes: wrong ones count per address and assignment, and per name, not against the whole address', async () => {
		const module = testModule();
		const teacher = client('10.7.0.1');
		await signUp(teacher, unique('resume'));
		const first = await openAssignment(teacher, module.id);
		const second = await openAssignment(teacher, module.id);
		const school = '10.7.0.66';
		// Ana joined both earlier, from home.
		for (const code of [first.code, second.code])
			expect((await client('10.7.1.1').post('/join', { code, name: 'Ana' })).status).toBe(303);
		const wrong = (n: number) => `W${ALPHABET[n % 20]}${ALPHABET[Math.floor(n / 20) % 20]}XYAAA`;
		// Ten wrong resume codes for Ana in the first assignment, from ten addresses: her name is held there…
		for (let n = 1; n <= 10; n++) {
			expect(
				(await client(`10.7.2.${n}`).post('/join', { code: first.code, name: 'Ana', resume: wrong(n) })).status
			).toBe(400);
		}
		const held = await client(school).post('/join', { code: first.code, name: 'Ana', resume: wrong(11) });
		expect(held.status).toBe(429);
		expect(await alertOf(held)).toMatch(
			/^Too many wrong come-back codes for that name\. Try again in (10|[1-9]) minutes?, or ask your teacher\.$/
		);
		// …but not in the other assignment, and nobody else is held back: new learners join from that address.
		expect((await client(school).post('/join', { code: second.code, name: 'Ana', resume: wrong(12) })).status).toBe(
			400
		);
		expect((await client(school).post('/join', { code: first.code, name: 'Ben' })).status).toBe(303);

		// Thirty wrong resume codes from one address in the second assignment (under many names) hold that address there only.
		for (let n = 1; n <= 29; n++) {
			const response = await client(school).post('/join', { code: second.code, name: `Name ${n}`, resume: wrong(n) });
			expect(response.status, `wrong resume code ${n}`).toBe(400);
		}
		const here = await client(school).post('/join', { code: second.code, name: 'Name 30', resume: wrong(30) });
		expect(here.status).toBe(429);
		expect(await alertOf(here)).toMatch(
			/^Too many wrong come-back codes from here\. Try again in (10|[1-9]) minutes?, or ask your teacher\.$/
		);
		expect(
			(await client('10.7.0.67').post('/join', { code: second.code, name: 'Name 30', resume: wrong(30) })).status
		).toBe(400);
		expect((await client(school).post('/join', { code: second.code, name: 'Cai' })).status).toBe(303);
		expect((await client(school).post('/join', { code: wrongCode(first.code), name: 'Dee' })).status).toBe(400);
	});

	test('joins: 60 per address and assignment in 10 minutes, and at most 200 learners in an assignment', async () => {
		test.setTimeout(300_000);
		const module = testModule();
		const teacher = client('10.8.0.1');
		await signUp(teacher, unique('flood'));
		const { code } = await openAssignment(teacher, module.id);
		const other = await openAssignment(teacher, module.id);
		for (let n = 1; n <= 60; n++) {
			const response = await client('10.8.0.66').post('/join', { code, name: `Bot ${n}` });
			expect(response.status, `join ${n}`).toBe(303);
		}
		const refused = await client('10.8.0.66').post('/join', { code, name: 'Bot 61' });
		expect(refused.status).toBe(429);
		expect(await alertOf(refused)).toMatch(
			/^Too many learners have joined this assignment from here in the last few minutes\. Try again in (10|[1-9]) minutes?\.$/
		);
		expect(refused.headers.getSetCookie()).toEqual([]);
		// Another assignment from that address, and the same one from another address, take learners.
		expect((await client('10.8.0.66').post('/join', { code: other.code, name: 'Bot 61' })).status).toBe(303);
		// A name already taken, or a closed door, does not use up the address's joins.
		for (let n = 1; n <= 3; n++)
			expect((await client('10.8.0.67').post('/join', { code, name: 'Bot 1' })).status).toBe(400);
		for (let n = 61; n <= 200; n++) {
			const response = await client(`10.8.${Math.floor(n / 50) + 1}.1`).post('/join', { code, name: `Bot ${n}` });
			expect(response.status, `join ${n}: ${response.status === 303 ? '' : await alertOf(response.clone())}`).toBe(303);
		}
		const full = await client('10.8.9.1').post('/join', { code, name: 'One too many' });
		expect(full.status).toBe(409);
		expect(await alertOf(full)).toBe('This assignment is full: it takes at most 200 learners. Tell your teacher.');
		expect(full.headers.getSetCookie()).toEqual([]);
	});

	test('sign-up: every attempt counts, 5 an hour from one address; the refused sign-up creates no account', async () => {
		const taken = unique('taken');
		await signUp(client('10.9.0.1'), taken);
		const school = client('10.9.0.66');
		// A failure (an e-mail that has an account) counts…
		const failed = await school.post('/signup', { name: 'Again', email: taken, password: PASSWORD });
		expect(failed.status).toBe(400);
		expect(await alertOf(failed)).toBe('An account with that e-mail may already exist. Sign in instead.');
		// …and so do successes.
		for (let n = 1; n <= 4; n++) await signUp(client('10.9.0.66'), unique(`colleague-${n}`));
		// A form that is refused before anything is hashed (a weak password) counts for nothing, and says why.
		const weak = await client('10.9.0.66').post('/signup', {
			name: 'Weak',
			email: unique('weak'),
			password: 'password1234'
		});
		expect(weak.status).toBe(400);
		expect(await alertOf(weak)).toMatch(/one of the first that guessers try/);
		const fresh = unique('fresh');
		const blocked = await client('10.9.0.66').post('/signup', { name: 'New', email: fresh, password: PASSWORD });
		expect(blocked.status).toBe(429);
		expect(await alertOf(blocked)).toMatch(/^Too many sign-ups from here\. Try again in \d+ minutes?\.$/);
		expect(blocked.headers.getSetCookie()).toEqual([]);
		// No account was made: signing in with it fails, and signing up from elsewhere works.
		expect((await client('10.9.0.67').post('/login', { email: fresh, password: PASSWORD })).status).toBe(400);
		expect((await client('10.9.0.68').post('/signup', { name: 'New', email: fresh, password: PASSWORD })).status).toBe(
			303
		);
	});
});

/*
 * The two limits that take many password hashes to reach (100 failed sign-ins from an address, 60 sign-ups on the
 * server) are tested at a lower count set with RATE_LIMITS, on servers of their own: each sign-in or sign-up hashes
 * a password (scrypt), and at the real counts these two tests took 77 and 49 s of a CI run. What they prove, that the
 * limit is counted as its rule says and refused with a clear 429, does not depend on the count;
 * src/lib/server/rate-limit.spec.ts pins the counts a server has by default and that RATE_LIMITS overrides them.
 */
const LOGIN_ADDRESS_LIMIT = 12;
const SIGNUP_SERVER_LIMIT = 6;

test.describe(`failed sign-ins from one address (RATE_LIMITS loginAddress=${LOGIN_ADDRESS_LIMIT}; 100 by default)`, () => {
	let server: AppServer;
	const client = (address: string) => new Client(server.url, server.origin, address);
	test.beforeAll(async () => {
		server = await startAppServer({
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', RATE_LIMITS: `loginAddress=${LOGIN_ADDRESS_LIMIT}` }
		});
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('sign-in: the limit’s failures from one address block it for every account; the right password in between does not reset it', async () => {
		const email = unique('teacher');
		await signUp(client('10.3.0.1'), email);
		// Many accounts (none over its own limit), one address: at most the limit's password checks from it.
		for (let n = 1; n < LOGIN_ADDRESS_LIMIT; n++) {
			expect(
				(await client('10.3.0.66').post('/login', { email: unique(`guess-${n}`), password: 'wrong password' })).status
			).toBe(400);
		}
		// The right password still works from there, and gives back only its own point.
		expect((await client('10.3.0.66').post('/login', { email, password: PASSWORD })).status).toBe(303);
		expect(
			(await client('10.3.0.66').post('/login', { email: unique('guess'), password: 'wrong password' })).status
		).toBe(400);
		const blocked = await client('10.3.0.66').post('/login', { email, password: PASSWORD });
		expect(blocked.status).toBe(429);
		expect(await alertOf(blocked)).toMatch(
			/^Too many failed sign-ins from here\. Try again in (1[0-5]|[1-9]) minutes?\.$/
		);
		expect((await client('10.3.0.67').post('/login', { email, password: PASSWORD })).status).toBe(303);
	});
});

test.describe(`the server-wide limit on sign-ups (a server of its own; RATE_LIMITS signupServer=${SIGNUP_SERVER_LIMIT}, 60 by default)`, () => {
	let server: AppServer;
	test.beforeAll(async () => {
		server = await startAppServer({
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', RATE_LIMITS: `signupServer=${SIGNUP_SERVER_LIMIT}` }
		});
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('the limit’s sign-ups an hour on the whole server, from however many addresses; then a clear 429', async () => {
		for (let n = 0; n < SIGNUP_SERVER_LIMIT; n++) {
			const address = `10.10.${Math.floor(n / 5)}.${(n % 5) + 1}`;
			const response = await new Client(server.url, server.origin, address).post('/signup', {
				name: `Teacher ${n}`,
				email: unique(`many-${n}`),
				password: PASSWORD
			});
			expect(response.status, `sign-up ${n + 1}: ${await alertOf(response.clone())}`).toBe(303);
		}
		const refused = await new Client(server.url, server.origin, '10.10.99.1').post('/signup', {
			name: 'One teacher too many',
			email: unique('many-more'),
			password: PASSWORD
		});
		expect(refused.status).toBe(429);
		expect(await alertOf(refused)).toMatch(
			/^Too many accounts have been created on this server in the last hour\. Try again in \d+ minutes?\.$/
		);
		expect(refused.headers.getSetCookie()).toEqual([]);
	});
});

// ---------------------------------------------------------------- script typed by users

test.describe('a server whose teachers need a sign-up code (TEACHER_SIGNUP_CODE)', () => {
	let server: AppServer;
	const CODE = 'staff-room-2026';
	test.beforeAll(async () => {
		server = await startAppServer({ env: { TEACHER_SIGNUP_CODE: CODE } });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('the form asks for the code; without it or with a wrong one no account is made; with it, sign-up works', async () => {
		const client = new Client(server.url, server.origin);
		expect(await (await client.get('/signup')).text()).toContain('name="signupCode"');
		const email = unique('coded');
		for (const signupCode of [undefined, '', 'staff-room']) {
			const form = { name: 'Pupil', email, password: PASSWORD, ...(signupCode === undefined ? {} : { signupCode }) };
			const refused = await client.post('/signup', form);
			expect(refused.status).toBe(400);
			expect(await alertOf(refused)).toBe('That sign-up code is not right. Ask whoever runs this server for it.');
		}
		// No account was made: signing in with it fails.
		expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(400);
		const made = await client.post('/signup', { name: 'Ms Coded', email, password: PASSWORD, signupCode: ` ${CODE} ` });
		expect(made.status, await alertOf(made.clone())).toBe(303);
		expect(made.headers.get('location')).toBe('/teach');
	});
});

test.describe('script in names', () => {
	const TEACHER = '<svg onload=alert("teacher")>';
	const CLASS = '@SUM(1+1) <img src=x onerror=alert("class")>';
	// Learners' names may not hold markup (the join form refuses < and >), so theirs try quotes and formulas;
	// the teacher's and the class's names carry the markup.
	const LEARNERS = [
		'=HYPERLINK("http://x","y")',
		"Zoë' onmouseover='alert(1)",
		'+1 &lt;b&gt; alert(2)',
		'-2 " onmouseover="alert(3)'
	];

	test('a learner’s name with markup is refused with a message, and no learner is added', async ({
		baseURL,
		request
	}) => {
		const module = testModule();
		const teacher = await signUpTeacher(baseURL!, 'Ms Plain');
		const assignment = await assignModule(teacher, await createClass(teacher, 'Plain class'), module.id);
		for (const name of ['<script>alert(1)</script>', 'Ana <b>bold</b>', '<img src=x onerror=alert(1)>']) {
			// Posted as a browser without JavaScript posts it, so the answer is the page with its status.
			const refused = await request.post('/join', {
				form: { code: assignment.code, name },
				headers: { origin: baseURL!, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(refused.status(), name).toBe(400);
			expect(await refused.text()).toMatch(/role="alert">Your name cannot contain &lt; or (>|&gt;)\./);
		}
		const overview = await pageHtml(await teacher.ctx.get(`/teach/assignments/${assignment.id}`));
		expect(overview).not.toMatch(/alert\(1\)|&lt;b&gt;bold/);
		expect(overview).toContain('Nobody has joined');
		await teacher.ctx.dispose();
	});

	test('names are shown as typed on every teacher and learner page, no dialog opens, and the CSV makes no formula of them', async ({
		baseURL,
		browser
	}) => {
		test.setTimeout(180_000);
		const module = testModule();
		const teacher = await signUpTeacher(baseURL!, TEACHER);
		const classId = await createClass(teacher, CLASS);
		const assignment = await assignModule(teacher, classId, module.id, { review: 'after-item' });
		const learners: Learner[] = [];
		for (const [index, name] of LEARNERS.entries()) {
			const learner = await joinAs(baseURL!, assignment.code, name);
			learners.push(learner);
			for (let n = 1; n <= module.items.length; n++) {
				const item = module.items[n - 1];
				await answerItem(learner, assignment.code, n, formBody(answerFor(item, index % 2 ? 'partial' : 'right')));
			}
			if (index % 2 === 0) await submitAttempt(learner, assignment.code);
		}

		const context = await browser.newContext({ storageState: await teacher.ctx.storageState() });
		const { violations, dialogs } = await watch(context);
		const page = await context.newPage();
		const base = `/teach/assignments/${assignment.id}`;
		const visit = async (path: string) => {
			await page.goto(path);
			await hydrated(page);
			// Nothing anybody typed became an element or an attribute.
			await expect(page.locator('img[src="x"], [onerror], [onload], [onmouseover], main script')).toHaveCount(0);
		};

		await visit('/teach');
		await expect(page.getByRole('link', { name: CLASS, exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: `Sign out (${TEACHER})` })).toBeVisible();
		await visit(`/teach/classes/${classId}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLASS);
		await visit(base);
		// The assignment's default name: the module's title and the day.
		const title = await page.title();
		expect(title.startsWith(`${module.title} · `) && title.endsWith(` · ${CLASS}`), title).toBe(true);
		for (const name of LEARNERS) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
		const learnerPaths = await page
			.locator('table.progress-table a[href*="/learners/"]')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(learnerPaths).toHaveLength(LEARNERS.length);
		await visit(`${base}?projector=1`);
		await visit(`${base}/items`);
		for (let n = 1; n <= module.items.length; n++) await visit(`${base}/items/${n}`);
		for (const [index, path] of learnerPaths.entries()) {
			await visit(path);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(LEARNERS[index]);
		}
		await context.close();

		// Each learner sees their own name as typed, too.
		for (const learner of learners) {
			const own = await browser.newContext({ storageState: await learner.ctx.storageState() });
			const watched = await watch(own);
			const learnerPage = await own.newPage();
			await learnerPage.goto(`/a/${assignment.code}`);
			await hydrated(learnerPage);
			await expect(learnerPage.locator('.answering-as strong')).toHaveText(learner.name);
			await expect(learnerPage.locator('img[src="x"], [onerror], [onmouseover], main script')).toHaveCount(0);
			await learnerPage.goto(`/a/${assignment.code}/items/1`);
			await hydrated(learnerPage);
			expect(watched.dialogs).toEqual([]);
			expect(watched.violations).toEqual([]);
			await own.close();
		}

		expect(dialogs).toEqual([]);
		expect(violations).toEqual([]);

		// The CSV: every name as typed, behind an apostrophe where a spreadsheet would see a formula.
		const csv = await teacher.ctx.get(`${base}/results.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['x-content-type-options']).toBe('nosniff');
		const rows = parseCsv(await csv.body(), { bom: true }) as string[][];
		const header = rows[0];
		const learnerColumn = header.indexOf('learner');
		const classColumn = header.indexOf('class');
		const shown = new Set(rows.slice(1).map((r) => r[learnerColumn]));
		expect([...shown].sort()).toEqual(
			[
				'\'=HYPERLINK("http://x","y")',
				"Zoë' onmouseover='alert(1)",
				"'+1 &lt;b&gt; alert(2)",
				'\'-2 " onmouseover="alert(3)'
			].sort()
		);
		expect(new Set(rows.slice(1).map((r) => r[classColumn]))).toEqual(new Set([`'${CLASS}`]));
		for (const row of rows)
			for (const cell of row) expect(cell, 'a cell a spreadsheet would run').not.toMatch(/^[=+\-@\t\r]/);

		await teacher.ctx.dispose();
		await Promise.all(learners.map((l) => l.ctx.dispose()));
	});
});

// ---------------------------------------------------------------- pages under the policy, JavaScript on

test.describe('pages work under the policy with JavaScript on', () => {
	test(
		'the catalog and a marking question: no violation; client-side navigation, checking an answer and the progress bar work',
		{ tag: '@practice' },
		async ({ browser, quiz }) => {
			const context = await browser.newContext();
			const { violations, dialogs } = await watch(context);
			const page = await context.newPage();
			const catalog = await page.goto('/');
			expectPolicy(catalog?.headers()['content-security-policy'], (await catalog?.text()) ?? '', 'the catalog');
			await hydrated(page);
			await expect(page.getByRole('link', { name: quiz.title })).toBeVisible();
			// A client-side navigation (SvelteKit's router, under the policy): the announcer reads the new
			// title, and stays hidden (its inline style is the one the policy allows; app.css hides it too).
			await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
			await page.getByRole('link', { name: quiz.title }).click();
			await expect(page).toHaveURL(new RegExp(`/modules/${quiz.id}$`));
			await expect(page.locator('.prose h2').first()).toBeVisible();
			expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
			const announcer = page.locator('#svelte-announcer');
			await expect(announcer).toHaveText(await page.title());
			const box = await announcer.boundingBox();
			expect(box && box.width * box.height).toBeLessThanOrEqual(1);

			await startModule(page, quiz);
			// Every kind's question is checked and answered under the policy.
			const numbers = firstOfEachKind(quiz);
			for (const [k, n] of numbers.entries()) {
				await page.goto(itemUrl(quiz, n));
				await hydrated(page);
				await fillAnswer(page, answerFor(quiz.items[n - 1], 'right'));
				// Checking the answer posts it with fetch (use:enhance), which connect-src must allow: no page load.
				await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
				await submitAnswer(page);
				await expect(page.locator('#feedback .score')).toHaveText(/^\d+ of \d+ points$/);
				expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
				// The progress bar is an SVG rectangle as wide as the share answered.
				const rect = page.locator('.progress svg.bar rect');
				await expect(rect).toHaveAttribute('width', `${(100 * (k + 1)) / quiz.items.length}%`);
				const [bar, filled] = await Promise.all([
					page.locator('.progress svg.bar').evaluate((e) => e.getBoundingClientRect().width),
					rect.evaluate((e) => e.getBoundingClientRect().width)
				]);
				expect(filled).toBeGreaterThan(0);
				expect(Math.abs(filled - (bar * (k + 1)) / quiz.items.length)).toBeLessThan(1.5);
			}
			expect(violations).toEqual([]);
			expect(dialogs).toEqual([]);
			await context.close();
		}
	);

	test('the teacher’s assignment page polls live while a learner’s answer saves itself; the heatmap and bars show; no violation', async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const module = testModule();
		// Two strong learners answer alike, so some word is marked more than once.
		const seeded = await seedClass(baseURL!, module, [
			{ name: 'Ana', ability: 0.95, submit: true },
			{ name: 'Ada', ability: 0.95, submit: true },
			{ name: 'Ben', ability: 0.5, submit: true },
			{ name: 'Cai', ability: 0.1, submit: true }
		]);
		const base = `/teach/assignments/${seeded.assignment.id}`;
		const context = await browser.newContext({ storageState: await seeded.teacher.ctx.storageState() });
		const { violations, dialogs } = await watch(context);
		const page = await context.newPage();
		await page.goto(base);
		await hydrated(page);
		await expect(page.getByText('This table updates every few seconds.')).toBeVisible();
		// Learners have joined: the join card, QR code and all, is folded away under the progress table.
		await page.locator('summary', { hasText: 'How learners join' }).click();
		await expect(page.locator('.qr svg')).toBeVisible();
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

		// A latecomer joins; the poll (a fetch every five seconds) brings them in without a reload.
		const late = await joinAs(baseURL!, seeded.assignment.code, 'Latecomer');
		const row = page.locator('table.progress-table tr', {
			has: page.getByRole('link', { name: 'Latecomer', exact: true })
		});
		await expect(row).toBeVisible({ timeout: 15_000 });
		await expect(row).toContainText(`0 of ${module.items.length}`);

		// In their own browser, the latecomer answers; the answer saves itself in the background.
		const learnerContext = await browser.newContext({ storageState: await late.ctx.storageState() });
		const learner = await watch(learnerContext);
		const learnerPage = await learnerContext.newPage();
		await learnerPage.goto(`/a/${seeded.assignment.code}/items/1`);
		await hydrated(learnerPage);
		await fillAnswer(learnerPage, answerFor(module.items[0], 'right'));
		await expect(learnerPage.locator('.save-status')).toContainText('Saved at', { timeout: 10_000 });
		expect(learner.violations).toEqual([]);
		expect(learner.dialogs).toEqual([]);
		await learnerContext.close();

		// …and the teacher's table shows it at the next poll, still without a reload.
		await expect(row).toContainText(`1 of ${module.items.length}`, { timeout: 15_000 });
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

		// How the class answered each question draws under the policy: bars as wide as their shares, shading
		// from classes. (What each kind draws is checked by the kind's own browser test.)
		const widths: string[] = [];
		for (const n of firstOfEachKind(module)) {
			await page.goto(`${base}/items/${n}`);
			await hydrated(page);
			await expect(page.getByRole('heading', { name: 'How the class answered' })).toBeVisible();
			widths.push(
				...(await page.locator('svg.bar rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('width') ?? '')))
			);
		}
		for (const width of widths) expect(width).toMatch(/^\d{1,3}(\.\d+)?%$/);
		expect(widths.some((w) => w !== '0%')).toBe(true);

		expect(violations).toEqual([]);
		expect(dialogs).toEqual([]);
		await context.close();
		await late.ctx.dispose();
		await disposeAll(seeded);
	});
});
