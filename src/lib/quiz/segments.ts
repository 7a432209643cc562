import type { Highlight, HighlightRole, Paragraph } from './types';

export interface Segment {
	text: string;
	roles: HighlightRole[];
	/** Labels of the highlights that start at this segment, for screen readers. */
	starts: string[];
	/** Visible tags of the highlights that start here ("Q3"), each once. */
	tags: string[];
	/** Index of the segment's first token, or null for the space between runs. */
	first: number | null;
}

/**
 * Cuts a paragraph into runs of text that share the same highlights, so that
 * each run can be one <mark>. Spaces inside a run stay in it; spaces between
 * runs stand alone, so a mark never underlines the gap after a phrase.
 */
export function segments(paragraph: Paragraph, highlights: readonly Highlight[], source: string): Segment[] {
	const own = highlights.filter((h) => h.span.source === source);
	const rolesAt = (i: number) =>
		[...new Set(own.filter((h) => i >= h.span.start && i < h.span.end).map((h) => h.role))].sort();
	const out: Segment[] = [];
	let current: Segment | null = null;
	let pendingSpace = '';
	for (const token of paragraph.sentences.flatMap((s) => s.tokens)) {
		const roles = rolesAt(token.i);
		const starting = own.filter((h) => h.span.start === token.i);
		const starts = starting.map((h) => h.label);
		const tags = [...new Set(starting.flatMap((h) => (h.tag ? [h.tag] : [])))];
		if (current && current.roles.join() === roles.join() && starts.length === 0) {
			current.text += pendingSpace + token.text;
		} else {
			if (pendingSpace) out.push({ text: pendingSpace, roles: [], starts: [], tags: [], first: null });
			current = { text: token.text, roles, starts, tags, first: token.i };
			out.push(current);
		}
		pendingSpace = token.after;
	}
	return out;
}
