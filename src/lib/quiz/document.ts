import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { resolveQuote, describeProblem, type Searchable } from './anchor';
import { tokenize } from './tokenize';
import type { Aside, SourceDocument } from './types';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

const frontMatter = v.object({
	title: v.pipe(v.string(), v.nonEmpty()),
	outlet: v.pipe(v.string(), v.nonEmpty()),
	origin: v.pipe(v.string(), v.nonEmpty()),
	language: v.pipe(v.string(), v.nonEmpty()),
	notes: v.optional(v.string(), ''),
	not_article: v.optional(
		v.array(v.object({ quote: v.pipe(v.string(), v.nonEmpty()), why: v.pipe(v.string(), v.nonEmpty()) })),
		[]
	)
});

export type DocumentResult =
	{ ok: true; document: SourceDocument; searchable: Searchable } | { ok: false; problems: string[] };

/**
 * The last documents read, by id and text. A teacher's module is compiled from its stored text on every
 * page of the editor that shows or checks it, and on every save: tokenizing the same 3,000-word reports
 * again each time was most of opening an item's editor. Results are data no caller changes.
 */
const recent = new Map<string, DocumentResult>();
const RECENT = 8;

/**
 * Reads a document file: YAML front matter, then the body exactly as
 * received (everything after the closing `---` line, byte for byte).
 */
export function parseDocument(id: string, raw: string): DocumentResult {
	const key = `${id}\u0000${raw}`;
	const known = recent.get(key);
	if (known) {
		// The most recently used last, so that the oldest is the one dropped.
		recent.delete(key);
		recent.set(key, known);
		return known;
	}
	const result = readDocument(id, raw);
	recent.set(key, result);
	if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
	return result;
}

function readDocument(id: string, raw: string): DocumentResult {
	const head = FRONT_MATTER.exec(raw);
	if (!head) return { ok: false, problems: ['no front matter: the file must start with a "---" block'] };
	let data: unknown;
	try {
		data = parseYaml(head[1]);
	} catch (error) {
		return { ok: false, problems: [`front matter is not valid YAML: ${(error as Error).message}`] };
	}
	const meta = v.safeParse(frontMatter, data);
	if (!meta.success) {
		return {
			ok: false,
			problems: meta.issues.map((issue) => `front matter ${v.getDotPath(issue) ?? ''}: ${issue.message}`)
		};
	}
	const body = raw.slice(head[0].length);
	const tokenized = tokenize(body);
	const searchable: Searchable = { source: id, text: body, tokenized };
	const problems: string[] = [];
	const asides: Aside[] = [];
	for (const { quote, why } of meta.output.not_article) {
		const found = resolveQuote(searchable, quote);
		if (found.ok) asides.push({ span: found.span, why });
		else problems.push(`not_article: ${describeProblem(quote, found)}`);
	}
	if (problems.length) return { ok: false, problems };
	const { title, outlet, origin, language, notes } = meta.output;
	return {
		ok: true,
		document: {
			id,
			meta: { title, outlet, origin, language, notes },
			body,
			paragraphs: tokenized.paragraphs,
			tokenCount: tokenized.tokens.length,
			asides
		},
		searchable
	};
}
