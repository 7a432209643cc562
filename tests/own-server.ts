import { pageHtml } from './fixtures';
import { startAppServer, type AppServer } from '../scripts/app-server.js';

/*
 * A server of a test file's own, from the build the Playwright web server
 * made, on a free port with a fresh SQLite file: for tests that need settings
 * of their own (PRACTICE=off), or a server no other test file touches (the
 * practice pause is server-wide). And a plain HTTP client with a cookie jar,
 * posting forms as a browser without JavaScript does.
 */

export type OwnServer = AppServer;

/** The built app with these settings on top of the defaults (scripts/app-server.js). */
export function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
	return startAppServer({ env });
}

/** A client of one server with its own cookie jar; no redirect is followed. */
export class HttpClient {
	cookies = new Map<string, string>();

	constructor(
		readonly url: string,
		/** Sent as X-Forwarded-For, for a server started with ADDRESS_HEADER. */
		readonly address?: string
	) {}

	private headers(extra: Record<string, string> = {}) {
		const headers: Record<string, string> = { origin: this.url, accept: 'text/html', ...extra };
		if (this.address) headers['x-forwarded-for'] = this.address;
		if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return headers;
	}

	private keep(response: Response) {
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const at = pair.indexOf('=');
			const name = pair.slice(0, at).trim();
			const value = pair.slice(at + 1).trim();
			const gone = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
			if (gone) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		return response;
	}

	async get(path: string) {
		return this.keep(await fetch(this.url + path, { headers: this.headers(), redirect: 'manual' }));
	}

	/** Posts a form; with `{ js: true }` as the page's script does, for the action's own result as JSON. */
	async post(path: string, form: Record<string, string> | string = {}, { js = false } = {}) {
		const extra: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
		if (js) Object.assign(extra, { accept: 'application/json', 'x-sveltekit-action': 'true' });
		const response = await fetch(this.url + path, {
			method: 'POST',
			headers: this.headers(extra),
			body: typeof form === 'string' ? form : new URLSearchParams(form),
			redirect: 'manual'
		});
		return this.keep(response);
	}
}

/** What a refused form shows: its role="alert" message (or a notice's). */
export async function alertOf(response: Response): Promise<string> {
	const html = await response.text();
	return /role="alert">([^<]*)</.exec(html)?.[1] ?? `(no alert in a ${response.status} response)`;
}

/** Signs up a teacher, makes a class and assigns the module; returns the assignment's id and join code. */
export async function assignAs(
	teacher: HttpClient,
	moduleId: string,
	options: { review: string; attemptsAllowed?: number; grading?: string; email?: string }
): Promise<{ id: string; code: string; classPath: string }> {
	if (!teacher.cookies.size) {
		const email = options.email ?? `t-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
		const signedUp = await teacher.post('/signup', { name: 'Ms Rule', email, password: 'a long enough password' });
		if (signedUp.status !== 303) throw new Error(`sign-up: ${signedUp.status} ${await alertOf(signedUp)}`);
	}
	const created = await teacher.post('/teach?/create', { name: 'Year 9' });
	if (created.status !== 303) throw new Error(`class: ${created.status}`);
	const classPath = created.headers.get('location')!;
	const assigned = await teacher.post(`${classPath}?/assign`, {
		moduleId,
		opensAt: '',
		closesAt: '',
		attemptsAllowed: String(options.attemptsAllowed ?? 1),
		review: options.review,
		...(options.grading ? { grading: options.grading } : {})
	});
	if (assigned.status !== 303) throw new Error(`assign: ${assigned.status} ${await alertOf(assigned)}`);
	const path = assigned.headers.get('location')!;
	const html = await pageHtml(await teacher.get(path));
	const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(html)?.[1];
	if (!code) throw new Error('the assignment page shows no join code');
	return { id: path.split('/').at(-1)!, code, classPath };
}
