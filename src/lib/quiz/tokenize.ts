import type { Paragraph, Sentence, Token } from './types';

/** A word keeps inner apostrophes and hyphens ("Russia’s", "anti-Russian"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** How many tokens a piece of text breaks into. */
export function countTokens(text: string): number {
	return text.match(TOKEN)?.length ?? 0;
}

const SENTENCE_END = /^[.?!]$/;
const CLOSING = /^["”’)\]]$/;
const HEADING_MAX_WORDS = 16;

export interface TokenizedText {
	paragraphs: Paragraph[];
	tokens: Token[];
	/** Character offset in the original text where each token starts. */
	offsets: number[];
}

/**
 * Breaks a document into paragraphs (separated by blank lines), sentences and
 * tokens. Token indices are stable for a given text, so they are safe to store
 * in answers and to send to the browser.
 */
export function tokenize(text: string): TokenizedText {
	const tokens: Token[] = [];
	const offsets: number[] = [];
	const paragraphs: Paragraph[] = [];
	const blocks = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;

	for (const block of text.matchAll(blocks)) {
		const first = tokens.length;
		for (const m of block[0].matchAll(TOKEN)) {
			const start = block.index + m.index;
			const token: Token = {
				i: tokens.length,
				text: m[0],
				kind: /[\p{L}\p{N}]/u.test(m[0]) ? 'word' : 'punct',
				after: ''
			};
			const previous = tokens.at(-1);
			if (previous && tokens.length > first) {
				const prevEnd = offsets[previous.i] + previous.text.length;
				previous.after = text.slice(prevEnd, start);
			}
			tokens.push(token);
			offsets.push(start);
		}
		const own = tokens.slice(first);
		if (own.length === 0) continue;
		paragraphs.push({
			index: paragraphs.length,
			heading: isHeading(own),
			sentences: splitSentences(own)
		});
	}
	return { paragraphs, tokens, offsets };
}

function splitSentences(tokens: Token[]): Sentence[] {
	const sentences: Sentence[] = [];
	let current: Token[] = [];
	tokens.forEach((token, n) => {
		current.push(token);
		const next = tokens[n + 1];
		const ends =
			(SENTENCE_END.test(token.text) || (CLOSING.test(token.text) && endsSentence(current))) &&
			token.after !== '' &&
			next !== undefined;
		if (ends) {
			sentences.push({ index: sentences.length, tokens: current });
			current = [];
		}
	});
	if (current.length) sentences.push({ index: sentences.length, tokens: current });
	return sentences;
}

function endsSentence(tokens: Token[]): boolean {
	const before = tokens.at(-2);
	return before !== undefined && SENTENCE_END.test(before.text);
}

function isHeading(tokens: Token[]): boolean {
	const words = tokens.filter((t) => t.kind === 'word').length;
	const last = [...tokens].reverse().find((t) => !CLOSING.test(t.text));
	return words <= HEADING_MAX_WORDS && !(last && SENTENCE_END.test(last.text));
}
