import { describe, expect, it } from 'vitest';
import { knownDevice, rememberDevice } from './known-device';

const SECRET = 'a secret of the app';

describe('known devices', () => {
	it('remembers the account a device signed in to, under a nonce of its own', () => {
		const cookie = rememberDevice(undefined, SECRET, 'ana@example.org');
		const nonce = knownDevice(cookie, SECRET, 'ana@example.org');
		expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
		// Signing in again keeps the device's nonce: its count stays one.
		expect(knownDevice(rememberDevice(cookie, SECRET, 'ana@example.org'), SECRET, 'ana@example.org')).toBe(nonce);
		// Another device gets another nonce.
		expect(knownDevice(rememberDevice(undefined, SECRET, 'ana@example.org'), SECRET, 'ana@example.org')).not.toBe(nonce);
	});

	it('does not vouch for another account, with another secret, or for a token changed by hand', () => {
		const cookie = rememberDevice(undefined, SECRET, 'ana@example.org');
		expect(knownDevice(cookie, SECRET, 'ben@example.org')).toBeNull();
		expect(knownDevice(cookie, 'another secret', 'ana@example.org')).toBeNull();
		const [nonce, mac] = cookie.split('.');
		const flipped = `${nonce}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
		expect(knownDevice(flipped, SECRET, 'ana@example.org')).toBeNull();
		expect(knownDevice(`${'A'.repeat(22)}.${mac}`, SECRET, 'ana@example.org')).toBeNull();
		for (const junk of [undefined, '', 'x', '~~~', `${cookie}x`, 'a'.repeat(5000)]) {
			expect(knownDevice(junk, SECRET, 'ana@example.org')).toBeNull();
		}
	});

	it('keeps the tokens of a few accounts that share a computer, the oldest going first', () => {
		let cookie: string | undefined;
		const emails = Array.from({ length: 7 }, (_, n) => `teacher${n}@example.org`);
		for (const email of emails) cookie = rememberDevice(cookie, SECRET, email);
		expect(emails.map((email) => knownDevice(cookie, SECRET, email) !== null)).toEqual([false, false, true, true, true, true, true]);
		// Signing in again moves an account to the end, so it is not the next to go.
		cookie = rememberDevice(cookie, SECRET, emails[2]);
		cookie = rememberDevice(cookie, SECRET, 'new@example.org');
		expect(knownDevice(cookie, SECRET, emails[2])).not.toBeNull();
		expect(knownDevice(cookie, SECRET, emails[3])).toBeNull();
		expect(cookie!.length).toBeLessThan(400);
	});
});
