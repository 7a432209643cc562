import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { brotliDecompressSync, createBrotliDecompress, gunzipSync, gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { expect, test, testModule } from './fixtures';
import { disposeAll, seedClass } from './seed';
import { startAppServer, type AppServer } from '../scripts/app-server.js';
import { compressing } from '../scripts/compressing.js';

/*
 * Compression of the app's own responses (scripts/compressing.js, the `compression` package), on a server started as `npm start` starts it with no
 * proxy in front (no ORIGIN): a page's data and the teacher's pages are compressed, and no response that
 * shows a learner's resume code is (src/lib/server/secret-pages.ts, BREACH), neither the page nor its data.
 */

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The body as it came, and decoded. */
	wire: Buffer;
	text: string;
}

/** A GET with exactly these headers, the body as it came over the wire (fetch would decode it out of sight). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', reject);
			res.on('end', () => {
				const wire = Buffer.concat(chunks);
				const encoding = res.headers['content-encoding'];
				const plain = encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
				resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, text: plain.toString('utf8') });
			});
		});
		req.on('error', reject);
		req.end();
	});
}

/** The Cookie header a Playwright request context would send. */
async function cookieOf(ctx: APIRequestContext): Promise<string> {
	const { cookies } = await ctx.storageState();
	return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

test.describe('compressed responses, served with no proxy in front', () => {
	test.describe.configure({ mode: 'default' });
	let server: AppServer;

	test.beforeAll(async () => {
		server = await startAppServer({ env: { ORIGIN: undefined } });
	});
	test.afterAll(async () => {
		await server?.stop();
	});

	test('a page’s data is compressed, as the client asks, and decodes to the same data', async () => {
		const module = testModule();
		const seeded = await seedClass(server.url, module, [{ name: 'Ana', ability: 0.9, answers: 1 }]);
		const cookie = await cookieOf(seeded.learners[0].ctx);
		const item = `${server.url}/a/${seeded.assignment.code}/items/2`;
		const data = `${item}/__data.json?x-sveltekit-invalidated=11`;

		const plain = await rawGet(data, { cookie });
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		for (const [accept, encoding] of [
			['gzip, deflate, br, zstd', 'br'],
			['gzip, deflate', 'gzip'],
			['br;q=0, gzip', 'gzip']
		]) {
			const compressed = await rawGet(data, { cookie, 'accept-encoding': accept });
			expect(compressed.status, accept).toBe(200);
			expect(compressed.headers['content-encoding'], accept).toBe(encoding);
			expect(compressed.headers['vary'], accept).toMatch(/accept-encoding/i);
			expect(compressed.wire.length, accept).toBeLessThan(plain.wire.length / 2);
			expect(JSON.parse(compressed.text), accept).toEqual(JSON.parse(plain.text));
		}
		// A client that takes no coding gets none.
		expect((await rawGet(data, { cookie, 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined();

		// The teacher's own pages, with no resume code on them, are compressed too.
		const overview = await rawGet(`${server.url}/teach/assignments/${seeded.assignment.id}`, {
			cookie: await cookieOf(seeded.teacher.ctx),
			'accept-encoding': 'gzip'
		});
		expect(overview.status).toBe(200);
		expect(overview.headers['content-encoding']).toBe('gzip');
		expect(overview.text).toContain('<!doctype html>');
		await disposeAll(seeded);
	});

	test('no response that shows a resume code is compressed: the welcome, the summary and its data, the teacher’s page of the learner', async () => {
		const module = testModule();
		const seeded = await seedClass(server.url, module, [{ name: 'Ben', ability: 0.5, answers: 1 }]);
		const code = seeded.assignment.code;
		// Joined, and not yet back on the assignment's page: it shows the resume code this once.
		const cookie = await cookieOf(seeded.learners[0].ctx);
		const accept = { cookie, 'accept-encoding': 'gzip, deflate, br' };

		const welcome = await rawGet(`${server.url}/a/${code}`, accept);
		const summary = await rawGet(`${server.url}/a/${code}/summary`, accept);
		const summaryData = await rawGet(`${server.url}/a/${code}/summary/__data.json`, accept);
		const resume = /\b([A-Z0-9]{4}-[A-Z0-9]{4})\b/.exec(summaryData.text)?.[1];
		expect(resume, 'the summary’s data carries the resume code').toBeTruthy();

		const teacherCookie = await cookieOf(seeded.teacher.ctx);
		const base = `${server.url}/teach/assignments/${seeded.assignment.id}`;
		const overview = await rawGet(base, { cookie: teacherCookie });
		const learnerPath = /href="([^"]*\/learners\/[^"]+)"/.exec(overview.text)![1];
		const learnerPage = await rawGet(`${server.url}${learnerPath}`, { cookie: teacherCookie, 'accept-encoding': 'br' });

		for (const [label, response] of [
			['the welcome', welcome],
			['the summary', summary],
			['the summary’s data', summaryData],
			['the teacher’s page of the learner', learnerPage]
		] as const) {
			expect(response.status, label).toBe(200);
			expect(response.text, `${label} shows the resume code`).toContain(resume!);
			expect(response.headers['content-encoding'], label).toBeUndefined();
			expect(response.headers['cache-control'], label).toBe('private, no-store, no-transform');
		}
		// The welcome is shown once; the page is listed by its route, so the next visit, without the code, is not
		// compressed either, while the questions' pages of the same learner are.
		// (This client keeps no cookie jar: the welcome's cookie, which the first visit cleared, is left out by hand.)
		const without = cookie
			.split('; ')
			.filter((c) => !c.startsWith('welcome-'))
			.join('; ');
		const again = await rawGet(`${server.url}/a/${code}`, { cookie: without, 'accept-encoding': 'gzip, deflate, br' });
		expect(again.text).not.toContain(resume!);
		expect(again.headers['content-encoding']).toBeUndefined();
		const item = await rawGet(`${server.url}/a/${code}/items/1`, { cookie: without, 'accept-encoding': 'br' });
		expect(item.headers['content-encoding']).toBe('br');
		await disposeAll(seeded);
	});

	test('a built script, marked immutable, comes without the validators no browser asks with; other files keep them', async () => {
		const page = await rawGet(`${server.url}/`, { 'accept-encoding': 'br' });
		const script = /<\.\/(_app\/immutable\/[^>]+\.js)>; rel="modulepreload"/.exec(String(page.headers['link']))?.[1];
		expect(script, 'the page links a built script').toBeTruthy();
		const asset = await rawGet(`${server.url}/${script}`, { 'accept-encoding': 'br' });
		expect(asset.status).toBe(200);
		expect(asset.headers['cache-control']).toMatch(/\bimmutable\b/);
		expect(asset.headers['content-encoding']).toBe('br');
		expect(asset.headers['etag']).toBeUndefined();
		expect(asset.headers['last-modified']).toBeUndefined();
		// A built file that can change between versions is asked about again, so it keeps them.
		const version = await rawGet(`${server.url}/_app/version.json`, {});
		expect(version.status).toBe(200);
		expect(version.headers['cache-control'] ?? '').not.toMatch(/immutable/);
		expect(version.headers['etag']).toBeTruthy();
	});
});

test.describe('scripts/compressing.js on a plain server', () => {
	type Handler = (req: IncomingMessage, res: ServerResponse) => void;

	/** Serves one handler through compressing() on a free port for the length of `run`. */
	async function serving(handler: Handler, run: (url: string) => Promise<void>) {
		const server = createServer(compressing(handler));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			await run(`http://127.0.0.1:${port}/`);
		} finally {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	}

	test('a response written in pieces over time reaches the client piece by piece, not at the end', async () => {
		const first = '<p>first</p>'.repeat(60);
		let received!: () => void;
		const firstArrived = new Promise<void>((resolve) => (received = resolve));
		await serving(
			(_req, res) => {
				res.writeHead(200, { 'content-type': 'text/html' });
				res.write(first);
				// The second piece is written only once the client has decoded the first: held back, it never would be.
				void firstArrived.then(() => res.end('<p>second</p>'));
			},
			(url) =>
				new Promise<void>((resolve, reject) => {
					httpRequest(url, { headers: { 'accept-encoding': 'br' } }, (res) => {
						expect(res.headers['content-encoding']).toBe('br');
						let text = '';
						const decoder = createBrotliDecompress();
						decoder.on('data', (chunk: Buffer) => {
							text += chunk.toString();
							if (text === first) received();
						});
						decoder.on('end', () => {
							expect(text).toBe(`${first}<p>second</p>`);
							resolve();
						});
						decoder.on('error', reject);
						res.pipe(decoder);
					})
						.on('error', reject)
						.end();
				})
		);
	});

	test('a body far larger than the buffers, piped with back-pressure, arrives whole', async () => {
		const line = (n: number) => `${n},${'x'.repeat(n % 97)}\n`;
		const lines = Array.from({ length: 40_000 }, (_, n) => line(n));
		await serving(
			(_req, res) => {
				res.setHeader('content-type', 'text/csv');
				Readable.from(lines).pipe(res);
			},
			async (url) => {
				const response = await rawGet(url, { 'accept-encoding': 'gzip' });
				expect(response.headers['content-encoding']).toBe('gzip');
				expect(response.text).toBe(lines.join(''));
				expect(response.wire.length).toBeLessThan(response.text.length / 3);
			}
		);
	});

	test('sends as it is what compressing would not help or is not allowed to change', async () => {
		const long = 'y'.repeat(4000);
		const cases: Array<[string, Handler, Record<string, string>?]> = [
			// The package can weigh a body's length only when it is known before the headers go: a single end(body).
			['a short body', (_q, res) => res.setHeader('content-type', 'text/plain').end('short')],
			['an image', (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(long)],
			['no type', (_q, res) => res.end(long)],
			[
				'no-transform',
				(_q, res) =>
					res
						.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store, no-transform' })
						.end(long)
			],
			['not modified', (_q, res) => res.writeHead(304, { 'content-type': 'text/html' }).end()],
			['a HEAD', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(), { method: 'HEAD' }]
		];
		for (const [label, handler, options] of cases) {
			await serving(handler, async (url) => {
				const headers = await new Promise<IncomingMessage['headers']>((resolve, reject) => {
					httpRequest(url, { method: options?.method ?? 'GET', headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
						res.resume();
						res.on('end', () => resolve(res.headers));
					})
						.on('error', reject)
						.end();
				});
				const encoding = headers['content-encoding'];
				expect(encoding === undefined || encoding === 'identity', `${label}: ${encoding}`).toBe(true);
			});
		}
		// A body already encoded (as adapter-node's precompressed files are) goes out as it is, not encoded twice.
		await serving(
			(_q, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(long)),
			async (url) => {
				const response = await rawGet(url, { 'accept-encoding': 'gzip, br' });
				expect(response.headers['content-encoding']).toBe('gzip');
				expect(response.text).toBe(long);
			}
		);
		// The same long text, with a type, is compressed: the cases above are refused for their own reason.
		await serving(
			(_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(long),
			async (url) => expect((await rawGet(url, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
		);
	});

	test('takes brotli, else gzip, as the client weighs them', async () => {
		const long = 'z'.repeat(4000);
		await serving(
			(_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(long),
			async (url) => {
				for (const [accept, encoding] of [
					['gzip, deflate, br, zstd', 'br'],
					['gzip;q=1.0, br;q=0', 'gzip'],
					['*', 'br'],
					['*, br;q=0', 'gzip']
				]) {
					const response = await rawGet(url, { 'accept-encoding': accept });
					expect(response.headers['content-encoding'], accept).toBe(encoding);
					expect(response.text, accept).toBe(long);
				}
				expect((await rawGet(url, {})).headers['content-encoding']).toBeUndefined();
			}
		);
	});
});
