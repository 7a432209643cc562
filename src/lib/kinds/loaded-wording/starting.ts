import { VOICES, type Voice } from './types';
import { VOICE_FIELD } from './phrases';

/*
 * What the question starts from: without JavaScript, the marks and voices that
 * "Next: whose words are they?" put in the page's address; else the saved
 * answer (a draft). Both are the learner's own and untrusted: only words of
 * the passage and the three voices are taken.
 */

/** The query field that says the address carries the learner's marks for step 2. */
export const STEP_FIELD = 'step';
export const STEP = 'whose';

export interface Starting {
	marks: Set<number>;
	voices: Record<string, Voice>;
}

const TOKEN = /^\d{1,6}$/;
const isVoice = (value: unknown): value is Voice => VOICES.includes(value as Voice);

export function startingAnswer(
	item: { tokens: ReadonlyArray<{ i: number; kind: string }> },
	params: URLSearchParams,
	answer: unknown
): Starting {
	const words = new Set(item.tokens.filter((t) => t.kind === 'word').map((t) => t.i));
	const inPassage = (value: unknown) => TOKEN.test(String(value)) && words.has(Number(value));
	if (params.get(STEP_FIELD) === STEP) {
		const voices: Record<string, Voice> = {};
		for (const [name, value] of params) {
			const at = name.slice(VOICE_FIELD.length);
			if (name.startsWith(VOICE_FIELD) && inPassage(at) && isVoice(value)) voices[at] = value;
		}
		return { marks: new Set(params.getAll('mark').filter(inPassage).map(Number)), voices };
	}
	const saved = (typeof answer === 'object' && answer !== null ? answer : {}) as { marks?: unknown; voices?: unknown };
	const marks = Array.isArray(saved.marks) ? saved.marks.filter(inPassage).map(Number) : [];
	const given = typeof saved.voices === 'object' && saved.voices !== null ? saved.voices : {};
	const voices = Object.fromEntries(
		Object.entries(given).filter(([at, voice]) => inPassage(at) && isVoice(voice))
	) as Record<string, Voice>;
	return { marks: new Set(marks), voices };
}
