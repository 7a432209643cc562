import { text } from './text';
/*
 * The answer options of a statement, made from the module's reports. Each
 * option is a set of reports ("only Report A", "both", "neither"), so that a
 * statement is one radio group: it works without JavaScript, "neither" is a
 * choice of its own rather than an empty form, and exactly one answer per
 * statement is right. With three reports that makes eight options; more
 * reports would make too many, so the kind accepts two or three.
 */

export const MIN_SOURCES = 2;
export const MAX_SOURCES = 3;

/** Each statement's radio group is named by this prefix and the statement's id. */
export const FIELD_PREFIX = 'statement-';

/** The option that stands for no report at all. */
export const NONE = 'none';

/** A set of reports as an option value: its ids in reading order, joined by "+"; "none" when empty. */
export function optionValue(ids: readonly string[], sources: readonly string[]): string {
	const chosen = sources.filter((id) => ids.includes(id));
	return chosen.length ? chosen.join('+') : NONE;
}

/** Every option for these reports: each report alone, then the pairs…, then all of them, then none. */
export function optionsFor(sources: readonly string[]): Array<{ value: string; ids: string[] }> {
	const subsets: string[][] = [];
	for (let mask = 1; mask < 2 ** sources.length; mask++) {
		subsets.push(sources.filter((_, n) => mask & (2 ** n)));
	}
	// Fewest reports first; within a size, in reading order (Report A before B).
	const order = (ids: string[]) => ids.map((id) => sources.indexOf(id));
	subsets.sort((a, b) => a.length - b.length || compare(order(a), order(b)));
	return [...subsets, []].map((ids) => ({ value: optionValue(ids, sources), ids }));
}

function compare(a: number[], b: number[]): number {
	for (let n = 0; n < a.length; n++) if (a[n] !== b[n]) return a[n] - b[n];
	return 0;
}

/** An option in words: "only Report A", "both reports", "Report A and Report C", "all three reports", "neither report". */
export function optionLabel(ids: readonly string[], sources: readonly string[], name: (id: string) => string): string {
	const two = sources.length === 2;
	const t = text();
	if (ids.length === 0) return two ? t.neither : t.noneOf;
	if (ids.length === sources.length) return two ? t.both : t.all(sources.length);
	return t.only(ids.map(name));
}

/** The label of an option value, or null for a value that is not one of the options. */
export function labelOf(value: string, sources: readonly string[], name: (id: string) => string): string | null {
	const option = optionsFor(sources).find((o) => o.value === value);
	return option ? optionLabel(option.ids, sources, name) : null;
}

/** "Only Report A": a label at the start of a sentence or a line. */
export const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
