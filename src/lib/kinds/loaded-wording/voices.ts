import { inSentence } from '$lib/quiz/names';
import type { Speaker } from '$lib/quiz/types';
import type { Voice } from './types';

/*
 * The voices in words: the same words in the learner's choices, the feedback,
 * the key and the teacher's pages.
 */

/** What the learner chooses from, in plain words. */
export const voiceChoice: Record<Voice, string> = {
	quoted: 'Quoted: a speaker’s own words, in quotation marks',
	paraphrased: 'Reported: a speaker’s point, in the reporter’s words',
	outlet: 'The outlet’s own: the news outlet’s words, passing on nobody'
};

/** A voice in a few words, after "You said:" and in the CSV. */
export const voiceShort: Record<Voice, string> = {
	quoted: 'quoted',
	paraphrased: 'reported in the reporter’s words',
	outlet: 'the outlet’s own'
};

/**
 * A speaker's name, possessive, inside a sentence: "the White House’s", not "The White House’s"; a name
 * ending in s takes the apostrophe alone ("Critics’", as for "Liz Truss’" in news style).
 */
function possessive(name: string): string {
	const named = inSentence(name);
	return named.endsWith('s') ? `${named}’` : `${named}’s`;
}

/** The name of a target's speaker, from the module's speakers (the id itself for an unknown one). */
export const speakerOf = (speakers: Record<string, Speaker>, id: string) =>
	Object.hasOwn(speakers, id) ? speakers[id].name : id;

/** "Vladimir Putin’s word, quoted": whose word a target is, for "<q>…</q> is …", given its speaker's name. */
export function whoseWord(voice: Voice, speaker: string): string {
	switch (voice) {
		case 'quoted':
			return `${possessive(speaker)} word, quoted`;
		case 'paraphrased':
			return `${possessive(speaker)} point, in the reporter’s words`;
		case 'outlet':
			return 'the outlet’s own word';
	}
}
