import { m } from '$lib/paraglide/messages';
/** Largest form any learner or teacher page needs; bigger bodies are refused before parsing. */
export const MAX_FORM_BYTES = 64 * 1024;

export type ReadForm = { ok: true; data: FormData } | { ok: false; status: 400 | 413; message: string };

/* Functions, so that the message is in the language of the request that gets it. */
const TOO_LARGE = (message: () => string) => ({ ok: false, status: 413, message: message() }) as const;
const NOT_A_FORM = () => ({ ok: false, status: 400, message: m.srv_not_a_form() }) as const;

/**
 * The body's bytes, counted as they arrive: null when there are more than
 * `limit`. A body sent in chunks has no Content-Length, and one that has it
 * may say less than it sends, so the count is what decides. Past the limit
 * the rest is read and dropped rather than cancelled, which would close the
 * connection before the refusal is sent; the server's own limit
 * (adapter-node's BODY_SIZE_LIMIT, 512 KB) bounds how much that is.
 */
async function readBody(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = body.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size <= limit) chunks.push(value);
		}
	} catch (error) {
		// Past our limit the server's own may stop the stream: that is still a form too large. So is a body
		// over the server's limit (adapter-node's BODY_SIZE_LIMIT) when ours is larger: it errs with 413.
		if (size > limit || (error as { status?: unknown } | null)?.status === 413) return null;
		throw error;
	}
	if (size > limit) return null;
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** What every form of the app posts, with JavaScript or without (multipart only with a file). */
const URLENCODED = /^[\t\n\r ]*application\/x-www-form-urlencoded[\t\n\r ]*(;|$)/i;

/**
 * A urlencoded body read as `Response.formData()` reads it (UTF-8, then the
 * URL standard's parser), without building a Response: that cost as much as
 * the rest of reading the form, on every answer saved.
 */
function urlencoded(bytes: Uint8Array): FormData {
	const data = new FormData();
	for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) data.append(name, value);
	return data;
}

/**
 * Reads a posted form, of at most `limit` bytes (a file upload's form allows more). A body that is too large or not a form at all is the
 * sender's mistake: a 4xx with a message, never a 500. `tooLarge` words the refusal of a body too large (an upload's says its limit).
 */
export async function readForm(
	request: Request,
	limit = MAX_FORM_BYTES,
	tooLarge: () => string = m.srv_too_large
): Promise<ReadForm> {
	// Declared too large: refused without reading a byte.
	if (Number(request.headers.get('content-length') ?? 0) > limit) return TOO_LARGE(tooLarge);
	let bytes: Uint8Array<ArrayBuffer> | null = new Uint8Array(0);
	if (request.body) {
		try {
			bytes = await readBody(request.body, limit);
		} catch {
			// The client went away before the end of the body.
			return NOT_A_FORM();
		}
	}
	if (!bytes) return TOO_LARGE(tooLarge);
	const type = request.headers.get('content-type') ?? '';
	if (URLENCODED.test(type)) return { ok: true, data: urlencoded(bytes) };
	// Parsed as the request would parse it: its Content-Type says multipart, and where the boundary is.
	const parsed = new Response(bytes, { headers: { 'content-type': type } });
	const data = await parsed.formData().catch(() => null);
	if (!data) return NOT_A_FORM();
	return { ok: true, data };
}

/**
 * Ids in URLs are UUIDs; anything else is not found before it reaches the
 * database (PostgreSQL refuses some strings, such as ones with NUL bytes, with an error).
 */
export const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Confirmations after a redirect, chosen by a fixed key so that no text from the URL is ever shown. */
export function doneNotice<K extends string>(url: URL, notices: Record<K, string>): string | null {
	const key = url.searchParams.get('done');
	return key !== null && Object.hasOwn(notices, key) ? notices[key as K] : null;
}

/**
 * What the teacher typed into a form's fields, to fill it again when it is
 * refused (without JavaScript the page reloads). Only a datetime-local value
 * goes back into a time field: with JavaScript the browser has sent an ISO
 * time instead, which the field would refuse, emptying what was typed.
 */
export function typedBack<K extends string>(
	form: FormData,
	fields: readonly K[],
	times: readonly K[] = []
): Record<K, string> {
	const field = (name: string) => String(form.get(name) ?? '').slice(0, 200);
	const time = (name: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(field(name)) ? field(name) : '');
	return Object.fromEntries(fields.map((name) => [name, times.includes(name) ? time(name) : field(name)])) as Record<
		K,
		string
	>;
}
