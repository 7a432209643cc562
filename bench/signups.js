// A stream of teacher sign-ups at a fixed rate, sent beside a load test: what
// a script that creates accounts does to the learners' requests. Each sign-up
// has a new e-mail address, so that each one is a real attempt (a password to
// hash), unless the app's limits turn it away first.
//
// The rate is kept whatever the answers' speed (an open loop: a request is
// sent every 1/rate seconds without waiting for the one before), as a script
// would do it; a request still waiting when the stream stops is counted too.

/**
 * @typedef {object} SignupCounts
 * @property {number} sent
 * @property {number} created accounts made (the action's redirect)
 * @property {number} limited refused by a rate limit (429)
 * @property {number} busy turned away by the password queue (503)
 * @property {number} other anything else: another refusal, an error, a connection failure
 * @property {number} p50 ms, of every sign-up's response
 */

/**
 * Starts sending sign-ups to the server; `stop()` ends the stream, waits for
 * the answers still due and counts them.
 * @param {string} base the server's origin
 * @param {number} perSecond
 * @returns {{ stop(): Promise<SignupCounts> }}
 */
export function signupStream(base, perSecond) {
	const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
	/** @type {Promise<void>[]} */
	const pending = [];
	/** @type {number[]} */
	const times = [];
	const counts = { sent: 0, created: 0, limited: 0, busy: 0, other: 0 };
	const send = () => {
		const n = counts.sent++;
		const started = performance.now();
		const request = fetch(`${base}/signup`, {
			method: 'POST',
			headers: {
				origin: base,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ name: 'Bench Bot', email: `bot-${run}-${n}@example.org`, password: 'a long enough password' }),
			redirect: 'manual',
			signal: AbortSignal.timeout(30_000)
		})
			.then(async (response) => {
				const body = await response.text();
				times.push(performance.now() - started);
				/** @type {{ type?: string, status?: number }} */
				let result = {};
				try {
					result = JSON.parse(body);
				} catch {
					// not the action's JSON: counted as "other"
				}
				if (result.type === 'redirect') counts.created++;
				else if (result.type === 'failure' && result.status === 429) counts.limited++;
				else if (result.type === 'failure' && result.status === 503) counts.busy++;
				else counts.other++;
			})
			.catch(() => {
				counts.other++;
			});
		pending.push(request);
	};
	const timer = setInterval(send, 1000 / perSecond);
	return {
		async stop() {
			clearInterval(timer);
			await Promise.all(pending);
			times.sort((a, b) => a - b);
			const p50 = times.length ? times[Math.min(times.length - 1, Math.ceil(times.length / 2) - 1)] : NaN;
			return { ...counts, p50 };
		}
	};
}
