import type { Variant } from './kind';

/*
 * What every kind's feedback opening is held to (issue 8): one plain sentence
 * of at most 25 words. The kinds' unit tests check it for every item of every
 * module, answered right, wrong and partly right.
 */

export const variants: readonly Variant[] = ['right', 'wrong', 'partial'];

export const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

/** Sentence ends: a full stop, question or exclamation mark followed by a space or the end. */
export const sentenceCount = (text: string) => text.match(/[.?!](\s|$)/g)?.length ?? 0;
