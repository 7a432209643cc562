import { describe, expect, it } from 'vitest';
import { MAX_FORM_BYTES, readForm } from './forms';

const FORM = 'application/x-www-form-urlencoded';

/** A body sent in chunks, as with Transfer-Encoding: chunked; counts how much of it was read. */
function chunkedBody(text: string, chunkSize = 8192) {
	const bytes = new TextEncoder().encode(text);
	const read = { bytes: 0, done: false };
	const stream = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				if (read.bytes >= bytes.length) {
					read.done = true;
					return controller.close();
				}
				const chunk = bytes.slice(read.bytes, read.bytes + chunkSize);
				read.bytes += chunk.byteLength;
				controller.enqueue(chunk);
			}
			// Nothing is pulled before someone reads.
		},
		{ highWaterMark: 0 }
	);
	return { stream, read };
}

const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': FORM }) =>
	new Request('http://127.0.0.1/join', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readForm', () => {
	it('reads a form, urlencoded or multipart', async () => {
		const small = await readForm(post('code=KMX479&name=Ana'));
		expect(small.ok && [...small.data]).toEqual([
			['code', 'KMX479'],
			['name', 'Ana']
		]);
		const multipart = new FormData();
		multipart.set('name', 'Ben');
		const parsed = await readForm(new Request('http://127.0.0.1/join', { method: 'POST', body: multipart }));
		expect(parsed.ok && parsed.data.get('name')).toBe('Ben');
		// No body at all (an empty form, as a button alone sends it).
		const empty = await readForm(post(null));
		expect(empty.ok && [...empty.data]).toEqual([]);
	});

	it('refuses a form whose Content-Length is over the limit without reading it', async () => {
		const { stream, read } = chunkedBody('x'.repeat(1000));
		const result = await readForm(post(stream, { 'content-type': FORM, 'content-length': String(MAX_FORM_BYTES + 1) }));
		expect(result).toEqual({ ok: false, status: 413, message: 'That form is far too large.' });
		expect(read.bytes).toBe(0);
	});

	it('counts the bytes of a body sent in chunks, with no Content-Length: over the limit is 413', async () => {
		const { stream, read } = chunkedBody(`code=KMX479&name=Big&pad=${'x'.repeat(520_000)}`);
		expect(await readForm(post(stream))).toEqual({ ok: false, status: 413, message: 'That form is far too large.' });
		// Read to its end and dropped, so that the refusal can still be sent on the connection.
		expect(read.done).toBe(true);
	});

	it('believes the count, not a Content-Length that says less', async () => {
		const { stream } = chunkedBody(`pad=${'x'.repeat(MAX_FORM_BYTES)}`);
		expect(await readForm(post(stream, { 'content-type': FORM, 'content-length': '10' }))).toMatchObject({
			status: 413
		});
	});

	it('takes a chunked form of exactly the limit, and refuses one byte more', async () => {
		const exact = `pad=${'x'.repeat(MAX_FORM_BYTES - 4)}`;
		const ok = await readForm(post(chunkedBody(exact).stream));
		expect(ok.ok && ok.data.get('pad')?.toString().length).toBe(MAX_FORM_BYTES - 4);
		expect(await readForm(post(chunkedBody(`${exact}x`).stream))).toMatchObject({ ok: false, status: 413 });
	});

	it('reads a urlencoded form as Response.formData() reads it', async () => {
		const bodies: Array<string | Uint8Array<ArrayBuffer>> = [
			'a=1&b=two+words&a=%C3%A9t%C3%A9&c=&=empty-name&d&e=%ZZ&f=1%2B1%3D2&g=%F0%9F%93%B0',
			// Not UTF-8: replaced, as the standard says.
			new Uint8Array([0x6e, 0x3d, 0xff, 0x26, 0x6d, 0x3d, 0x25, 0x66, 0x66])
		];
		const types = [FORM, 'Application/X-WWW-Form-Urlencoded; charset=UTF-8', ` ${FORM} ;x=y`];
		for (const body of bodies) {
			for (const type of types) {
				const expected = [...(await new Response(body, { headers: { 'content-type': type } }).formData())];
				const read = await readForm(post(body, { 'content-type': type }));
				expect(read.ok && [...read.data]).toEqual(expected);
			}
		}
	});

	it('answers 400 for what is not a form, and for a body that breaks off', async () => {
		const notAForm = { ok: false, status: 400, message: 'That request did not carry a form.' };
		expect(await readForm(post('{"name":"x"}', { 'content-type': 'application/json' }))).toEqual(notAForm);
		expect(await readForm(post('name=x', {}))).toEqual(notAForm);
		let sent = false;
		const broken = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent) return controller.error(new Error('connection reset'));
				sent = true;
				controller.enqueue(new TextEncoder().encode('name=x'));
			}
		});
		expect(await readForm(post(broken))).toEqual(notAForm);
	});
});
