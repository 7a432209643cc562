/** Display names: trimmed, inner white space folded, control characters refused by the schema. */
export function cleanName(input: string): string {
	return input.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Two names that differ only in case or spacing belong to one learner. */
export function nameKey(input: string): string {
	return cleanName(input).toLocaleLowerCase('en');
}

/*
 * Format characters (Unicode Cf) are invisible and can reorder or hide what a
 * name shows (a right-to-left override, bidi isolates, soft hyphens), and
 * control characters (Cc) confuse displays and exports: both are refused. The
 * exceptions are the zero-width non-joiner and joiner (U+200C, U+200D) between
 * two letters or emoji, where they are part of correct spelling: Persian
 * "فاطمه‌زاده", Indic conjuncts, emoji sequences such as 👩‍🏫.
 */
const JOINER_IN_WORD =
	/(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200C\u200D](?=[\p{L}\p{M}\p{Extended_Pictographic}])/gu;
const HIDDEN = /[\p{Cc}\p{Cf}]/u;

/** True when a name has no control or format character, a joiner between letters or emoji aside. */
export function showable(name: string): boolean {
	return !HIDDEN.test(name.replace(JOINER_IN_WORD, ''));
}
