import { REPORTER, UNNAMED, type Speaker, type Token } from '$lib/quiz/types';
import type { AttributionKey } from './types';

/** The two speakers every item offers, after its own choices. */
export const alwaysOffered = [REPORTER, UNNAMED] as const;

/**
 * Quotation marks as a punctuation token. Double marks of every style, and the
 * single marks that only ever open or close a quote; not ’ or ', which are
 * apostrophes as often as quote marks.
 */
const QUOTE_MARK = /^["“”„‟«»‘‚‹›]$/;

const isMark = (token: Token) => token.kind === 'punct' && QUOTE_MARK.test(token.text);

/** Punctuation that may follow a closing mark at the end of a statement (“…,” or “…”.). */
const TRAILING = /^[.,;:!?]$/;

/**
 * The rules that tie an item's speaker, mode and statement together, each a
 * problem in words (the compile step adds the file and the item).
 * A partial quote is checked only as far as quotation marks allow without
 * pairing them: the seed texts have marks that are missing, doubled or facing
 * the wrong way, so "which words are inside" is not asked; only whether there
 * are marks at all, and whether they merely wrap the whole statement.
 */
export function keyProblems(
	key: AttributionKey<string, string>,
	speakers: Record<string, Speaker>,
	statement: Token[] | null
): string[] {
	const problems: string[] = [];
	const choices = choicesOf(key);
	const builtIn = (id: string) => (alwaysOffered as readonly string[]).includes(id);
	const known = (id: string) => builtIn(id) || Object.hasOwn(speakers, id);
	if (!Array.isArray(key.choices))
		problems.push('"choices" is missing: list the speakers a reader could take for the source');
	for (const id of new Set([...choices, key.speaker])) if (!known(id)) problems.push(`unknown speaker "${id}"`);
	for (const id of choices.filter(builtIn))
		problems.push(`"${id}" is offered on every item; leave it out of the choices`);
	if (new Set(choices).size !== choices.length) problems.push('a speaker is among the choices twice');
	if (known(key.speaker) && !builtIn(key.speaker) && !choices.includes(key.speaker)) {
		problems.push(`the answer "${key.speaker}" is not offered: add it to the choices`);
	}
	if ((key.speaker === REPORTER) !== (key.mode === 'reporter-claim')) {
		problems.push('the reporter’s own claim has speaker "reporter", and only it does');
	}
	if ((key.speaker === UNNAMED) !== (key.mode === 'vague-source')) {
		problems.push('an unnamed or vague source has speaker "unnamed", and only it does');
	}
	if (key.mode === 'partial-quote' && statement) problems.push(...partialQuoteProblems(statement));
	return problems;
}

/** The key's choices; none when a key written before choices existed (or not typed) has none. */
export const choicesOf = (key: AttributionKey<string, string>): readonly string[] =>
	Array.isArray(key.choices) ? key.choices : [];

function partialQuoteProblems(tokens: Token[]): string[] {
	const marks = tokens.filter(isMark);
	if (marks.length === 0) return ['a partial quote has quotation marks in its statement; this one has none'];
	let last = tokens.length - 1;
	while (last > 0 && TRAILING.test(tokens[last].text)) last--;
	const wrapsAll = marks.length === 2 && marks[0] === tokens[0] && marks[1] === tokens[last];
	return wrapsAll ? ['the whole statement is inside quotation marks: that is a direct quote, not a partial quote'] : [];
}
