import type { DisputeFinding, KeyWriter, KindDrafter } from '../draft';

export type DisputedClaimDraft = { kind: 'disputed-claim' } & DisputeFinding;

/** Disputed-claim drafts in the order their cues occur. */
export const disputedClaimDrafter: KindDrafter<DisputedClaimDraft> & KeyWriter<DisputedClaimDraft> = {
	kind: 'disputed-claim',
	propose: (findings) => findings.disputes.map((finding) => ({ kind: 'disputed-claim', ...finding })),
	suggest: (drafts, ctx) =>
		drafts.flatMap((d) => {
			const party = (id: string) => (id === 'outlet' ? `outlet:${d.reportedIn[0]}` : id);
			const known = (id: string) => id === 'outlet' || ctx.speakers.includes(id);
			const asserters = d.asserters.filter(known).map(party);
			const disputers = d.disputers.filter(known).map(party);
			const evidence = d.evidence.map((e) => ctx.anchor(e)).filter((a) => a !== null);
			if (!asserters.length || !evidence.length) return [];
			const others = ctx.speakers.filter((s) => !asserters.includes(s) && !disputers.includes(s)).slice(0, 2);
			const key = {
				kind: 'disputed-claim' as const,
				id: ctx.id('dispute'),
				prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
				claim: d.claim,
				choices: [...asserters, ...disputers, ...others],
				asserters,
				disputers,
				reportedIn: d.reportedIn,
				evidence,
				explanation: 'Drafted: put the claim in neutral words, check who asserts and who disputes it, then write why.'
			};
			return [{ key, about: d.claim, quotes: evidence, owners: asserters }];
		})
};
