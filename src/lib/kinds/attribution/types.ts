import type { Anchor, REPORTER, Span, UNNAMED } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/**
 * How a report gives a statement to its source, from the strongest sourcing to
 * the weakest. The first, third and last are the kind's original three: stored
 * answers name them, so their ids and labels stay.
 */
export const modes = {
	'direct-quote': 'Direct quote',
	'partial-quote': 'Partial quote',
	paraphrase: 'Paraphrase of a named source',
	'vague-source': 'Given to an unnamed or vague source',
	'reporter-claim': 'The reporter’s own claim'
} as const;

export type Mode = keyof typeof modes;

/** The speakers every item offers besides its own choices, in the order they are listed. */
export type OfferedAlways = typeof REPORTER | typeof UNNAMED;

/** As the author writes it in a module's key. */
export interface AttributionKey<S extends string, D extends string> extends ItemBase<'attribution'> {
	/** The statement the learner attributes. */
	statement: Anchor<D>;
	/**
	 * The module's speakers offered for this statement: one to three that a reader
	 * could take for its source. "The reporter" and "an unnamed or vague source"
	 * are offered on every item besides these.
	 */
	choices: [S] | [S, S] | [S, S, S];
	/** Who is speaking: one of the choices, "reporter" when the report speaks for itself, "unnamed" for a vague source. */
	speaker: S | OfferedAlways;
	mode: Mode;
	/** The words that tell you (e.g. "he lamented"). */
	evidence: [Anchor<D>, ...Anchor<D>[]];
	explanation: string;
}

export interface AttributionItem extends ItemBase<'attribution'> {
	statement: Span;
	/** Speaker ids offered: the item's choices in the module's order, then "reporter" and "unnamed". */
	speakers: string[];
	/** The answer. */
	speaker: string;
	mode: Mode;
	evidence: Span[];
	explanation: string;
}

export interface AttributionPublic extends ItemBase<'attribution'> {
	statement: Span;
	/** Speaker ids offered: the item's choices in the module's order, then "reporter" and "unnamed". */
	speakers: string[];
}

export interface AttributionDetail {
	speaker: { given: string | null; correct: boolean };
	mode: { given: Mode | null; correct: boolean };
}

export interface AttributionSolution {
	speaker: string;
	mode: Mode;
	evidence: Span[];
	explanation: string;
}
