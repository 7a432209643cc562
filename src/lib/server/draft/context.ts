import type { DraftAnchor, DraftSpan, KeyContext } from '$lib/kinds/draft';
import { resolveQuote, type Searchable } from '$lib/quiz/anchor';
import { tokenize } from '$lib/quiz/tokenize';
import { spanOf } from './document';

/*
 * What the kinds need to turn drafts into key items (src/lib/kinds/draft.ts): quotes that resolve to
 * exactly the drafted words, the sentence around a phrase, and fresh item ids. Used by the draft module
 * folder (out.ts) and by the editor's suggestions (src/lib/server/authoring/suggestions.ts).
 */

/** `bodies`: each document's body by id; `taken`: item ids the module has already, which new ones avoid. */
export function contextFor(bodies: Map<string, string>, speakers: string[], taken: Iterable<string> = []): KeyContext {
	const searchable = new Map<string, Searchable>(
		[...bodies].map(([source, text]) => [source, { source, text, tokenized: tokenize(text) }])
	);
	const used = new Set<string>(taken);
	return {
		speakers,
		anchor(span: DraftSpan): DraftAnchor | null {
			const doc = searchable.get(span.source);
			if (!doc || !span.text.trim()) return null;
			const at = (n?: number) => resolveQuote(doc, span.text, n);
			const first = at();
			const count = first.ok ? 1 : first.problem === 'ambiguous' ? first.count : 0;
			for (let n = 1; n <= count; n++) {
				const found = count === 1 ? first : at(n);
				if (found.ok && doc.tokenized.offsets[found.span.start] === span.start) {
					return count === 1
						? { source: span.source, quote: span.text }
						: { source: span.source, quote: span.text, occurrence: n };
				}
			}
			return null;
		},
		passage(span: DraftSpan): DraftSpan {
			const body = bodies.get(span.source)!;
			const before = body.slice(0, span.start);
			const start = Math.max(before.lastIndexOf('\n') + 1, ...['. ', '? ', '! '].map((m) => before.lastIndexOf(m) + 2));
			const after = body.slice(span.end).search(/[.?!](?=\s|$)|\n/);
			const end = after < 0 ? body.length : span.end + after + (/[.?!]/.test(body[span.end + after]) ? 1 : 0);
			return spanOf(span.source, body, start, end);
		},
		id(stem: string): string {
			const base =
				stem
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-+|-+$/g, '')
					.replace(/^(?![a-z])/, 'x')
					.slice(0, 30) || 'item';
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			return id;
		}
	};
}
