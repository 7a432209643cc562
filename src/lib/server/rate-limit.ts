import {
	RateLimiterPostgres,
	RateLimiterRes,
	RateLimiterSQLite,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import type { Store } from './db/index';

/*
 * Limits on guessing: teacher logins and join codes. Counters live in the
 * database, so several app servers behind a load balancer share them.
 * Only failures are counted, so a class of thirty joining from one school
 * address is never held back by its own successes.
 */

export interface Rule {
	/** Failures allowed within `seconds`. */
	points: number;
	seconds: number;
}

export const rules = {
	login: { points: 8, seconds: 15 * 60 },
	signup: { points: 10, seconds: 60 * 60 },
	join: { points: 30, seconds: 10 * 60 },
	// Not a guess, but a row: every new practice attempt counts, so one address cannot fill the database
	// (a class behind one school address starting once each, twice over, stays well under it).
	practice: { points: 100, seconds: 10 * 60 }
} satisfies Record<string, Rule>;

export type LimitName = keyof typeof rules;

async function create(store: Store, name: LimitName): Promise<RateLimiterAbstract> {
	const opts = { tableName: 'rate_limit', keyPrefix: name, ...ruleOf(name) };
	return new Promise((resolve, reject) => {
		const done = (error?: unknown) => (error ? reject(error) : resolve(limiter));
		const limiter =
			store.kind === 'sqlite'
				? new RateLimiterSQLite({ ...opts, storeClient: store.client, storeType: 'better-sqlite3' }, done)
				: new RateLimiterPostgres({ ...opts, storeClient: store.client }, done);
	});
}

const ruleOf = (name: LimitName) => ({ points: rules[name].points, duration: rules[name].seconds });

export interface Limiter {
	/** Seconds to wait if the key has used up its failures, else null. */
	blocked(key: string): Promise<number | null>;
	/** Counts one failure against the key. */
	fail(key: string): Promise<void>;
	reset(key: string): Promise<void>;
}

export async function createLimiter(store: Store, name: LimitName): Promise<Limiter> {
	const limiter = await create(store, name);
	return {
		async blocked(key) {
			const res = await limiter.get(key);
			return res && res.consumedPoints >= limiter.points ? Math.ceil(res.msBeforeNext / 1000) : null;
		},
		async fail(key) {
			await limiter.consume(key).catch((rejection: unknown) => {
				// Going over the limit rejects with the counter; anything else is a real error.
				if (!(rejection instanceof RateLimiterRes)) throw rejection;
			});
		},
		async reset(key) {
			await limiter.delete(key);
		}
	};
}
