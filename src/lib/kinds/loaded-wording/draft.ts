import type { KindDrafter, LoadedFinding } from '../draft';

export type LoadedWordingDraft = { kind: 'loaded-wording' } & LoadedFinding;

/** Loaded-wording drafts across all reports, highest score first. */
export const loadedWordingDrafter: KindDrafter<LoadedWordingDraft> = {
	propose: (findings) =>
		[...findings.loaded].sort((p, q) => q.score - p.score).map((finding) => ({ kind: 'loaded-wording', ...finding }))
};
