import * as v from 'valibot';
import type { LoadedWordingItem } from './types';

/*
 * The shape of a response and which phrases it finds: apart from the
 * definition so that grading and the teacher's report (report.ts) share them
 * without importing each other.
 */

const MAX_MARKS = 500;

export const response = v.object({
	marks: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(MAX_MARKS))
});

export type LoadedWordingResponse = v.InferOutput<typeof response>;

/**
 * The words of the passage a response marks; none when it has another shape.
 * Only words of the passage count: a mark elsewhere, or on punctuation, neither finds a phrase nor costs.
 */
export function markedWords(item: Pick<LoadedWordingItem, 'tokens'>, given: unknown): Set<number> {
	const parsed = v.safeParse(response, given);
	const passageWords = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
	return new Set((parsed.success ? parsed.output.marks : []).filter((i) => passageWords.has(i)));
}

/** Per target, in key order: is any of its words marked? */
export const targetsFound = (item: Pick<LoadedWordingItem, 'targets'>, marked: ReadonlySet<number>): boolean[] =>
	item.targets.map((t) => {
		for (let i = t.span.start; i < t.span.end; i++) if (marked.has(i)) return true;
		return false;
	});
