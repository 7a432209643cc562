import type { Token } from '$lib/quiz/types';
import type { Voice } from './types';

/*
 * The learner's phrases: what they say "whose words" about. Shared by the
 * grader, the teacher's summaries and the Question view (in the browser), so
 * the learner is asked about exactly the phrases that are graded.
 */

/** A run of marked words. */
export interface Phrase {
	/** Token index of its first word: its voice is posted as `whose-<start>`. */
	start: number;
	/** Token indices of its words (punctuation between them is not marked). */
	words: number[];
	/** The words as the text has them, with the punctuation and spacing between ("bloody, senseless"). */
	text: string;
}

/** Punctuation that ends a sentence or a clause, and with it a phrase. */
const STOP = /[.!?;:…]/;

/**
 * Marked words next to each other, or with only commas, quotation marks and the
 * like between them, make one phrase; the end of a sentence or clause ends it.
 */
export function phrasesOf(tokens: readonly Token[], marked: ReadonlySet<number>): Phrase[] {
	const phrases: Phrase[] = [];
	let run: Token[] = [];
	let pending: Token[] = [];
	const close = () => {
		if (run.length) {
			phrases.push({
				start: run[0].i,
				words: run.filter((t) => t.kind === 'word').map((t) => t.i),
				text: run.map((t, n) => (n < run.length - 1 ? t.text + t.after : t.text)).join('')
			});
		}
		run = [];
		pending = [];
	};
	for (const token of tokens) {
		if (token.kind === 'word' && marked.has(token.i)) {
			run.push(...pending, token);
			pending = [];
		} else if (token.kind === 'punct' && run.length && !STOP.test(token.text)) {
			pending.push(token);
		} else {
			close();
		}
	}
	close();
	return phrases;
}

/**
 * The voice given to a phrase: the one posted at its first word, or else at
 * another of its words (a phrase that grew or merged keeps the voice given
 * before); null when none.
 */
export function voiceOf<V extends string = Voice>(phrase: Phrase, voices: Readonly<Record<string, V>>): V | null {
	for (const i of phrase.words) if (Object.hasOwn(voices, i)) return voices[i];
	return null;
}

/** Form fields of the voices: `whose-<token index>`. */
export const VOICE_FIELD = 'whose-';
