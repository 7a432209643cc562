import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Known devices (OWASP's "device cookies"): after a teacher signs in, the
 * browser keeps a long-lived HttpOnly cookie with a token for that account,
 * signed with the app's auth secret. Failed sign-ins to an account are counted
 * apart for each device that shows a valid token for it, so a stranger who
 * spends the account's failures from elsewhere does not lock the teacher out
 * on their own devices. Without a token (a new device, or a guesser) the
 * account's shared count applies.
 *
 * The cookie holds tokens for a few accounts, so that teachers who share a
 * computer each keep theirs. A token is `<nonce>.<mac>`, the MAC an HMAC-SHA256
 * of the e-mail address and the nonce: it names no account, and cannot be
 * made for another one without the secret.
 */

export const KNOWN_DEVICE_COOKIE = 'known-device';
/** A year: a device is known until its cookie is cleared or expires. */
export const KNOWN_DEVICE_SECONDS = 365 * 24 * 60 * 60;
/** Accounts remembered per browser; the oldest goes first. */
const MAX_ACCOUNTS = 5;

const mac = (secret: string, email: string, nonce: string) =>
	createHmac('sha256', secret).update(`known-device\n${email}\n${nonce}`).digest('base64url');

const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

const tokensOf = (cookie: string | undefined) => (cookie ?? '').split('~').filter((t) => TOKEN.test(t)).slice(-MAX_ACCOUNTS);

/** The nonce of the cookie's valid token for this e-mail address, if it has one. */
export function knownDevice(cookie: string | undefined, secret: string, email: string): string | null {
	for (const token of tokensOf(cookie)) {
		const [, nonce, given] = TOKEN.exec(token)!;
		const expected = Buffer.from(mac(secret, email, nonce));
		if (timingSafeEqual(Buffer.from(given), expected)) return nonce;
	}
	return null;
}

/** The cookie's new value after a successful sign-in: this account's token (kept, or new) last, and at most a few others. */
export function rememberDevice(cookie: string | undefined, secret: string, email: string): string {
	const nonce = knownDevice(cookie, secret, email) ?? Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
	const mine = `${nonce}.${mac(secret, email, nonce)}`;
	const others = tokensOf(cookie).filter((t) => t !== mine);
	return [...others, mine].slice(-MAX_ACCOUNTS).join('~');
}
