import type { Voice } from './types';
import { whoseWord } from './voices';

/*
 * A loaded-wording item's key as the browser tests read it (tests/.generated/modules.json,
 * from `quizzes:check --json`): spans become token lists there.
 */

export interface JsonSpan {
	tokens: number[];
	text: string;
}

export interface JsonKey {
	targets: Array<{ span: JsonSpan; connotes: string; neutral: string; voice: Voice; whose: string }>;
	defensible: Array<{ span: JsonSpan; explanation: string }>;
	notLoaded: Array<{ span: JsonSpan; explanation: string }>;
}

/** Whose word a target is, as the feedback and the key say it. */
export const whoseOf = (target: JsonKey['targets'][number], speakers: Record<string, { name: string }>) =>
	whoseWord(target.voice, speakers[target.whose]?.name ?? target.whose);
