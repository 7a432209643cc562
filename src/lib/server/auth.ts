import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { getMigrations } from 'better-auth/db/migration';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';
import type { Store } from './db/index';
import { AUTH_COOKIE_PREFIX, authUsesSecureCookies } from './cookies';
import { passwordQueue } from './password-queue';

/*
 * Teachers' accounts: better-auth with e-mail and password (scrypt hashing),
 * sessions in the same database as everything else, so any app server can
 * serve any request.
 */

async function sharedSecret(store: Store): Promise<string> {
	if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
	// First start: draw a secret and keep it in the database, where every app server finds the same one.
	const drawn = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
	await store.db
		.insertInto('setting')
		.values({ key: 'auth-secret', value: drawn })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	const row = await store.db
		.selectFrom('setting')
		.select('value')
		.where('key', '=', 'auth-secret')
		.executeTakeFirstOrThrow();
	return row.value;
}

/*
 * Where better-auth is served from. It uses this only for links it makes itself
 * (e-mail verification, OAuth redirects: this app has neither) and to check the
 * Origin of requests to its own HTTP endpoints (not served, see hooks.server.ts).
 * With ORIGIN that is the public URL. Without it the app is plain HTTP at
 * whatever address a request names (localhost, 127.0.0.1, the machine's address
 * on the school network: scripts/serve.js), so better-auth takes the host from
 * each request too, as SvelteKit does (left unset, it warned at every start).
 * `fallback` is for a Host header that better-auth does not take for a host name
 * (`my_pc:3000`, say): without one, the session look-up that every request makes
 * (hooks.server.ts) threw, and the request ended in a 500.
 */
function baseURL(origin: string | undefined): BetterAuthOptions['baseURL'] {
	return origin || { allowedHosts: ['*'], protocol: 'http', fallback: 'http://localhost' };
}

export async function createAuth(store: Store) {
	const options = {
		secret: await sharedSecret(store),
		baseURL: baseURL(env.ORIGIN),
		database: { db: store.db, type: store.kind },
		emailAndPassword: {
			enabled: true,
			// The app's own forms ask for more (password-policy.ts); this is better-auth's floor.
			minPasswordLength: 10,
			maxPasswordLength: 128,
			autoSignIn: true,
			// better-auth's own scrypt, taking turns, so that a burst of sign-ups cannot fill the thread pool
			// that learners' requests need too (password-queue.ts).
			password: {
				hash: (password: string) => passwordQueue.run(() => hashPassword(password)),
				verify: (data: { hash: string; password: string }) => passwordQueue.run(() => verifyPassword(data))
			}
		},
		session: { expiresIn: 60 * 60 * 24 * 14 },
		// Logins are limited by our own limiter (see rate-limit.ts) in the app's forms; better-auth's
		// own HTTP endpoints are not served at all (see hooks.server.ts).
		rateLimit: { enabled: false },
		// The session cookie is HttpOnly and SameSite=Lax (better-auth's defaults), and Secure exactly
		// when ORIGIN is an https:// URL (cookies.ts).
		advanced: {
			useSecureCookies: authUsesSecureCookies(env.ORIGIN),
			// Its default, named here because hooks.server.ts skips the session look-up without such a cookie.
			cookiePrefix: AUTH_COOKIE_PREFIX,
			// better-auth would store the session's address from X-Forwarded-For, which any client can
			// forge. Only behind a proxy that sets the header (ADDRESS_HEADER, as for adapter-node) is it
			// the client's; otherwise no address is kept.
			ipAddress: env.ADDRESS_HEADER
				? { ipAddressHeaders: [env.ADDRESS_HEADER.toLowerCase()] }
				: { disableIpTracking: true }
		},
		plugins: [sveltekitCookies(getRequestEvent)]
	} satisfies Parameters<typeof betterAuth>[0];
	const { runMigrations } = await getMigrations(options);
	await runMigrations();
	return betterAuth(options);
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
