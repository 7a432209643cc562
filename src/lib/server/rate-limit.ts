import { m } from '$lib/paraglide/messages';
import {
	RateLimiterPostgres,
	RateLimiterRes,
	RateLimiterSQLite,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import type { Store } from './db/index';

/*
 * Limits on guessing and flooding: sign-ins, sign-ups, join and resume codes,
 * joins. Counters live in the database, so several app servers behind a load
 * balancer share them.
 *
 * A school is usually one address behind a NAT, so nothing here lets one
 * person's typos (or a stranger) stop a class or a teacher: the limits on an
 * address are high or keyed by assignment too, a valid join code is let
 * through whatever the wrong codes from the address were, and an account's
 * own limit is kept apart for the devices it has signed in on before
 * (known-device.ts).
 */

export interface Rule {
	/** Attempts allowed within `seconds`. */
	points: number;
	seconds: number;
}

export const rules = {
	/** Failed sign-ins from one address, to any accounts. */
	loginAddress: { points: 100, seconds: 15 * 60 },
	/** Failed sign-ins to one account from unknown devices; or from one known device of it; or wrong current passwords when changing it. */
	loginAccount: { points: 8, seconds: 15 * 60 },
	/** Sign-ups, whatever their outcome, from one address. */
	signupAddress: { points: 5, seconds: 60 * 60 },
	/** Sign-ups, whatever their outcome, on the whole server. */
	signupServer: { points: 60, seconds: 60 * 60 },
	/** Wrong join codes from one address: past this a wrong code is refused unchecked, a valid one still goes through. */
	wrongCode: { points: 30, seconds: 10 * 60 },
	/** Wrong join codes from one address, past which every code from it is refused: the bound on guessing. */
	wrongCodeHard: { points: 300, seconds: 60 * 60 },
	/** Wrong resume codes from one address in one assignment. */
	wrongResume: { points: 30, seconds: 10 * 60 },
	/** Wrong resume codes for one learner's name in one assignment. */
	wrongResumeName: { points: 10, seconds: 10 * 60 },
	/** Learners who join one assignment from one address (successes count here). */
	joins: { points: 60, seconds: 10 * 60 },
	/** New practice attempts from one address: not a guess, but a row each, so one address cannot fill the database
	 * (a class behind one school address starting once each, twice over, stays well under it). */
	practice: { points: 100, seconds: 10 * 60 }
} satisfies Record<string, Rule>;

export type LimitName = keyof typeof rules;
export type Rules = Record<LimitName, Rule>;

/** The name each limit's counters have in the database (rate-limiter-flexible's key prefix). */
const prefixes: Record<LimitName, string> = {
	loginAddress: 'login-address',
	loginAccount: 'login-account',
	signupAddress: 'signup-address',
	signupServer: 'signup-server',
	wrongCode: 'join-code',
	wrongCodeHard: 'join-code-hard',
	wrongResume: 'resume-address',
	wrongResumeName: 'resume-name',
	joins: 'join-address',
	practice: 'practice'
};

/**
 * The rules with the overrides of the RATE_LIMITS setting: comma-separated
 * `name=points` or `name=points/seconds`, e.g. `signupAddress=50,signupServer=500/3600`.
 * Anything else is an error at start, not a limit silently left as it was.
 */
export function rulesWith(overrides: string | undefined): Rules {
	const result: Rules = { ...rules };
	for (const part of (overrides ?? '')
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const match = /^([A-Za-z]+)=(\d{1,9})(?:\/(\d{1,9}))?$/.exec(part);
		if (
			!match ||
			!Object.hasOwn(rules, match[1]) ||
			Number(match[2]) < 1 ||
			(match[3] !== undefined && Number(match[3]) < 1)
		) {
			throw new Error(
				`RATE_LIMITS: cannot read “${part}”; write name=points or name=points/seconds, with a name among ${Object.keys(rules).join(', ')}`
			);
		}
		const name = match[1] as LimitName;
		result[name] = { points: Number(match[2]), seconds: match[3] ? Number(match[3]) : rules[name].seconds };
	}
	return result;
}

async function create(store: Store, name: LimitName, rule: Rule): Promise<RateLimiterAbstract> {
	const opts = { tableName: 'rate_limit', keyPrefix: prefixes[name], points: rule.points, duration: rule.seconds };
	return new Promise((resolve, reject) => {
		const done = (error?: unknown) => (error ? reject(error) : resolve(limiter));
		const limiter =
			store.kind === 'sqlite'
				? new RateLimiterSQLite({ ...opts, storeClient: store.client, storeType: 'better-sqlite3' }, done)
				: new RateLimiterPostgres({ ...opts, storeClient: store.client }, done);
	});
}

/** Going over the limit rejects with the counter; anything else is a real error. */
function overLimit(rejection: unknown): RateLimiterRes {
	if (rejection instanceof RateLimiterRes) return rejection;
	throw rejection;
}

const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export interface Limiter {
	readonly rule: Rule;
	/**
	 * Takes one point for an attempt about to be made, in one atomic step in
	 * the database: of any number of requests at once, no more than the
	 * rule's points get one. Returns null when the point is taken, else the
	 * seconds to wait (and nothing is left counted). Take the point before the
	 * work it limits (a password hash), never after: counting only once the
	 * work is done let every request already under way through.
	 */
	take(key: string): Promise<number | null>;
	/** Gives back a point taken with `take`, for an attempt that does not count after all (a success). */
	giveBack(key: string): Promise<void>;
	/** Seconds to wait if the key has used up its points, else null. Counts nothing. */
	blocked(key: string): Promise<number | null>;
	/** Counts one attempt already made (where nothing needs holding back while it is made). */
	fail(key: string): Promise<void>;
	reset(key: string): Promise<void>;
}

export async function createLimiter(store: Store, name: LimitName, rule: Rule = rules[name]): Promise<Limiter> {
	const limiter = await create(store, name, rule);
	return {
		rule,
		async take(key) {
			try {
				await limiter.consume(key);
				return null;
			} catch (rejection) {
				const res = overLimit(rejection);
				// The refused request made no attempt: its point goes back, so the count stays the attempts made.
				await limiter.reward(key);
				return secondsOf(res);
			}
		},
		async giveBack(key) {
			await limiter.reward(key);
		},
		async blocked(key) {
			const res = await limiter.get(key);
			return res && res.consumedPoints >= limiter.points ? secondsOf(res) : null;
		},
		async fail(key) {
			await limiter.consume(key).catch(overLimit);
		},
		async reset(key) {
			await limiter.delete(key);
		}
	};
}

export type Limiters = Record<LimitName, Limiter>;

export async function createLimiters(store: Store, configured: Rules = rules): Promise<Limiters> {
	const entries = await Promise.all(
		(Object.keys(rules) as LimitName[]).map(
			async (name) => [name, await createLimiter(store, name, configured[name])] as const
		)
	);
	return Object.fromEntries(entries) as Limiters;
}

/**
 * Takes a point from each limiter in turn, for one attempt that several
 * counters limit (an address and an account, say). If one refuses, the points
 * already taken are given back and the refusing limit is named. Returns a
 * function that gives every point back (for an attempt that turns out not to count).
 */
export async function takeAll<N extends string>(
	points: Array<{ name: N; limiter: Limiter; key: string }>
): Promise<{ ok: true; giveBack: () => Promise<void> } | { ok: false; refused: N; wait: number }> {
	const taken: typeof points = [];
	const giveBack = () => Promise.all(taken.map(({ limiter, key }) => limiter.giveBack(key))).then(() => undefined);
	for (const point of points) {
		const wait = await point.limiter.take(point.key);
		if (wait !== null) {
			await giveBack();
			return { ok: false, refused: point.name, wait };
		}
		taken.push(point);
	}
	return { ok: true, giveBack };
}

/** "1 minute", "15 minutes": a wait in whole minutes, rounded up. */
export function minutes(seconds: number): string {
	const n = Math.max(1, Math.ceil(seconds / 60));
	return n === 1 ? m.srv_minutes_one() : m.srv_minutes({ n });
}
