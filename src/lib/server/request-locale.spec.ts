import { describe, expect, it } from 'vitest';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { followsMiddleware, inRequestLocale } from './request-locale';

const request = (headers: Record<string, string>, body?: string) =>
	new Request('http://127.0.0.1/a/ABCDEF/items/1/answer', {
		method: body === undefined ? 'GET' : 'POST',
		headers,
		body
	});

const asked: Array<[string, Record<string, string>]> = [
	['nothing', {}],
	['the cookie', { cookie: 'locale=de' }],
	['the cookie among others', { cookie: 'learner-x=abc; locale=de; device=y' }],
	['the browser', { 'accept-language': 'de-CH,de;q=0.9,en;q=0.5' }],
	['the cookie over the browser', { cookie: 'locale=en', 'accept-language': 'de' }],
	['a locale the app has not, then the browser', { cookie: 'locale=fr', 'accept-language': 'de' }],
	['a language the app has not', { 'accept-language': 'fr-FR' }]
];

describe("the request's locale, without Paraglide's copy of the request", () => {
	it('follows strategies that need no URL, as the middleware would', () => {
		expect(followsMiddleware()).toBe(true);
	});

	it('picks the locale paraglideMiddleware picks, for messages and getLocale() alike', async () => {
		for (const [what, headers] of asked) {
			const theirs = await paraglideMiddleware(request(headers), async ({ locale }) =>
				Response.json([locale, getLocale(), m.srv_join_first()])
			);
			const ours = inRequestLocale(request(headers), new URL('http://127.0.0.1/'), (locale) => [
				locale,
				getLocale(),
				m.srv_join_first()
			]);
			expect(ours, what).toEqual(await theirs.json());
		}
		expect(inRequestLocale(request({ cookie: 'locale=de' }), new URL('http://127.0.0.1/'), getLocale)).toBe('de');
	});

	it('keeps each request to its own locale across awaits', async () => {
		const url = new URL('http://127.0.0.1/');
		const later = (headers: Record<string, string>) =>
			inRequestLocale(request(headers), url, async () => {
				await new Promise((resolve) => setTimeout(resolve, 5));
				return getLocale();
			});
		expect(await Promise.all([later({ cookie: 'locale=de' }), later({}), later({ 'accept-language': 'de' })])).toEqual([
			'de',
			'en',
			'de'
		]);
	});

	it('leaves a posted body to be read once, by the app', async () => {
		const posted = request({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1');
		expect(await inRequestLocale(posted, new URL(posted.url), () => posted.text())).toBe('a=1');
	});
});
