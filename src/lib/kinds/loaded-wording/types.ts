import type { Anchor, Span, Token } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/** Whose word it is: a named speaker's (quoted or paraphrased by the outlet), or the outlet's own. */
export type Whose<S extends string> = S | 'outlet';

export interface LoadedTargetKey<S extends string> {
	/** Quoted from inside the passage. */
	quote: string;
	occurrence?: number;
	/** What the word suggests beyond its plain meaning. */
	connotes: string;
	/** A more neutral way to say it. */
	neutral: string;
	whose: Whose<S>;
}

export interface LoadedWordingKey<S extends string, D extends string> extends ItemBase<'loaded-wording'> {
	/** The passage the learner marks words in. */
	passage: Anchor<D>;
	targets: [LoadedTargetKey<S>, ...LoadedTargetKey<S>[]];
	explanation: string;
}

export interface LoadedTarget {
	span: Span;
	connotes: string;
	neutral: string;
	whose: string;
}

export interface LoadedWordingItem extends ItemBase<'loaded-wording'> {
	passage: Span;
	tokens: Token[];
	targets: LoadedTarget[];
	explanation: string;
}

export interface LoadedWordingPublic extends ItemBase<'loaded-wording'> {
	passage: Span;
	tokens: Token[];
}

/**
 * hit: marked, in a target phrase; wrong: marked, in none; found: an unmarked
 * word of a phrase that was found; missed: a word of a phrase nobody marked.
 */
export type WordState = 'hit' | 'wrong' | 'found' | 'missed' | 'plain';

export interface LoadedWordingDetail {
	/** Per target, in key order: was any of its words marked? */
	found: boolean[];
	wrongMarks: number;
	/** Keyed by token index, for every word of the passage. */
	words: Record<number, WordState>;
}

export interface LoadedWordingSolution {
	targets: LoadedTarget[];
	explanation: string;
}
