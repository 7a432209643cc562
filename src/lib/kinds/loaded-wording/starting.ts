import { VOICE_FIELD } from './phrases';

/*
 * What the question starts from: without JavaScript, the marks and voices that
 * "Next: whose words are they?" put in the page's address; else the saved
 * answer (a draft). Both are the learner's own, and read loosely: a mark that
 * is no word of the passage ticks no box and makes no phrase, and a voice that
 * is not offered checks no choice, so nothing needs weeding out here.
 */

/** The query field that says the address carries the learner's marks for step 2. */
export const STEP_FIELD = 'step';
export const STEP = 'whose';

export interface Starting {
	marks: Set<unknown>;
	/** Voices by token index, as posted: only those of the three voices match a choice. */
	voices: Record<string, string>;
}

export function startingAnswer(params: URLSearchParams, answer: unknown): Starting {
	if (params.get(STEP_FIELD) === STEP) {
		const voices: Record<string, string> = {};
		for (const [name, value] of params)
			if (name.startsWith(VOICE_FIELD)) voices[name.slice(VOICE_FIELD.length)] = value;
		return { marks: new Set(params.getAll('mark').map(Number)), voices };
	}
	const { marks, voices } = (answer ?? {}) as { marks?: unknown; voices?: unknown };
	return {
		marks: new Set(Array.isArray(marks) ? marks : []),
		voices: typeof voices === 'object' && voices ? { ...voices } : {}
	};
}
