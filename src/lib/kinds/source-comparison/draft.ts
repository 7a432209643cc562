import type { CarriedFinding, KindDrafter } from '../draft';

export type SourceComparisonDraft = { kind: 'source-comparison' } & CarriedFinding;

/** Source-comparison drafts: claims several reports carry first, then those only one does. */
export const sourceComparisonDrafter: KindDrafter<SourceComparisonDraft> = {
	propose: (findings) =>
		[...findings.carried]
			.sort((p, q) => q.carriedBy.length - p.carriedBy.length)
			.map((finding) => ({ kind: 'source-comparison', ...finding }))
};
