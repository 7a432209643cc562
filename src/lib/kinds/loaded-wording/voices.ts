import { en, text } from './text';
import { inSentence } from '$lib/quiz/names';
import type { Speaker } from '$lib/quiz/types';
import type { Voice } from './types';

/*
 * The voices in words: the same words in the learner's choices, the feedback,
 * the key and the teacher's pages.
 */

/** A voice in a few words, in English (the kind's browser tests; pages and the CSV use text()). */
export const voiceShort: Record<Voice, string> = en.voiceShort;

/**
 * A speaker's name, possessive, inside a sentence: "the White House’s", not "The White House’s"; a name
 * ending in s takes the apostrophe alone ("Critics’", as for "Liz Truss’" in news style).
 */
function possessive(name: string): string {
	return text().possessive(inSentence(name));
}

/** The name of a target's speaker, from the module's speakers (the id itself for an unknown one). */
export const speakerOf = (speakers: Record<string, Speaker>, id: string) =>
	Object.hasOwn(speakers, id) ? speakers[id].name : id;

/** "Vladimir Putin’s word, quoted": whose word a target is, for "<q>…</q> is …", given its speaker's name. */
export function whoseWord(voice: Voice, speaker: string): string {
	switch (voice) {
		case 'quoted':
			return text().whoseQuoted(possessive(speaker));
		case 'paraphrased':
			return text().whoseParaphrased(possessive(speaker));
		case 'outlet':
			return text().whoseOutlet;
	}
}
