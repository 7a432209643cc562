import { expect, testModule, test, pageHtml, unescape } from './fixtures';
import { actionResult } from './actions';
import { authoredRevision, storeAuthoredModule } from './authored';
import { withDatabase } from './database';
import { assignModule, createClass, joinAs, signUpTeacher, type Teacher } from './seed';

/*
 * Requests no browser sends: white space and line breaks hidden in a URL or a
 * sign-in's `next`, a form body sent in chunks past the size limit. Each gets
 * a 4xx or a redirect to a safe place, never a 500, and every answer still
 * carries the security headers.
 */

/** On every answer: another site may not read it or have it sniffed as another type. */
const EVERY_RESPONSE: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'cross-origin-resource-policy': 'same-origin'
};
/** On a page or a redirect, which a browser shows or follows (not on data or an action's JSON, read by a script). */
const DOCUMENT: Record<string, string> = {
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'cross-origin-opener-policy': 'same-origin'
};

function securityHeadersMissing(response: Response): string[] {
	const document =
		(response.status >= 300 && response.status < 400) ||
		/^text\/html\b/.test(response.headers.get('content-type') ?? '');
	return Object.entries({ ...EVERY_RESPONSE, ...(document ? DOCUMENT : {}) })
		.filter(([name, value]) => response.headers.get(name) !== value)
		.map(([name]) => `${name}: ${response.headers.get(name)}`);
}

/** White space, line breaks and invisible characters that `\s` matches, percent-encoded. */
const HIDDEN = ['%0B', '%0C', '%0D%0A', '%09', '%C2%A0', '%E2%80%A8', '%EF%BB%BF', '%E3%80%80', '%E2%80%83', '%20'];

let teacher: Teacher;
let code: string;
let assignmentId: string;

test.beforeAll(async ({ baseURL }) => {
	teacher = await signUpTeacher(baseURL!, 'Ms Crafted');
	const classId = await createClass(teacher, 'Crafted requests');
	({ code, id: assignmentId } = await assignModule(teacher, classId, testModule().id, { review: 'after-item' }));
});

test.afterAll(async () => {
	await teacher?.ctx.dispose();
});

test('white space hidden in an assignment’s code: a redirect to the code itself or a page, never a 500', async ({
	baseURL
}) => {
	const learner = await joinAs(baseURL!, code, 'Whitespace Pupil');
	const cookie = (await learner.ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const wrong: string[] = [];
	for (const hidden of HIDDEN) {
		const spelled = `${code.slice(0, 3)}${hidden}${code.slice(3)}`;
		for (const path of [
			`/a/${spelled}`,
			`/a/${spelled}/items/1`,
			`/a/${spelled}/summary`,
			`/a/${spelled}/items/1/__data.json`
		]) {
			// Without the learner's cookie: to the join page of the real code.
			const stranger = await fetch(baseURL + path, { redirect: 'manual' });
			const location = stranger.headers.get('location');
			if (stranger.status >= 500) wrong.push(`${path}: ${stranger.status} ${(await stranger.text()).slice(0, 120)}`);
			else if (stranger.status === 303 && location !== `/join/${code}`) {
				wrong.push(`${path}: redirect to ${JSON.stringify(location)}`);
			}
			wrong.push(...securityHeadersMissing(stranger).map((h) => `${path}: ${h}`));
			// With it: the learner's pages (or, for a data request, their data).
			const own = await fetch(baseURL + path, { redirect: 'manual', headers: { cookie } });
			if (own.status >= 500) wrong.push(`${path} (learner): ${own.status}`);
			wrong.push(...securityHeadersMissing(own).map((h) => `${path} (learner): ${h}`));
		}
		const submit = await fetch(`${baseURL}/a/${spelled}?/submit`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseURL!, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: ''
		});
		if (submit.status >= 500) wrong.push(`POST /a/${spelled}?/submit: ${submit.status}`);
		wrong.push(...securityHeadersMissing(submit).map((h) => `POST /a/${spelled}?/submit: ${h}`));
	}
	expect(wrong).toEqual([]);
	await learner.ctx.dispose();
});

test('after signing in, `next` is followed only to a page of the teacher area: never a line break, `..` or another site', async ({
	baseURL
}) => {
	const email = `next-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
	const signUp = await fetch(`${baseURL}/signup`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ name: 'Ms Next', email, password: 'a long enough password' })
	});
	expect(signUp.status).toBe(303);
	// `next` as the server reads it (decoded once), and where the teacher is sent.
	const cases: Array<[string, string]> = [
		['/teach/\r\nX:1', '/teach'],
		['/teach/\nX', '/teach'],
		['/teach\v', '/teach'],
		['/teach/\u00a0', '/teach'],
		['/teach/../../join', '/teach'],
		['/teach/%2e%2e/join', '/teach'],
		['/teach/%2E%2E/%2E%2E/join', '/teach'],
		['/teach\\..\\join', '/teach'],
		['//evil.example/teach', '/teach'],
		['https://evil.example/teach', '/teach'],
		['/teachers', '/teach'],
		['/teach/classes/abc?done=renamed', '/teach/classes/abc?done=renamed'],
		[`/teach/assignments/${assignmentId}?projector=1`, `/teach/assignments/${assignmentId}?projector=1`],
		['/teach/modules/putin-press-conference-2021', '/teach/modules/putin-press-conference-2021'],
		['/teach', '/teach']
	];
	const wrong: string[] = [];
	for (const [next, expected] of cases) {
		const signIn = await fetch(`${baseURL}/login?next=${encodeURIComponent(next)}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email, password: 'a long enough password' })
		});
		if (signIn.status !== 303 || signIn.headers.get('location') !== expected) {
			const body = signIn.status >= 500 ? (await signIn.text()).slice(0, 100) : '';
			wrong.push(`sign in, next=${JSON.stringify(next)}: ${signIn.status} ${signIn.headers.get('location')} ${body}`);
		}
		wrong.push(...securityHeadersMissing(signIn).map((h) => `sign in, next=${JSON.stringify(next)}: ${h}`));
		// Already signed in, the sign-in page sends the teacher on in the same way.
		const cookie = signIn.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const page = await fetch(`${baseURL}/login?next=${encodeURIComponent(next)}`, {
			redirect: 'manual',
			headers: { cookie }
		});
		if (page.status !== 303 || page.headers.get('location') !== expected) {
			wrong.push(`signed in, GET /login?next=${JSON.stringify(next)}: ${page.status} ${page.headers.get('location')}`);
		}
	}
	expect(wrong).toEqual([]);
});

/** A form body sent in chunks of 16 KB, with no Content-Length. */
function chunked(body: string): ReadableStream<Uint8Array> {
	const bytes = new TextEncoder().encode(body);
	let offset = 0;
	return new ReadableStream({
		pull(controller) {
			if (offset >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(offset, offset + 16_384));
			offset += 16_384;
		}
	});
}

test('a form sent in chunks counts against the 64 KB limit as one with a length does: 413, and nothing is done', async ({
	baseURL
}) => {
	const post = (body: string) =>
		fetch(`${baseURL}/join`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: baseURL!,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			},
			body: chunked(body),
			duplex: 'half'
		} as RequestInit);
	const big = await post(`code=${code}&name=Big+body&pad=${'x'.repeat(520_000)}`);
	expect(big.status).toBe(200); // an enhanced form's answer: the failure is in the JSON
	const answer = (await big.json()) as { type: string; status: number; data: string };
	expect(answer.type).toBe('failure');
	expect(answer.status).toBe(413);
	expect(answer.data).toContain('That form is far too large.');
	expect(big.headers.getSetCookie()).toEqual([]);
	expect(securityHeadersMissing(big)).toEqual([]);

	// A small form sent the same way still works: the learner joins.
	const small = await post(`code=${code}&name=Small+body`);
	expect(await small.json()).toMatchObject({ type: 'redirect', location: `/a/${code}` });

	const overview = await pageHtml(await teacher.ctx.get(`/teach/assignments/${assignmentId}`));
	expect(overview).toContain('Small body');
	expect(overview).not.toContain('Big body');
});

test('a forged X-Forwarded-For is not stored with a teacher’s session (no ADDRESS_HEADER: no address is kept)', async ({
	baseURL
}) => {
	const email = `forged-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
	const signUp = await fetch(`${baseURL}/signup`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseURL!,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': '6.6.6.6'
		},
		body: new URLSearchParams({ name: 'Ms Forged', email, password: 'a long enough password' })
	});
	expect(signUp.status).toBe(303);
	const stored = withDatabase((db) =>
		db
			.prepare('SELECT session.ipAddress AS ip FROM session JOIN user ON user.id = session.userId WHERE user.email = ?')
			.all(email)
	) as Array<{ ip: string | null }>;
	expect(stored).toHaveLength(1);
	expect(stored[0].ip ?? '').toBe('');
});

/*
 * A document or an archive over the server's body limit (adapter-node's BODY_SIZE_LIMIT, 512 KB unless set,
 * as on the test server) is refused by the server before the action has read it. The teacher must still be
 * told why, in the page's language, with the limit: not "That request did not carry a form", not a raw 413
 * text, not a 500; and nothing is stored.
 */
test('a document or an archive over the server’s 512 KB: 413 with a message in the page’s language, nothing stored', async ({
	baseURL
}) => {
	const owner = await signUpTeacher(baseURL!, 'Ms Upload');
	const moduleId = storeAuthoredModule(owner.email);
	const revision = authoredRevision(moduleId);
	const big = Buffer.alloc(600 * 1024, 'The library closed. ');
	const document = {
		revision: String(revision),
		documentId: 'long',
		title: 'A long report',
		outlet: 'The Herald',
		origin: 'Written for this test.',
		language: 'English',
		file: { name: 'long.txt', mimeType: 'text/plain', buffer: big }
	};
	const archive = { archive: { name: 'module.zip', mimeType: 'application/zip', buffer: big } };
	const modulesBefore = withDatabase((db) => db.prepare('SELECT count(*) AS n FROM authored_module').get());
	const cases = [
		{ path: `/teach/modules/${moduleId}/edit?/addDocument`, multipart: document },
		{ path: '/teach/modules/import?/upload', multipart: archive }
	];
	for (const { path, multipart } of cases) {
		for (const [language, words] of [
			['en', /too large/],
			['de', /zu groß/]
		] as const) {
			// As the page's script posts it: the action's JSON.
			const enhanced = await owner.ctx.post(path, {
				headers: { 'x-sveltekit-action': 'true', accept: 'application/json', 'accept-language': language },
				multipart,
				failOnStatusCode: false
			});
			const result = await actionResult(enhanced);
			expect(result, `${path} (${language}, with JavaScript): ${result.body.slice(0, 200)}`).toMatchObject({
				type: 'failure',
				status: 413
			});
			expect(result.message).toMatch(/512 KB/);
			expect(result.message).toMatch(words);
			// As a browser without JavaScript posts it: the page again, with the message, and the status.
			const plainPost = await owner.ctx.post(path, {
				headers: { accept: 'text/html', 'accept-language': language },
				multipart,
				failOnStatusCode: false
			});
			expect(plainPost.status(), `${path} (${language}, without JavaScript)`).toBe(413);
			// In the page's markup, not only in the data the page's script is given.
			const html = unescape((await pageHtml(plainPost)).replace(/<script[\s\S]*?<\/script>/g, ''));
			expect(html).toMatch(/512 KB/);
			expect(html).toMatch(words);
		}
	}
	expect(authoredRevision(moduleId), 'the module is as it was').toBe(revision);
	expect(withDatabase((db) => db.prepare('SELECT count(*) AS n FROM authored_module').get())).toEqual(modulesBefore);
	await owner.ctx.dispose();
});
