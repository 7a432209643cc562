import type { Anchor, Span, Token } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/**
 * Whose voice a loaded phrase is in, as the learner is asked it: a speaker's
 * own word in quotation marks; the speaker's point in the reporter's words (a
 * paraphrase: the claim is the speaker's, the wording the reporter's); or the
 * outlet's own word, reporting nobody.
 */
export const VOICES = ['quoted', 'paraphrased', 'outlet'] as const;
export type Voice = (typeof VOICES)[number];

/**
 * A target's voice in the key: a quoted or paraphrased one names its speaker,
 * the outlet's own names none. A voice without its speaker, or an outlet's word
 * given a speaker, is a compile error.
 */
export type TargetVoice<S extends string> =
	{ voice: 'quoted'; whose: S } | { voice: 'paraphrased'; whose: S } | { voice: 'outlet'; whose?: never };

export type LoadedTargetKey<S extends string> = {
	/** Quoted from inside the passage. */
	quote: string;
	occurrence?: number;
	/** What the word suggests beyond its plain meaning. */
	connotes: string;
	/** A more neutral way to say it. */
	neutral: string;
} & TargetVoice<S>;

/**
 * A word a careful reader may fairly call loaded that the key does not count:
 * marking it costs nothing, and the feedback gives the reason. With these, every
 * defensibly loaded word of a passage is either a target or explained.
 */
export interface DefensibleKey {
	/** Quoted from inside the passage, outside every target. */
	quote: string;
	occurrence?: number;
	/** One line: why marking it is fair, and why it is not counted. */
	explanation: string;
}

/**
 * A word learners often take for loaded that is not: marking it still costs a
 * point, and the feedback gives this word's own reason instead of the general one.
 */
export interface NotLoadedKey {
	/** Quoted from inside the passage, outside every target and defensible word. */
	quote: string;
	occurrence?: number;
	/** One plain line: why the word is not loaded here. */
	explanation: string;
}

export interface LoadedWordingKey<S extends string, D extends string> extends ItemBase<'loaded-wording'> {
	/** The passage the learner marks words in. */
	passage: Anchor<D>;
	targets: [LoadedTargetKey<S>, ...LoadedTargetKey<S>[]];
	defensible?: DefensibleKey[];
	notLoaded?: NotLoadedKey[];
	explanation: string;
}

export interface LoadedTarget {
	span: Span;
	connotes: string;
	neutral: string;
	voice: Voice;
	/** The speaker's id; 'outlet' for the outlet's own word. */
	whose: string;
}

export interface DefensibleWord {
	span: Span;
	explanation: string;
}

/** A word that is not loaded, with the key's reason why (see NotLoadedKey). */
export type NotLoadedWord = DefensibleWord;

export interface LoadedWordingItem extends ItemBase<'loaded-wording'> {
	passage: Span;
	tokens: Token[];
	targets: LoadedTarget[];
	defensible: DefensibleWord[];
	notLoaded: NotLoadedWord[];
	explanation: string;
}

export interface LoadedWordingPublic extends ItemBase<'loaded-wording'> {
	passage: Span;
	tokens: Token[];
}

/**
 * hit: marked, in a target phrase; wrong: marked, in none, and it costs;
 * fair: marked, a defensible word, free; found: an unmarked word of a phrase
 * that was found; missed: a word of a phrase nobody marked.
 */
export type WordState = 'hit' | 'wrong' | 'fair' | 'found' | 'missed' | 'plain';

/** A marked word outside every target, or a run of them: what it cost, and why. */
export interface ExtraMark {
	/** The words as the text has them ("permanent", "bloody, senseless"). */
	text: string;
	/** The index of the defensible word it is (free, with its reason); null when it costs a point per word. */
	defensible: number | null;
	/** When it costs: the index of the key's not-loaded word it is (with that word's reason), else null. */
	notLoaded: number | null;
	/** Words marked: what it cost when not defensible. */
	words: number;
}

export interface LoadedWordingDetail {
	/** Per target, in key order: was any of its words marked? */
	found: boolean[];
	/**
	 * Per target: the voices the learner gave the phrases that cover it, each
	 * once, in reading order; null for a covering phrase given none. Empty when
	 * the target was not found.
	 */
	said: Array<Array<Voice | null>>;
	/** Per target: found, and every phrase that covers it names the key's voice. */
	voiceRight: boolean[];
	/** Marked words that are neither in a target nor defensible: one point each. */
	wrongMarks: number;
	extras: ExtraMark[];
	/** Keyed by token index, for every word of the passage. */
	words: Record<number, WordState>;
}

export interface LoadedWordingSolution {
	targets: LoadedTarget[];
	defensible: DefensibleWord[];
	notLoaded: NotLoadedWord[];
	explanation: string;
}
