/*
 * Quotations in a body: pairs of double quote marks, found by a state machine
 * that trusts the marks' surroundings more than their glyphs, since copied and
 * machine-translated texts have marks that are missing, doubled or facing the
 * wrong way. Nested quotes use single marks inside a double quote.
 */

export interface Quote {
	/** The quotation with its marks: [start, end). */
	start: number;
	end: number;
	/** The quoted words alone, without the marks. */
	innerStart: number;
	innerEnd: number;
	/** A mark was missing: the quote was closed at the end of its paragraph or before the next opening mark. */
	unbalanced: boolean;
	/** 0 for a double-quoted passage; 1 for a single-quoted one inside it. */
	depth: number;
}

const OPENING = new Set(['“', '„', '«']);
const DOUBLE = new Set(['“', '”', '„', '«', '»', '"', '″']);
const SPACE_BEFORE = /[\s([{—–-]/;

type Side = 'open' | 'close' | 'either';

/**
 * Which way a mark faces by what stands around it. A mark wedged between two
 * words ("impossible“and") closes an open quote (a space was lost); otherwise the
 * glyph breaks the tie.
 */
function sideOf(body: string, i: number, open: boolean): Side {
	const before = i === 0 ? ' ' : body[i - 1];
	const after = i + 1 >= body.length ? ' ' : body[i + 1];
	const spaceBefore = SPACE_BEFORE.test(before);
	const spaceAfter = /\s/.test(after);
	const punctAfter = /[.,;:!?)\]]/.test(after);
	if (spaceBefore && !spaceAfter) return 'open';
	if (!spaceBefore && (spaceAfter || punctAfter)) return 'close';
	if (spaceBefore && spaceAfter) return 'either';
	if (open) return 'close';
	return OPENING.has(body[i]) ? 'open' : body[i] === '"' ? 'either' : 'close';
}

function paragraphEnd(body: string, from: number): number {
	const blank = body.slice(from).search(/\n\s*\n/);
	if (blank < 0) return body.trimEnd().length;
	return from + blank;
}

/** Single-quoted passages inside a quote: ‘…’, where ’ is not an apostrophe between letters. */
function nested(body: string, outer: Quote): Quote[] {
	const found: Quote[] = [];
	for (let i = outer.innerStart; i < outer.innerEnd; i++) {
		if (body[i] !== '‘' && !(body[i] === "'" && SPACE_BEFORE.test(body[i - 1] ?? ' '))) continue;
		for (let j = i + 1; j < outer.innerEnd; j++) {
			const close = body[j] === '’' || body[j] === "'";
			if (close && !/\p{L}/u.test(body[j + 1] ?? ' ')) {
				found.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j, unbalanced: false, depth: 1 });
				i = j;
				break;
			}
		}
	}
	return found;
}

/** Trims white space off a quote's inner words. */
function tidy(body: string, q: Quote): Quote {
	let { innerStart, innerEnd } = q;
	while (innerStart < innerEnd && /\s/.test(body[innerStart])) innerStart++;
	while (innerEnd > innerStart && /\s/.test(body[innerEnd - 1])) innerEnd--;
	let end = q.end;
	if (q.unbalanced) end = innerEnd;
	return { ...q, innerStart, innerEnd, end };
}

export function findQuotes(body: string): Quote[] {
	const quotes: Quote[] = [];
	let open: number | null = null;
	// A mark that faced as if closing when nothing was open, in the current paragraph, after the last quote.
	let orphan: number | null = null;
	const close = (end: number, innerEnd: number, unbalanced: boolean) => {
		if (open === null) return;
		if (innerEnd > open + 1) {
			quotes.push(tidy(body, { start: open, end, innerStart: open + 1, innerEnd, unbalanced, depth: 0 }));
			orphan = null;
		}
		open = null;
	};
	/*
	 * Translation reorders words and the marks travel with the wrong ones: a
	 * mark that closes nothing ("with the” permanent supply …") and, later in
	 * the paragraph, a mark that opens nothing, with no words after it ("…
	 * population. “"), still bracket the quoted words between them. Neither mark
	 * can be read any other way: the first has no quote to close, the second no
	 * words to open.
	 */
	const displaced = (at: number) => {
		if (open === null || orphan === null || body.slice(open + 1, at).trim()) return false;
		quotes.push(
			tidy(body, { start: orphan, end: open + 1, innerStart: orphan + 1, innerEnd: open, unbalanced: false, depth: 0 })
		);
		open = null;
		orphan = null;
		return true;
	};
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (ch === '\n' && /^\n\s*\n/.test(body.slice(i))) {
			if (open !== null && !displaced(i)) {
				// A quote that runs on past its paragraph goes on only where the next paragraph opens with a mark.
				const next = body.slice(i).search(/\S/) + i;
				if (DOUBLE.has(body[next]) && sideOf(body, next, false) !== 'close') {
					i = next;
					continue;
				}
				close(i, i, true);
			}
			orphan = null;
			continue;
		}
		if (!DOUBLE.has(ch)) continue;
		const side = sideOf(body, i, open !== null);
		if (open === null) {
			if (side !== 'close') open = i;
			else orphan = i;
			continue;
		}
		if (side === 'open' && body.slice(open, i).trim().length > 1) {
			// Two opening marks in a row: the first quote lost its closing mark; it ends at its last clause.
			const inner = body.slice(open + 1, i);
			const cut = Math.max(inner.lastIndexOf('.'), inner.lastIndexOf(','), inner.lastIndexOf(';'));
			const innerEnd = cut > 0 ? open + 1 + cut : i;
			close(innerEnd, innerEnd, true);
			open = i;
			continue;
		}
		close(i + 1, i, false);
	}
	if (open !== null && !displaced(body.length)) {
		const end = paragraphEnd(body, open);
		close(end, end, true);
	}
	return quotes.sort((p, q) => p.start - q.start).flatMap((q) => [q, ...nested(body, q)]);
}

/** The innermost quote holding an offset, or null. */
export function quoteAt(quotes: Quote[], offset: number): Quote | null {
	let best: Quote | null = null;
	for (const q of quotes) {
		if (q.innerStart <= offset && offset < q.innerEnd && (!best || q.depth > best.depth)) best = q;
	}
	return best;
}
