import { attributionDrafter, type AttributionDraft } from './attribution/draft';
import { loadedWordingDrafter, type LoadedWordingDraft } from './loaded-wording/draft';
import { disputedClaimDrafter, type DisputedClaimDraft } from './disputed-claim/draft';
import { sourceComparisonDrafter, type SourceComparisonDraft } from './source-comparison/draft';
import type { DraftFindings, KeyContext, Suggested } from './draft';

/**
 * Every kind that drafts items (src/lib/server/draft), in the order the drafts
 * are listed. Provenance drafts nothing: signs of translation and copying are
 * not yet read from the text.
 */
export const drafters = [
	attributionDrafter,
	loadedWordingDrafter,
	disputedClaimDrafter,
	sourceComparisonDrafter
] as const;

export type DraftItem = AttributionDraft | LoadedWordingDraft | DisputedClaimDraft | SourceComparisonDraft;

export function proposeItems(findings: DraftFindings): DraftItem[] {
	return drafters.flatMap((drafter): DraftItem[] => drafter.propose(findings));
}

/** The drafts as items of a module's key, with what the editor shows beside each: each kind writes its own. */
export function suggestItems(items: DraftItem[], ctx: KeyContext): Suggested[] {
	return drafters.flatMap((drafter) => {
		const own = items.filter((item) => item.kind === drafter.kind);
		return (drafter.suggest as (drafts: DraftItem[], ctx: KeyContext) => Suggested[])(own, ctx);
	});
}

/** The drafts as items of a module's key. */
export const keyItems = (items: DraftItem[], ctx: KeyContext): object[] => suggestItems(items, ctx).map((s) => s.key);
