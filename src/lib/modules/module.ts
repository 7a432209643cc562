import type { ItemKey, Item } from '$lib/kinds/registry';
import type { SourceDocument, Speaker } from '$lib/quiz/types';

/** A module's answer key as its author writes it in `quizzes/<id>/key.ts`. */
export interface ModuleKey<S extends string, D extends string> {
	title: string;
	/** One or two sentences for the catalog. */
	summary: string;
	/** Roughly how long a learner needs. */
	minutes: number;
	/**
	 * Whether the module is in the public practice catalog, where anyone can answer it and read every
	 * explanation. Left out, it is not: only teachers' assignments show it. See README, “Practice and graded work”.
	 */
	practice?: boolean;
	/** Document ids: each is `documents/<id>.txt` in the module's folder, in reading order. */
	sources: readonly [D, ...D[]];
	speakers: Record<S, Speaker>;
	items: ItemKey<NoInfer<S>, NoInfer<D>>[];
}

/**
 * Types a module key so that an unknown speaker or source id, an unknown item
 * kind or a missing explanation is a compile error.
 */
export function defineModule<const S extends string, const D extends string>(key: ModuleKey<S, D>) {
	return key;
}

export type AnyModuleKey = ModuleKey<string, string>;

export interface Prose {
	intro: string;
	debrief: string;
	teacherNotes: string;
}

/** A module as the app uses it: documents tokenized, every quote resolved. Server-only. */
export interface QuizModule {
	id: string;
	/** An authored module's published version (server/catalog.ts); absent for a file module, which has none. */
	version?: number;
	title: string;
	summary: string;
	minutes: number;
	/** Whether the module is in the public practice catalog (false when its key does not say so). */
	practice: boolean;
	sources: SourceDocument[];
	speakers: Record<string, Speaker>;
	items: Item[];
	prose: Prose;
}
