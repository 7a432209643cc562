import { distance } from 'fastest-levenshtein';
import { countTokens, type TokenizedText } from './tokenize';
import type { Span } from './types';

const QUOTES: Record<string, string> = {
	'“': '"',
	'”': '"',
	'„': '"',
	'‟': '"',
	'«': '"',
	'»': '"',
	'″': '"',
	'‘': "'",
	'’': "'",
	'‚': "'",
	'‛': "'",
	'′': "'"
};

/**
 * Folds curly and straight quote marks together and collapses runs of white
 * space, remembering where each folded character came from.
 */
export function fold(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (/\s/.test(ch)) {
			if (folded.endsWith(' ')) continue;
			folded += ' ';
		} else {
			folded += QUOTES[ch] ?? ch;
		}
		origin.push(i);
	}
	return { folded, origin };
}

export type AnchorProblem =
	| { problem: 'missing'; closest: string | null }
	| { problem: 'ambiguous'; count: number }
	| { problem: 'no-such-occurrence'; count: number };

export type Resolution = { ok: true; span: Span } | ({ ok: false } & AnchorProblem);

export interface Searchable {
	source: string;
	text: string;
	tokenized: TokenizedText;
}

/** Token range bounds a search may be confined to (a passage, say). */
export interface Within {
	start: number;
	end: number;
}

/** A document folded, and where each token starts and ends: what every search in it needs. */
interface Folded {
	text: string;
	folded: string;
	origin: number[];
	startsAt: Map<number, number>;
	endsAt: Map<number, number>;
}

/**
 * Each document is folded once, not once per quote: a module's items resolve dozens of quotes in the
 * same few documents, and folding a 3,000-word report took most of the time of opening an item's editor.
 * Keyed by the tokenized text, which a document keeps as long as it lives; the text is checked too.
 */
const foldedDocuments = new WeakMap<TokenizedText, Folded>();

function foldedDocument(doc: Searchable): Folded {
	const cached = foldedDocuments.get(doc.tokenized);
	if (cached && cached.text === doc.text) return cached;
	const { tokens, offsets } = doc.tokenized;
	const startsAt = new Map<number, number>();
	const endsAt = new Map<number, number>();
	for (let t = 0; t < tokens.length; t++) {
		startsAt.set(offsets[t], t);
		endsAt.set(offsets[t] + tokens[t].text.length, t);
	}
	const made = { text: doc.text, ...fold(doc.text), startsAt, endsAt };
	foldedDocuments.set(doc.tokenized, made);
	return made;
}

/**
 * Finds a quote in a document. A match must start and end on token
 * boundaries, so "Putin" does not match inside "UkrainePutin".
 */
export function resolveQuote(
	doc: Searchable,
	quote: string,
	occurrence?: number,
	within: Within = { start: 0, end: doc.tokenized.tokens.length }
): Resolution {
	const needle = fold(quote.trim()).folded;
	const { folded, origin, startsAt, endsAt } = foldedDocument(doc);
	const inside = (t: number | undefined): t is number => t !== undefined && t >= within.start && t < within.end;

	const matches: Span[] = [];
	if (needle.length > 0) {
		for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
			const from = origin[at];
			const to = origin[at + needle.length - 1] + 1;
			const first = startsAt.get(from);
			const last = endsAt.get(to);
			if (!inside(first) || !inside(last) || last < first) continue;
			matches.push({ source: doc.source, start: first, end: last + 1, text: doc.text.slice(from, to) });
		}
	}

	if (matches.length === 0) {
		return { ok: false, problem: 'missing', closest: closestMatch(doc, needle, within) };
	}
	if (occurrence !== undefined) {
		const span = matches[occurrence - 1];
		return span ? { ok: true, span } : { ok: false, problem: 'no-such-occurrence', count: matches.length };
	}
	if (matches.length > 1) return { ok: false, problem: 'ambiguous', count: matches.length };
	return { ok: true, span: matches[0] };
}

/** The run of whole tokens whose folded text is nearest to the needle. */
function closestMatch(doc: Searchable, needle: string, within: Within): string | null {
	const { tokens, offsets } = doc.tokenized;
	const width = Math.max(1, countTokens(needle));
	let best: { text: string; score: number } | null = null;
	for (let first = within.start; first < within.end; first++) {
		for (let size = Math.max(1, width - 1); size <= width + 2; size++) {
			const last = first + size - 1;
			if (last >= within.end) break;
			const text = doc.text.slice(offsets[first], offsets[last] + tokens[last].text.length);
			const score = distance(fold(text).folded, needle);
			if (!best || score < best.score) best = { text, score };
		}
	}
	return best?.text ?? null;
}

export function describeProblem(quote: string, problem: AnchorProblem): string {
	switch (problem.problem) {
		case 'missing':
			return (
				`quote "${quote}" is not in the document` + (problem.closest ? `; closest match: "${problem.closest}"` : '')
			);
		case 'ambiguous':
			return `quote "${quote}" occurs ${problem.count} times; say which with "occurrence" (1 to ${problem.count})`;
		case 'no-such-occurrence':
			return `quote "${quote}" occurs only ${problem.count} time(s); no such occurrence`;
	}
}
