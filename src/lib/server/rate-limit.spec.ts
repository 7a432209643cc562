import { expect, it } from 'vitest';
import { createLimiter, rules, type Limiter } from './rate-limit';
import { describeStores } from './data/test-db';

const key = () => `198.51.100.${Math.floor(Math.random() * 250)}:${crypto.randomUUID()}`;

async function failTimes(limiter: Limiter, k: string, n: number) {
	for (let i = 0; i < n; i++) await limiter.fail(k);
}

describeStores('rate limits', (store) => {
	it('lets a key fail up to the limit, then blocks it for at most the rule’s window', async () => {
		const login = await createLimiter(store(), 'login');
		const k = key();
		expect(await login.blocked(k)).toBeNull();
		await failTimes(login, k, rules.login.points - 1);
		expect(await login.blocked(k)).toBeNull();
		await login.fail(k);
		const wait = await login.blocked(k);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(rules.login.seconds);
		// Failing on while blocked neither throws nor unblocks.
		await login.fail(k);
		expect(await login.blocked(k)).toBeGreaterThan(0);
	});

	it('counts each key apart', async () => {
		const login = await createLimiter(store(), 'login');
		const blockedKey = key();
		const otherKey = key();
		await failTimes(login, blockedKey, rules.login.points);
		await failTimes(login, otherKey, rules.login.points - 1);
		expect(await login.blocked(blockedKey)).not.toBeNull();
		expect(await login.blocked(otherKey)).toBeNull();
	});

	it('counts each limit apart', async () => {
		const login = await createLimiter(store(), 'login');
		const join = await createLimiter(store(), 'join');
		const k = key();
		await failTimes(login, k, rules.login.points);
		expect(await login.blocked(k)).not.toBeNull();
		expect(await join.blocked(k)).toBeNull();
	});

	it('unblocks a key on reset, and counts from zero again', async () => {
		const login = await createLimiter(store(), 'login');
		const k = key();
		await failTimes(login, k, rules.login.points);
		expect(await login.blocked(k)).not.toBeNull();
		await login.reset(k);
		expect(await login.blocked(k)).toBeNull();
		await failTimes(login, k, rules.login.points - 1);
		expect(await login.blocked(k)).toBeNull();
		await login.fail(k);
		expect(await login.blocked(k)).not.toBeNull();
		// Resetting a key that never failed is harmless.
		await login.reset(key());
	});

	it('shares the counts through the database, as two app servers would', async () => {
		const first = await createLimiter(store(), 'signup');
		const second = await createLimiter(store(), 'signup');
		const k = key();
		await failTimes(first, k, rules.signup.points - 1);
		expect(await second.blocked(k)).toBeNull();
		await second.fail(k);
		expect(await first.blocked(k)).not.toBeNull();
		expect(await second.blocked(k)).not.toBeNull();
	});
});
