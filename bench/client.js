// A browser without JavaScript, reduced to what the benchmark commands need
// to set up a class: it keeps cookies, posts forms from the app's own origin
// (SvelteKit refuses cross-site form posts), asks for HTML (given fetch's
// `accept: */*`, an action answers with JSON) and reads redirects instead of
// following them.

export class FormClient {
	/** @param {string} base the app's origin */
	constructor(base) {
		this.base = base;
		/** @type {Map<string, string>} */
		this.cookies = new Map();
	}

	/** The Cookie header this client sends. */
	get cookie() {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	/** @param {string} path */
	async get(path) {
		return this.#keep(
			await fetch(`${this.base}${path}`, { headers: { accept: 'text/html', cookie: this.cookie }, redirect: 'manual' })
		);
	}

	/**
	 * Posts a form and expects the 303 a successful action answers with.
	 * @param {string} path @param {Record<string, string> | URLSearchParams} form
	 * @returns {Promise<string>} where it redirects to
	 */
	async post(path, form) {
		const response = this.#keep(
			await fetch(`${this.base}${path}`, {
				method: 'POST',
				headers: {
					accept: 'text/html',
					origin: this.base,
					cookie: this.cookie,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(form).toString(),
				redirect: 'manual'
			})
		);
		const location = response.headers.get('location');
		if (response.status !== 303 || !location) {
			throw new Error(`POST ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
		}
		return location;
	}

	/** @param {Response} response */
	#keep(response) {
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const at = pair.indexOf('=');
			const name = pair.slice(0, at).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, pair.slice(at + 1).trim());
		}
		return response;
	}
}

/** The module every benchmark uses: the first one, which ships with the app. */
export const MODULE_ID = 'putin-press-conference-2021';

/**
 * Signs a new teacher up (a new e-mail each run) and creates a class.
 * @param {string} base
 */
export async function teacherWithClass(base) {
	const teacher = new FormClient(base);
	const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
	const to = await teacher.post('/signup', { name: 'Ms Bench', email, password: 'a long enough password' });
	if (to !== '/teach') throw new Error(`sign-up redirected to ${to}`);
	const classId = idAfter(await teacher.post('/teach?/create', { name: 'Year 10 Media' }), '/teach/classes/');
	return { teacher, classId, email };
}

/**
 * Assigns the module to the class, open now and until closed.
 * @param {FormClient} teacher @param {string} classId
 * @param {'after-item' | 'after-submit' | 'after-close'} review
 * @returns {Promise<{ id: string, code: string }>}
 */
export async function assign(teacher, classId, review) {
	const to = await teacher.post(`/teach/classes/${classId}?/assign`, {
		moduleId: MODULE_ID,
		opensAt: '',
		closesAt: '',
		attemptsAllowed: '1',
		review
	});
	const id = idAfter(to, '/teach/assignments/');
	// The join code is on the assignment's page, in its join link.
	const page = await (await teacher.get(to)).text();
	const code = /\/join\/([ACEFHJKMNPRTWXY34679]{6})/.exec(page)?.[1];
	if (!code) throw new Error('the assignment page shows no join link');
	return { id, code };
}

/** @param {string} location @param {string} prefix */
function idAfter(location, prefix) {
	const id = location.startsWith(prefix) ? location.slice(prefix.length).split(/[/?#]/)[0] : '';
	if (!id) throw new Error(`expected a redirect to ${prefix}…, got ${location}`);
	return id;
}
