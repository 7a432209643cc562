import { parse as parseYaml } from 'yaml';

/*
 * A document for the drafter: any text file, with or without the module
 * documents' YAML front matter. Every offset the drafter reports is in UTF-16
 * code units into `body` (what follows the front matter; all of a file without
 * one), so that `body.slice(start, end)` is the span's text in JavaScript and
 * in the browser alike.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface DraftDocument {
	id: string;
	title: string;
	body: string;
	words: number;
	/** Text the front matter marks as not part of the article (`not_article`): a link box, a "Source link" line. */
	asides: Array<{ start: number; end: number }>;
}

/** A span of a document's body: `end` exclusive, `text` exactly `body.slice(start, end)`. */
export interface TextSpan {
	source: string;
	text: string;
	start: number;
	end: number;
}

export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** The title the front matter gives, else the body's first non-empty line (a report's headline). */
function titleOf(meta: unknown, body: string): string {
	if (meta && typeof meta === 'object' && 'title' in meta && typeof meta.title === 'string' && meta.title.trim()) {
		return meta.title.trim();
	}
	return (
		body
			.split('\n')
			.find((line) => line.trim())
			?.trim() ?? ''
	);
}

function asidesOf(meta: unknown, body: string): Array<{ start: number; end: number }> {
	const list = meta && typeof meta === 'object' && 'not_article' in meta ? meta.not_article : null;
	if (!Array.isArray(list)) return [];
	return list.flatMap((entry: unknown) => {
		const quote = entry && typeof entry === 'object' && 'quote' in entry ? entry.quote : null;
		const at = typeof quote === 'string' && quote ? body.indexOf(quote) : -1;
		return at < 0 ? [] : [{ start: at, end: at + (quote as string).length }];
	});
}

export function readDocument(id: string, raw: string): DraftDocument {
	const head = FRONT_MATTER.exec(raw);
	let meta: unknown = null;
	if (head) {
		try {
			meta = parseYaml(head[1]);
		} catch {
			// A block that is not YAML is still not the article: the body starts after it.
			meta = null;
		}
	}
	const body = head ? raw.slice(head[0].length) : raw;
	return { id, title: titleOf(meta, body), body, words: countWords(body), asides: asidesOf(meta, body) };
}

/** The document id a file name gives: its base name without the extension. */
export const idOf = (path: string) =>
	path
		.split(/[\\/]/)
		.at(-1)!
		.replace(/\.[^.]*$/, '');

/** A span over [start, end) of a body, with surrounding white space trimmed off. */
export function spanOf(source: string, body: string, start: number, end: number): TextSpan {
	while (start < end && /\s/.test(body[start])) start++;
	while (end > start && /\s/.test(body[end - 1])) end--;
	return { source, text: body.slice(start, end), start, end };
}

/** Whether a span says exactly what its body holds there. */
export const spanHolds = (span: TextSpan, body: string) =>
	span.start >= 0 &&
	span.start <= span.end &&
	span.end <= body.length &&
	body.slice(span.start, span.end) === span.text;

/** A span without the punctuation that ends its sentence or clause. */
export function trimEnd(span: TextSpan, body: string): TextSpan {
	const text = span.text.replace(/[\s.,;:]+$/, '');
	return { ...span, text: body.slice(span.start, span.start + text.length), end: span.start + text.length };
}
