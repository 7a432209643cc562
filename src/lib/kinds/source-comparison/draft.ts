import type { CarriedFinding, DraftAnchor, KeyWriter, KindDrafter, Suggested } from '../draft';
import { draftText } from './draft-text';

export type SourceComparisonDraft = { kind: 'source-comparison' } & CarriedFinding;

/** A comparison item asks about this many statements at most. */
const PER_ITEM = 5;

/** Source-comparison drafts: claims several reports carry first, then those only one does. */
export const sourceComparisonDrafter: KindDrafter<SourceComparisonDraft> & KeyWriter<SourceComparisonDraft> = {
	kind: 'source-comparison',
	propose: (findings) =>
		[...findings.carried]
			.sort((p, q) => q.carriedBy.length - p.carriedBy.length)
			.map((finding) => ({ kind: 'source-comparison', ...finding })),
	suggest: (drafts, ctx) => {
		const text = draftText();
		const found = drafts.flatMap((d, n) => {
			const evidence = d.evidence.map((e) => ctx.anchor(e));
			if (evidence.some((a) => a === null)) return [];
			return [
				{
					draft: d,
					statement: {
						id: `statement-${n + 1}`,
						// The key asks for our own words: the drafter can only quote, so the teacher rewrites this.
						text: text.statement(d.statement),
						in: d.carriedBy,
						evidence: evidence as DraftAnchor[],
						explanation: text.statementExplanation(d.carriedBy)
					}
				}
			];
		});
		const items: Suggested[] = [];
		for (let at = 0; at + 2 <= found.length; at += PER_ITEM) {
			const group = found.slice(at, at + PER_ITEM);
			items.push({
				key: {
					kind: 'source-comparison',
					id: ctx.id('compare'),
					prompt: text.prompt,
					statements: group.map(({ statement }) => statement),
					explanation: text.explanation
				},
				about: group.map(({ draft }) => draft.statement).join(' · '),
				quotes: group.flatMap(({ statement }) => statement.evidence),
				owners: [...new Set(group.flatMap(({ draft }) => draft.carriedBy))].map((source) => `outlet:${source}`)
			});
		}
		return items;
	}
};
