import type { DisputeFinding, KeyWriter, KindDrafter } from '../draft';
import { draftText } from './draft-text';

export type DisputedClaimDraft = { kind: 'disputed-claim' } & DisputeFinding;

/** Disputed-claim drafts in the order their cues occur. */
export const disputedClaimDrafter: KindDrafter<DisputedClaimDraft> & KeyWriter<DisputedClaimDraft> = {
	kind: 'disputed-claim',
	propose: (findings) => findings.disputes.map((finding) => ({ kind: 'disputed-claim', ...finding })),
	suggest: (drafts, ctx) => {
		const text = draftText();
		return drafts.flatMap((d) => {
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
				prompt: text.prompt,
				claim: d.claim,
				choices: [...asserters, ...disputers, ...others],
				asserters,
				disputers,
				reportedIn: d.reportedIn,
				evidence,
				explanation: text.explanation
			};
			return [{ key, about: d.claim, quotes: evidence, owners: asserters }];
		});
	}
};
