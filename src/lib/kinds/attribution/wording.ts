import { inSentence, speakerName } from '$lib/quiz/names';
import { REPORTER, UNNAMED, type Speaker } from '$lib/quiz/types';
import { answerer, type Answerer } from '../answerer';
import type { AttributionDetail, AttributionSolution, Mode } from './types';

/*
 * What the learner reads about the choices: a line under each, in words a
 * 14-year-old knows, and the one sentence that opens the feedback.
 */

/** Under each mode in the question: what it looks like on the page. */
export const modeHints: Record<Mode, string> = {
	'direct-quote': 'The speaker’s own words, all inside quotation marks.',
	'partial-quote': 'The reporter’s sentence, with a few of the speaker’s own words in quotation marks.',
	paraphrase: 'A named person’s point, told in the reporter’s own words.',
	'vague-source': 'Someone said or thinks it, but the report does not say who: “critics”, “the West”, “one”.',
	'reporter-claim': 'The report says it itself, and gives no one as its source.'
};

/** Under "the reporter" and "an unnamed or vague source", as a module's speakers have their description. */
export const builtInDescriptions: Record<string, string> = {
	[REPORTER]: 'The report says it in its own voice.',
	[UNNAMED]: 'A group or a person the report does not name.'
};

/** A mode as part of a sentence: "it is a paraphrase". */
const modePhrase: Record<Mode, string> = {
	'direct-quote': 'a direct quote',
	'partial-quote': 'a partial quote',
	paraphrase: 'a paraphrase',
	'vague-source': 'a vague attribution',
	'reporter-claim': 'the reporter’s own claim'
};

/** The one thing to notice about each mode: the sign on the page that decides it. */
const modeCue: Record<Mode, string> = {
	'direct-quote': 'the speaker’s words stand in quotation marks',
	'partial-quote': 'only some words are in quotation marks',
	paraphrase: 'a source is named but not quoted',
	'vague-source': 'the report never says exactly who',
	'reporter-claim': 'nobody is named as the source'
};

/** A speaker as part of a sentence. */
function who(speakers: Record<string, Speaker>, id: string): string {
	if (id === REPORTER) return 'the reporter';
	if (id === UNNAMED) return 'someone unnamed';
	return inSentence(speakerName(speakers, id));
}

/** The one thing to notice about the source. */
function sourceCue(id: string): string {
	if (id === REPORTER) return modeCue['reporter-claim'];
	if (id === UNNAMED) return modeCue['vague-source'];
	return 'the evidence below shows where the report names them';
}

/**
 * The feedback's first sentence, at most 25 words: what was right, and the one
 * sign to notice. "You found the source, Vladimir Putin, but it is a partial
 * quote: notice that only some words are in quotation marks."
 */
export function leadSentence(
	detail: AttributionDetail,
	solution: Pick<AttributionSolution, 'speaker' | 'mode'>,
	speakers: Record<string, Speaker>,
	by: Answerer = answerer()
): string {
	const source = who(speakers, solution.speaker);
	const how = modePhrase[solution.mode];
	const cue = modeCue[solution.mode];
	if (detail.speaker.correct && detail.mode.correct) return `Both parts are right; the sign to notice is that ${cue}.`;
	if (detail.speaker.correct) return `${by.They} found the source, ${source}, but it is ${how}: notice that ${cue}.`;
	if (detail.mode.correct) {
		return `${by.They} saw that it is ${how}, but the source is ${source}: ${sourceCue(solution.speaker)}.`;
	}
	return `The source is ${source}, and it is ${how}: notice that ${cue}.`;
}
