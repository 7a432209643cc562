import type { Anchor, Span } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

export const modes = {
	'direct-quote': 'Direct quote',
	paraphrase: 'Paraphrase of a named source',
	'reporter-claim': 'The reporter’s own claim'
} as const;

export type Mode = keyof typeof modes;

/** As the author writes it in a module's key. */
export interface AttributionKey<S extends string, D extends string> extends ItemBase<'attribution'> {
	/** The statement the learner attributes. */
	statement: Anchor<D>;
	/** Who is speaking: a speaker id, or "reporter" when no source is named. */
	speaker: S | 'reporter';
	mode: Mode;
	/** The words that tell you (e.g. "he lamented"). */
	evidence: [Anchor<D>, ...Anchor<D>[]];
	explanation: string;
}

export interface AttributionItem extends ItemBase<'attribution'> {
	statement: Span;
	/** Speaker ids offered, "reporter" last. */
	speakers: string[];
	/** The answer. */
	speaker: string;
	mode: Mode;
	evidence: Span[];
	explanation: string;
}

export interface AttributionPublic extends ItemBase<'attribution'> {
	statement: Span;
	/** Speaker ids offered, "reporter" last. */
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
