import type { AttributionFinding, KindDrafter } from '../draft';

export type AttributionDraft = { kind: 'attribution' } & AttributionFinding;

/** Attribution drafts in document order, as found. */
export const attributionDrafter: KindDrafter<AttributionDraft> = {
	propose: (findings) => findings.attributions.map((finding) => ({ kind: 'attribution', ...finding }))
};
