import type { Anchor, Span } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

export interface DisputedClaimKey<S extends string, D extends string> extends ItemBase<'disputed-claim'> {
	/** The claim, in neutral words. */
	claim: string;
	/** Speakers offered to the learner for both questions. */
	choices: [S, ...S[]];
	asserters: [S, ...S[]];
	/** May be empty when neither report names anyone who contests the claim. */
	disputers: S[];
	/** The reports that tell the reader the claim is contested. */
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

export interface PartResult {
	given: string[];
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
