// One load test with autocannon's programmatic API, and what `npm run bench`
// reports of it.
//
// Latency percentiles are computed here from every response time autocannon
// reports, not taken from its own histogram: that one counts whole
// milliseconds, and an empty request on this server takes well under one, so
// its p50 (and any ratio to it) would be 0 or 1.
import autocannon from 'autocannon';

/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {string} what the request, as printed
 * @property {() => import('autocannon').Request} next the next request to send (called once per request)
 * @property {(body: string) => boolean} ok whether a response body is the expected one
 *
 * @typedef {object} Limits
 * @property {number} connections
 * @property {number} [seconds] how long to run; with `amount`, the most it may run
 * @property {number} [amount] how many requests to send
 *
 * @typedef {object} Measurement
 * @property {string} name
 * @property {string} what
 * @property {number} requests responses received
 * @property {number} failed responses that were not 2xx with the expected body, plus connection errors
 * @property {number} seconds
 * @property {number} rps good responses per second
 * @property {number} p50 ms
 * @property {number} p99 ms
 */

/**
 * @param {string} base the server's origin
 * @param {Scenario} scenario
 * @param {Limits} limits
 * @returns {Promise<Measurement>}
 */
export async function measure(base, scenario, limits) {
	/** @type {number[]} */
	const times = [];
	const instance = autocannon({
		url: base,
		connections: limits.connections,
		...(limits.amount ? { amount: limits.amount } : { duration: limits.seconds ?? 10 }),
		timeout: 10,
		requests: [{ setupRequest: (request) => ({ ...request, ...scenario.next() }) }],
		verifyBody: scenario.ok
	});
	// autocannon ignores the duration when given an amount; the timer keeps it bounded anyway.
	const cap = limits.amount && limits.seconds ? setTimeout(() => instance.stop(), limits.seconds * 1000) : undefined;
	instance.on('response', (_client, status, _bytes, ms) => {
		if (status >= 200 && status < 300) times.push(ms);
	});
	const result = await instance;
	clearTimeout(cap);
	const failed = result.non2xx + result.mismatches + result.errors;
	const good = times.length - result.mismatches;
	times.sort((a, b) => a - b);
	return {
		name: scenario.name,
		what: scenario.what,
		requests: result.requests.total,
		failed,
		seconds: result.duration,
		rps: good / result.duration,
		p50: percentile(times, 0.5),
		p99: percentile(times, 0.99)
	};
}

/**
 * The nearest-rank percentile of sorted values.
 * @param {number[]} sorted @param {number} q
 */
function percentile(sorted, q) {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
