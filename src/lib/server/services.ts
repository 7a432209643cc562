import { createAuth, type Auth } from './auth';
import { store } from './db';
import type { Store } from './db/index';
import { createLimiter, type Limiter, type LimitName } from './rate-limit';

export interface Services {
	store: Store;
	auth: Auth;
	limits: Record<LimitName, Limiter>;
}

let ready: Promise<Services> | undefined;

/** Everything that needs the database, set up once per server. */
export function services(): Promise<Services> {
	ready ??= (async () => {
		const opened = await store();
		return {
			store: opened,
			auth: await createAuth(opened),
			limits: {
				login: await createLimiter(opened, 'login'),
				signup: await createLimiter(opened, 'signup'),
				join: await createLimiter(opened, 'join'),
				practice: await createLimiter(opened, 'practice')
			}
		};
	})();
	return ready;
}
