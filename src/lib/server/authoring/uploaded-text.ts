import { Unzip, UnzipInflate } from 'fflate';
import mammoth from 'mammoth';

/*
 * A teacher adds a document by uploading a file. Its text becomes the document's body, stored
 * as received; only line endings are made "\n", because the documents' front matter and
 * paragraphs are read by lines. A .docx is a zip, so it is checked like any archive from outside
 * (sizes declared and real) before mammoth reads it.
 */

/** The largest file accepted, in bytes: a long article is well under 100 KB of text. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** The most a .docx may unpack to, all its parts together. */
const MAX_DOCX_UNPACKED = 20 * 1024 * 1024;
const MAX_DOCX_PARTS = 200;

export type UploadedText = { ok: true; text: string } | { ok: false; problem: string };

const refuse = (problem: string): UploadedText => ({ ok: false, problem });

/** The text of an uploaded `.txt` (UTF-8) or `.docx` file, or why it cannot be used. */
export async function uploadedText(name: string, bytes: Uint8Array): Promise<UploadedText> {
	if (bytes.byteLength === 0) return refuse(`${name} is empty.`);
	if (bytes.byteLength > MAX_UPLOAD_BYTES) {
		return refuse(`${name} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; paste the article's text instead.`);
	}
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (extension === 'txt') return plainText(name, bytes);
	if (extension === 'docx') return wordText(name, bytes);
	return refuse(`${name} is not a .txt or .docx file.`);
}

function plainText(name: string, bytes: Uint8Array): UploadedText {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return refuse(`${name} is not UTF-8 text. Save it as UTF-8 (“Unicode”) and upload it again.`);
	}
	return finish(name, text);
}

async function wordText(name: string, bytes: Uint8Array): Promise<UploadedText> {
	const unpacked = unpackedSize(bytes);
	if (unpacked === 'broken') return refuse(`${name} is not a Word document (.docx) that can be read.`);
	if (unpacked === 'too-large') return refuse(`${name} unpacks to more than a document can hold.`);
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		return finish(name, value);
	} catch {
		return refuse(`${name} is not a Word document (.docx) that can be read.`);
	}
}

/**
 * Inflates every part of the zip as a stream with a running count and stops past the limit, so a
 * part that lies about its size (a zip bomb) costs at most the limit, never memory without end.
 */
function unpackedSize(bytes: Uint8Array): number | 'broken' | 'too-large' {
	let total = 0;
	let parts = 0;
	let failed = false;
	const unzip = new Unzip((part) => {
		parts++;
		part.ondata = (error, chunk) => {
			if (error) failed = true;
			else total += chunk.byteLength;
			if (total > MAX_DOCX_UNPACKED) throw new TooLarge();
		};
		if (parts > MAX_DOCX_PARTS) throw new TooLarge();
		part.start();
	});
	unzip.register(UnzipInflate);
	try {
		unzip.push(bytes, true);
	} catch (error) {
		return error instanceof TooLarge ? 'too-large' : 'broken';
	}
	return failed || parts === 0 ? 'broken' : total;
}

class TooLarge extends Error {}

function finish(name: string, text: string): UploadedText {
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!normalized.trim()) return refuse(`${name} has no text.`);
	return { ok: true, text: normalized };
}
