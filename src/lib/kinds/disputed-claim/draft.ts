import type { DisputeFinding, KindDrafter } from '../draft';

export type DisputedClaimDraft = { kind: 'disputed-claim' } & DisputeFinding;

/** Disputed-claim drafts in the order their cues occur. */
export const disputedClaimDrafter: KindDrafter<DisputedClaimDraft> = {
	propose: (findings) => findings.disputes.map((finding) => ({ kind: 'disputed-claim', ...finding }))
};
