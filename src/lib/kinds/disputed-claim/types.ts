import type { Anchor, Outlet, Span } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/** Who may assert or dispute a claim: a speaker of the module, or a report's own voice (`outlet:<source id>`). */
export type Party<S extends string, D extends string> = S | Outlet<D>;

export interface DisputedClaimKey<S extends string, D extends string> extends ItemBase<'disputed-claim'> {
	/** The claim, in neutral words. */
	claim: string;
	/** Parties offered to the learner for both questions. */
	choices: [Party<S, D>, ...Party<S, D>[]];
	asserters: [Party<S, D>, ...Party<S, D>[]];
	/** May be empty when neither report names anyone who contests the claim. */
	disputers: Party<S, D>[];
	/**
	 * The reports that tell the reader the claim is disputed: they say it is contested,
	 * or they give the other side's statement next to it.
	 */
	reportedIn: D[];
	/** The words in each report that show who asserts and who disputes. */
	evidence: [Anchor<D>, ...Anchor<D>[]];
	explanation: string;
}

export interface DisputedClaimItem extends ItemBase<'disputed-claim'> {
	claim: string;
	choices: string[];
	sources: string[];
	asserters: string[];
	disputers: string[];
	reportedIn: string[];
	evidence: Span[];
	explanation: string;
}

export interface DisputedClaimPublic extends ItemBase<'disputed-claim'> {
	claim: string;
	choices: string[];
	sources: string[];
}

export const parts = ['asserters', 'disputers', 'reportedIn'] as const;
export type Part = (typeof parts)[number];

/** One box of a part: a choice offered, or a stray id a stored answer holds. */
export interface ChoiceResult {
	id: string;
	/** Whether the learner ticked it. */
	chosen: boolean;
	/** Whether the key has it. */
	key: boolean;
	/** 0 for a right decision; -1 for a wrong one: ticked but not in the key, or in the key but left unticked. */
	points: 0 | -1;
}

export interface PartResult {
	given: string[];
	/** The choices offered, in their order, then any other id the answer holds. */
	choices: ChoiceResult[];
	score: number;
	max: number;
	/** Full marks on the part: every box right. */
	correct: boolean;
}

export type DisputedClaimDetail = Record<Part, PartResult>;

export interface DisputedClaimSolution {
	asserters: string[];
	disputers: string[];
	reportedIn: string[];
	evidence: Span[];
	explanation: string;
}
