import { attributionDrafter, type AttributionDraft } from './attribution/draft';
import { loadedWordingDrafter, type LoadedWordingDraft } from './loaded-wording/draft';

/** Every kind that drafts items, in the order the drafts are listed. */
export const drafters = [attributionDrafter, loadedWordingDrafter] as const;

export type DraftItem = AttributionDraft | LoadedWordingDraft;

export function proposeItems(findings: Parameters<(typeof drafters)[number]['propose']>[0]): DraftItem[] {
	return drafters.flatMap((drafter): DraftItem[] => drafter.propose(findings));
}
