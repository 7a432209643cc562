import { describe, expect, it } from 'vitest';
import { authUsesSecureCookies, mayHaveSession, privateCookie } from './cookies';

describe('privateCookie', () => {
	it('is HttpOnly, SameSite=Lax and Secure when the app is served over HTTPS', () => {
		expect(privateCookie(new URL('https://quiz.example.org/modules/x?/start'), 60)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: true,
			maxAge: 60
		});
	});

	it('is not Secure over plain HTTP, so a school server without TLS still works, and stays HttpOnly and Lax', () => {
		expect(privateCookie(new URL('http://10.0.0.5:3000/join'), 120)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			maxAge: 120
		});
	});
});

describe('authUsesSecureCookies', () => {
	it.each([
		['https://quiz.example.org', true],
		['HTTPS://quiz.example.org:8443/', true],
		['http://quiz.example.org', false],
		['http://127.0.0.1:3000', false],
		['', false],
		[undefined, false],
		['not a url', false]
	])('ORIGIN=%j → Secure %s', (origin, secure) => {
		expect(authUsesSecureCookies(origin)).toBe(secure);
	});
});

describe('mayHaveSession', () => {
	it("is true with any of better-auth's cookies, plain or __Secure-", () => {
		expect(mayHaveSession([{ name: 'device' }, { name: 'better-auth.session_token' }])).toBe(true);
		expect(mayHaveSession([{ name: '__Secure-better-auth.session_token' }])).toBe(true);
		expect(mayHaveSession([{ name: 'better-auth.session_data' }])).toBe(true);
	});

	it("is false with only the app's own cookies, or none", () => {
		expect(mayHaveSession([])).toBe(false);
		expect(mayHaveSession([{ name: 'learner-abc' }, { name: 'device' }, { name: 'practice-x' }])).toBe(false);
		expect(mayHaveSession([{ name: 'not-better-auth.session_token' }])).toBe(false);
	});
});
