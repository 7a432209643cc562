import { en, text } from './text';
import type { Grade } from '../kind';
import type { ExtraMark, LoadedWordingDetail, NotLoadedWord } from './types';

/*
 * What the feedback says of the whole answer and of each marked word that is
 * not loaded: apart from the view so that the words are unit-tested.
 */

/** When the key gives a word no reason of its own: a plain sentence that fits any unloaded word. */
export const plainReason = en.plainReason;

/** Why a costly extra mark is not loaded: the key's reason for that word, else the plain sentence. */
export function whyNotLoaded(extra: Pick<ExtraMark, 'notLoaded'>, notLoaded: readonly NotLoadedWord[]): string | null {
	return extra.notLoaded === null ? null : (notLoaded[extra.notLoaded]?.explanation ?? null);
}

export const costOf = (extra: Pick<ExtraMark, 'words'>) => text().cost(extra.words);

/**
 * The verdict beside the opening: right with full marks; partly right when
 * something scored or every phrase was found (finding them all and marking a
 * word too many is no failure); not right otherwise.
 */
export function overall(grade: Pick<Grade<Pick<LoadedWordingDetail, 'found'>>, 'score' | 'max' | 'detail'>) {
	if (grade.score === grade.max) return 'right';
	return grade.score > 0 || grade.detail.found.every(Boolean) ? 'partly' : 'wrong';
}
