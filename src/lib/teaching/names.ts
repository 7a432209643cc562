/** Display names: trimmed, inner white space folded, control characters refused by the schema. */
export function cleanName(input: string): string {
	return input.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Two names that differ only in case or spacing belong to one learner. */
export function nameKey(input: string): string {
	return cleanName(input).toLocaleLowerCase('en');
}
