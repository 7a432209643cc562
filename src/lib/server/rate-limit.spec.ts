import { describe, expect, it } from 'vitest';
import { createLimiter, createLimiters, minutes, rules, rulesWith, takeAll, type Limiter } from './rate-limit';
import { describeStores } from './data/test-db';

const key = () => `198.51.100.${Math.floor(Math.random() * 250)}:${crypto.randomUUID()}`;

async function failTimes(limiter: Limiter, k: string, n: number) {
	for (let i = 0; i < n; i++) await limiter.fail(k);
}

/** `n` takes of one key at once, as `n` requests arriving together would make them. */
const takeAtOnce = (limiter: Limiter, k: string, n: number) =>
	Promise.all(Array.from({ length: n }, () => limiter.take(k)));
const granted = (results: Array<number | null>) => results.filter((r) => r === null).length;

describeStores('rate limits', (store) => {
	it('lets a key fail up to the limit, then blocks it for at most the rule’s window', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const k = key();
		expect(await login.blocked(k)).toBeNull();
		await failTimes(login, k, rules.loginAccount.points - 1);
		expect(await login.blocked(k)).toBeNull();
		await login.fail(k);
		const wait = await login.blocked(k);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(rules.loginAccount.seconds);
		// Failing on while blocked neither throws nor unblocks.
		await login.fail(k);
		expect(await login.blocked(k)).toBeGreaterThan(0);
	});

	it('counts each key apart', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const blockedKey = key();
		const otherKey = key();
		await failTimes(login, blockedKey, rules.loginAccount.points);
		await failTimes(login, otherKey, rules.loginAccount.points - 1);
		expect(await login.blocked(blockedKey)).not.toBeNull();
		expect(await login.blocked(otherKey)).toBeNull();
	});

	it('counts each limit apart', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const join = await createLimiter(store(), 'wrongCode');
		const k = key();
		await failTimes(login, k, rules.loginAccount.points);
		expect(await login.blocked(k)).not.toBeNull();
		expect(await join.blocked(k)).toBeNull();
	});

	it('unblocks a key on reset, and counts from zero again', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const k = key();
		await failTimes(login, k, rules.loginAccount.points);
		expect(await login.blocked(k)).not.toBeNull();
		await login.reset(k);
		expect(await login.blocked(k)).toBeNull();
		await failTimes(login, k, rules.loginAccount.points - 1);
		expect(await login.blocked(k)).toBeNull();
		await login.fail(k);
		expect(await login.blocked(k)).not.toBeNull();
		// Resetting a key that never failed is harmless.
		await login.reset(key());
	});

	it('shares the counts through the database, as two app servers would', async () => {
		const first = await createLimiter(store(), 'signupAddress');
		const second = await createLimiter(store(), 'signupAddress');
		const k = key();
		await failTimes(first, k, rules.signupAddress.points - 1);
		expect(await second.blocked(k)).toBeNull();
		await second.fail(k);
		expect(await first.blocked(k)).not.toBeNull();
		expect(await second.blocked(k)).not.toBeNull();
	});

	it('takes points one at a time up to the limit, then refuses with the wait and counts nothing more', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const k = key();
		for (let n = 1; n <= rules.loginAccount.points; n++) expect(await login.take(k), `take ${n}`).toBeNull();
		const wait = await login.take(k);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(rules.loginAccount.seconds);
		// A point given back (a success) makes room for exactly one more attempt; the refused takes left nothing behind.
		await login.giveBack(k);
		expect(await login.take(k)).toBeNull();
		expect(await login.take(k)).not.toBeNull();
	});

	it('of many takes at once, exactly the limit get a point: the check and the count are one step', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const k = key();
		const results = await takeAtOnce(login, k, 30);
		expect(granted(results)).toBe(rules.loginAccount.points);
		for (const wait of results.filter((r) => r !== null)) expect(wait).toBeGreaterThan(0);
		expect(await login.blocked(k)).not.toBeNull();
		// Two app servers at once, each with its own limiter on the same table: still the limit in all.
		const first = await createLimiter(store(), 'loginAccount');
		const second = await createLimiter(store(), 'loginAccount');
		const shared = key();
		const both = await Promise.all([takeAtOnce(first, shared, 15), takeAtOnce(second, shared, 15)]);
		expect(granted(both.flat())).toBe(rules.loginAccount.points);
	});

	it('the old way, checking and then counting, lets requests at once through: why `take` exists', async () => {
		const login = await createLimiter(store(), 'loginAccount');
		const k = key();
		// Every request checks before any of them has counted its failure (the password hash runs in between).
		const checks = await Promise.all(Array.from({ length: 30 }, () => login.blocked(k)));
		await Promise.all(checks.map(() => login.fail(k)));
		expect(checks.filter((wait) => wait === null).length).toBe(30);
	});

	it('of many takes at once, with points given back as they succeed, never more run at once than the limit', async () => {
		const joins = await createLimiter(store(), 'wrongResumeName');
		const k = key();
		let running = 0;
		let most = 0;
		const attempt = async () => {
			if ((await joins.take(k)) !== null) return false;
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
			await joins.giveBack(k);
			return true;
		};
		const results = await Promise.all(Array.from({ length: 40 }, attempt));
		expect(most).toBeLessThanOrEqual(rules.wrongResumeName.points);
		expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(rules.wrongResumeName.points);
		// Everything given back: the key is free again.
		for (let n = 0; n < rules.wrongResumeName.points; n++) expect(await joins.take(k)).toBeNull();
	});

	it('takeAll gives back what it took when a later limit refuses, and names that limit', async () => {
		const limits = await createLimiters(store());
		const address = key();
		const account = key();
		await failTimes(limits.loginAccount, account, rules.loginAccount.points);
		const refused = await takeAll([
			{ name: 'address', limiter: limits.loginAddress, key: address },
			{ name: 'account', limiter: limits.loginAccount, key: account }
		]);
		expect(refused).toMatchObject({ ok: false, refused: 'account' });
		// The address's point went back: all of its points are still free.
		const all = await takeAtOnce(limits.loginAddress, address, rules.loginAddress.points + 1);
		expect(granted(all)).toBe(rules.loginAddress.points);

		const fresh = key();
		const taken = await takeAll([{ name: 'account', limiter: limits.loginAccount, key: fresh }]);
		expect(taken.ok).toBe(true);
		if (taken.ok) await taken.giveBack();
		expect(granted(await takeAtOnce(limits.loginAccount, fresh, rules.loginAccount.points))).toBe(
			rules.loginAccount.points
		);
	});

	it('uses the configured rules', async () => {
		const limits = await createLimiters(store(), rulesWith('signupServer=2'));
		const k = key();
		expect(granted(await takeAtOnce(limits.signupServer, k, 5))).toBe(2);
		expect(limits.signupServer.rule).toEqual({ points: 2, seconds: rules.signupServer.seconds });
	});
});

describe('rate-limit settings', () => {
	it('has the counts the README gives by default (the browser tests reach two of them at lower, configured counts)', () => {
		expect(rules.loginAddress).toEqual({ points: 100, seconds: 15 * 60 });
		expect(rules.loginAccount).toEqual({ points: 8, seconds: 15 * 60 });
		expect(rules.signupAddress).toEqual({ points: 5, seconds: 60 * 60 });
		expect(rules.signupServer).toEqual({ points: 60, seconds: 60 * 60 });
	});

	it('reads RATE_LIMITS overrides and leaves the other rules as they are', () => {
		expect(rulesWith(undefined)).toEqual(rules);
		expect(rulesWith('')).toEqual(rules);
		const changed = rulesWith(' signupAddress=50, signupServer=500/7200 ');
		expect(changed.signupAddress).toEqual({ points: 50, seconds: rules.signupAddress.seconds });
		expect(changed.signupServer).toEqual({ points: 500, seconds: 7200 });
		expect(changed.loginAccount).toEqual(rules.loginAccount);
	});

	it('refuses a setting it cannot read, rather than leaving a limit as it was', () => {
		for (const bad of [
			'signup=5',
			'signupAddress',
			'signupAddress=0',
			'signupAddress=-1',
			'signupAddress=5/0',
			'constructor=5',
			'__proto__=5',
			'signupAddress=1e3'
		]) {
			expect(() => rulesWith(bad), bad).toThrow(/RATE_LIMITS/);
		}
	});

	it('says a wait in whole minutes, rounded up', () => {
		expect(minutes(1)).toBe('1 minute');
		expect(minutes(60)).toBe('1 minute');
		expect(minutes(61)).toBe('2 minutes');
		expect(minutes(15 * 60)).toBe('15 minutes');
	});
});
