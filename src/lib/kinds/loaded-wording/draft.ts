import type { KeyWriter, KindDrafter, LoadedFinding } from '../draft';
import { draftText } from './draft-text';

export type LoadedWordingDraft = { kind: 'loaded-wording' } & LoadedFinding;

/** How many of the best candidates a draft module folder asks about. */
const IN_FOLDER = 8;

/** Loaded-wording drafts across all reports, highest score first. */
export const loadedWordingDrafter: KindDrafter<LoadedWordingDraft> & KeyWriter<LoadedWordingDraft> = {
	kind: 'loaded-wording',
	propose: (findings) =>
		[...findings.loaded].sort((p, q) => q.score - p.score).map((finding) => ({ kind: 'loaded-wording', ...finding })),
	suggest: (drafts, ctx) => {
		const text = draftText();
		return drafts.slice(0, IN_FOLDER).flatMap((d) => {
			const passageSpan = ctx.passage(d.phrase);
			const passage = ctx.anchor(passageSpan);
			if (!passage) return [];
			// The target is quoted within the passage: its occurrence counts there, not in the whole document.
			const before = passageSpan.text.slice(0, d.phrase.start - passageSpan.start);
			const occurrence = before.split(d.phrase.text).length;
			const voice = d.whose === 'outlet' ? { voice: 'outlet' } : { voice: 'quoted', whose: d.whose };
			if (d.whose !== 'outlet' && !ctx.speakers.includes(d.whose)) return [];
			const key = {
				kind: 'loaded-wording' as const,
				id: ctx.id('loaded'),
				prompt: text.prompt,
				passage,
				targets: [
					{
						quote: d.phrase.text,
						...(occurrence > 1 ? { occurrence } : {}),
						connotes: d.connotes ?? text.connotes,
						neutral: d.neutral ?? text.neutral,
						...voice
					}
				],
				explanation: text.explanation(d.score)
			};
			const owner = d.whose === 'outlet' ? `outlet:${d.source}` : d.whose;
			return [{ key, about: d.phrase.text, quotes: [ctx.anchor(d.phrase) ?? passage], owners: [owner] }];
		});
	}
};
