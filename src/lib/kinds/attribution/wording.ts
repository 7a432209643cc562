import { inSentence, speakerName } from '$lib/quiz/names';
import { REPORTER, UNNAMED, type Speaker } from '$lib/quiz/types';
import { answerer, type Answerer } from '../answerer';
import { en, text } from './text';
import type { AttributionDetail, AttributionSolution, Mode } from './types';

/*
 * What the learner reads about the choices: a line under each, in words a
 * 14-year-old knows, and the one sentence that opens the feedback.
 */

/** Under each mode in the question (English; the page shows text().modeHints in its language). */
export const modeHints: Record<Mode, string> = en.modeHints;

/** A speaker as part of a sentence. */
function who(speakers: Record<string, Speaker>, id: string): string {
	if (id === REPORTER) return text().theReporter;
	if (id === UNNAMED) return text().someoneUnnamed;
	return inSentence(speakerName(speakers, id));
}

/** The one thing to notice about the source. */
function sourceCue(id: string): string {
	const t = text();
	if (id === REPORTER) return t.modeCue['reporter-claim'];
	if (id === UNNAMED) return t.modeCue['vague-source'];
	return t.namedCue;
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
	const t = text();
	const how = t.modePhrase[solution.mode];
	const cue = t.modeCue[solution.mode];
	if (detail.speaker.correct && detail.mode.correct) return t.bothRight(cue);
	if (detail.speaker.correct) return t.sourceRight(by, source, how, cue);
	if (detail.mode.correct) return t.modeRight(by, source, how, sourceCue(solution.speaker));
	return t.neitherRight(source, how, cue);
}
