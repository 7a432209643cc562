import { env } from '$env/dynamic/private';
import { createAuth, type Auth } from './auth';
import { store } from './db/app';
import type { Store } from './db/index';
import { createLimiters, rulesWith, type Limiters } from './rate-limit';
import { rosterCapFrom } from './data/learners';

export interface Services {
	store: Store;
	auth: Auth;
	limits: Limiters;
	/** The most learners one assignment takes (LEARNERS_PER_ASSIGNMENT). */
	rosterCap: number;
}

let ready: Promise<Services> | undefined;

/** Everything that needs the database, set up once per server. */
export function services(): Promise<Services> {
	ready ??= (async () => {
		// Settings first: a mistyped limit stops the server at start.
		const rules = rulesWith(env.RATE_LIMITS);
		const rosterCap = rosterCapFrom(env.LEARNERS_PER_ASSIGNMENT);
		const opened = await store();
		return { store: opened, auth: await createAuth(opened), limits: await createLimiters(opened, rules), rosterCap };
	})();
	return ready;
}
