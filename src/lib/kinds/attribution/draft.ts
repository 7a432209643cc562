import type { AttributionFinding, KeyWriter, KindDrafter } from '../draft';
import { draftText } from './draft-text';

export type AttributionDraft = { kind: 'attribution' } & AttributionFinding;

/** Attribution drafts in document order, as found. */
export const attributionDrafter: KindDrafter<AttributionDraft> & KeyWriter<AttributionDraft> = {
	kind: 'attribution',
	propose: (findings) => findings.attributions.map((finding) => ({ kind: 'attribution', ...finding })),
	suggest: (drafts, ctx) => {
		const text = draftText();
		return drafts.flatMap((d) => {
			const statement = ctx.anchor(d.statement);
			const evidence = ctx.anchor(d.cue ?? d.statement);
			const own = ctx.speakers.includes(d.speaker);
			const choices = own ? [d.speaker] : ctx.speakers.slice(0, 1);
			if (!statement || !evidence || !choices.length || (!own && d.speaker !== 'reporter' && d.speaker !== 'unnamed')) {
				return [];
			}
			const mode = d.mode === 'unnamed-source' ? 'vague-source' : d.mode;
			const key = {
				kind: 'attribution' as const,
				id: ctx.id(d.speaker),
				prompt: text.prompt,
				statement,
				choices,
				speaker: d.speaker,
				mode,
				evidence: [evidence],
				explanation: text.explanation(d.confidence, d.cue?.text ?? null)
			};
			const quotes = evidence.quote === statement.quote ? [statement] : [statement, evidence];
			return [{ key, about: d.statement.text, quotes, owners: [d.speaker] }];
		});
	}
};
