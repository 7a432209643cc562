import { attributionDrafter, type AttributionDraft } from './attribution/draft';

/** Every kind that drafts items, in the order the drafts are listed. */
export const drafters = [attributionDrafter] as const;

export type DraftItem = AttributionDraft;

export function proposeItems(findings: Parameters<(typeof drafters)[number]['propose']>[0]): DraftItem[] {
	return drafters.flatMap((drafter): DraftItem[] => drafter.propose(findings));
}
