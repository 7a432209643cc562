import { describe, expect, it } from 'vitest';
import { HSTS, securityHeadersFor, withSecurityHeaders } from './security-headers';

const expected = {
	'cache-control': 'private, no-store',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

describe('security headers', () => {
	it('sends HSTS only over HTTPS', () => {
		expect(securityHeadersFor(new URL('http://127.0.0.1:3000/'))).toEqual(expected);
		expect(securityHeadersFor(new URL('https://quiz.example.org/'))).toEqual({
			...expected,
			'strict-transport-security': HSTS
		});
		expect(HSTS).toMatch(/^max-age=\d{7,}/);
	});

	it('sends the document headers only with a document or a redirect: a page’s data or a CSV needs none of them', () => {
		const url = new URL('http://127.0.0.1:3000/a/KMX479/items/3');
		const headersOf = (response: Response) => Object.fromEntries(withSecurityHeaders(response, url).headers);
		const html = headersOf(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
		const redirect = headersOf(new Response(null, { status: 303, headers: { location: '/join' } }));
		const data = headersOf(new Response('{}', { headers: { 'content-type': 'application/json' } }));
		const csv = headersOf(new Response('a,b', { headers: { 'content-type': 'text/csv' } }));
		for (const [name, value] of Object.entries(expected)) {
			expect(html[name], name).toBe(value);
			expect(redirect[name], name).toBe(value);
		}
		for (const headers of [data, csv]) {
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['cross-origin-resource-policy']).toBe('same-origin');
			expect(headers['cache-control']).toBe('private, no-store');
			for (const name of ['referrer-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy'])
				expect(headers[name], name).toBeUndefined();
		}
	});

	it('adds every header to a response, keeping those the route set', () => {
		const response = withSecurityHeaders(
			new Response('x', { headers: { 'referrer-policy': 'no-referrer', 'content-type': 'text/html' } }),
			new URL('https://quiz.example.org/')
		);
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('content-type')).toBe('text/html');
		for (const [name, value] of Object.entries(expected)) {
			if (name !== 'referrer-policy') expect(response.headers.get(name)).toBe(value);
		}
		expect(response.headers.get('strict-transport-security')).toBe(HSTS);
	});

	it('keeps every page out of shared and browser caches, unless the route says otherwise', () => {
		const page = withSecurityHeaders(
			new Response('<!doctype html>', { headers: { etag: '"1"' } }),
			new URL('http://127.0.0.1:3000/a/KMX479/items/3')
		);
		expect(page.headers.get('cache-control')).toBe('private, no-store');
		const own = withSecurityHeaders(
			new Response('ok', { headers: { 'cache-control': 'no-store' } }),
			new URL('http://127.0.0.1:3000/health')
		);
		expect(own.headers.get('cache-control')).toBe('no-store');
	});

	it('copies a response whose headers cannot be changed, keeping status and location', async () => {
		const immutable = Response.redirect('https://quiz.example.org/teach', 303);
		expect(() => immutable.headers.set('x-test', '1')).toThrow();
		const response = withSecurityHeaders(immutable, new URL('https://quiz.example.org/'));
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('https://quiz.example.org/teach');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
	});
});
