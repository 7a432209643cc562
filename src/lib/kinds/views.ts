import type { Component } from 'svelte';
import type { KindName } from './registry';

/*
 * The views of each kind, apart from the registry of definitions so that the
 * server-side checks (and `quizzes:check`) never load a component.
 * Each view is typed for its own kind; the page hands it that kind's item.
 * Question and Feedback are the learner's; Solution (the key in words) and
 * Distribution (how a class answered) are the teacher's.
 *
 * Each kind's views are a chunk of their own, loaded by a page's universal
 * load for the kinds it shows: a learner's question page carries one kind,
 * not all of them (PRODUCT.md's 50 KB budget for that page).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = Component<any>;

export interface KindViews {
	Question: View;
	Feedback: View;
	Solution: View;
	Distribution: View;
}

const loaders: Record<KindName, () => Promise<{ views: KindViews }>> = {
	attribution: () => import('./attribution/views'),
	'loaded-wording': () => import('./loaded-wording/views'),
	'disputed-claim': () => import('./disputed-claim/views'),
	'source-comparison': () => import('./source-comparison/views'),
	provenance: () => import('./provenance/views')
};

/** The views of the kinds a page shows, loaded once each. */
export class Views {
	private constructor(private readonly loaded: ReadonlyMap<KindName, KindViews>) {}

	static async load(kinds: Iterable<KindName>): Promise<Views> {
		const wanted = [...new Set(kinds)];
		const modules = await Promise.all(wanted.map((kind) => loaders[kind]()));
		return new Views(new Map(wanted.map((kind, n) => [kind, modules[n].views])));
	}

	/** A kind's views; the page's load must have asked for that kind. */
	of(kind: KindName): KindViews {
		const views = this.loaded.get(kind);
		if (!views) throw new Error(`the views of ${kind} were not loaded for this page`);
		return views;
	}
}
