/** The longest `about` line a kind gives, in characters: about one line of a table on a laptop. */
export const ABOUT_MAX = 110;

/**
 * A text in one line of at most `max` characters: white space squashed, and
 * cut at a word boundary with an ellipsis when it is longer.
 */
export function oneLine(text: string, max = ABOUT_MAX): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	// A word longer than half the line is cut inside it rather than leaving a stub.
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
