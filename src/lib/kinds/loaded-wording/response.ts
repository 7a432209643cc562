import { text } from './text';
import * as v from 'valibot';
import { VOICES, type LoadedWordingItem, type Voice } from './types';

/*
 * The shape of a response and which phrases it finds: apart from the
 * definition so that grading and the teacher's report (report.ts) share them
 * without importing each other.
 */

const MAX_MARKS = 500;
const TOKEN = /^\d{1,6}$/;

/** In the request's language: a function, which valibot calls when the answer fails. */
const CHOOSE_VOICE = () => text().chooseVoice;

export const response = v.object({
	marks: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(MAX_MARKS)),
	/**
	 * Whose words each marked phrase is, keyed by the token index of its first
	 * word. Optional: answers stored before the question was asked have none.
	 */
	voices: v.optional(
		v.pipe(
			// A record, and not an array dressed as one.
			v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), CHOOSE_VOICE),
			v.record(v.pipe(v.string(), v.regex(TOKEN)), v.picklist(VOICES, CHOOSE_VOICE)),
			v.maxEntries(MAX_MARKS)
		)
	)
});

export type LoadedWordingResponse = v.InferOutput<typeof response>;

/** What a stored or posted answer says, read safely: nothing at all when it has another shape. */
export interface Answered {
	/** The words of the passage it marks. */
	marked: Set<number>;
	voices: Record<string, Voice>;
}

/**
 * The words of the passage a response marks, and the voices it gives; none
 * when it has another shape. Only words of the passage count: a mark elsewhere,
 * or on punctuation, neither finds a phrase nor costs.
 */
export function answered(item: Pick<LoadedWordingItem, 'tokens'>, given: unknown): Answered {
	const parsed = v.safeParse(response, given);
	return parsed.success ? answeredBy(item, parsed.output) : { marked: new Set(), voices: {} };
}

/** What a checked response says: the words of the passage it marks, and the voices it gives. */
export function answeredBy(item: Pick<LoadedWordingItem, 'tokens'>, checked: LoadedWordingResponse): Answered {
	const passageWords = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
	return {
		marked: new Set(checked.marks.filter((i) => passageWords.has(i))),
		voices: (checked.voices ?? {}) as Record<string, Voice>
	};
}

/** The words of the passage a response marks. */
export const markedWords = (item: Pick<LoadedWordingItem, 'tokens'>, given: unknown): Set<number> =>
	answered(item, given).marked;

/** Per target, in key order: is any of its words marked? */
export const targetsFound = (item: Pick<LoadedWordingItem, 'targets'>, marked: ReadonlySet<number>): boolean[] =>
	item.targets.map((t) => {
		for (let i = t.span.start; i < t.span.end; i++) if (marked.has(i)) return true;
		return false;
	});
