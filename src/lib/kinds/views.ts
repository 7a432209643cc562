import type { Component } from 'svelte';
import type { KindName } from './registry';
import { views as attribution } from './attribution/views';
import { views as loadedWording } from './loaded-wording/views';
import { views as disputedClaim } from './disputed-claim/views';
import { views as sourceComparison } from './source-comparison/views';
import { views as provenance } from './provenance/views';

/*
 * The views of each kind, apart from the registry of definitions so that the
 * server-side checks (and `quizzes:check`) never load a component.
 * Each view is typed for its own kind; the page hands it that kind's item.
 * Question and Feedback are the learner's; Solution (the key in words) and
 * Distribution (how a class answered) are the teacher's.
 *
 * Each view of each kind is a chunk of its own, loaded by a page's universal
 * load for the kinds and views it shows: a learner's question page carries one
 * kind's question (and its feedback once answered), never the teacher's views
 * (PRODUCT.md's 50 KB budget for that page).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = Component<any>;

export type Part = 'Question' | 'Feedback' | 'Solution' | 'Distribution';

type Loader = () => Promise<{ default: View }>;

/** Besides the parts a page loads with Views, each kind has an Editor: the teacher's form for its key. */
const lazy: Record<KindName, Record<Part | 'Editor', Loader>> = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
};

/** The views of the kinds a page shows, loaded once each. */
export class Views {
	private constructor(private readonly loaded: ReadonlyMap<string, View>) {}

	/** These views of these kinds. */
	static async load(kinds: Iterable<KindName>, parts: readonly Part[]): Promise<Views> {
		const wanted = [...new Set(kinds)].flatMap((kind) => parts.map((part) => [kind, part] as const));
		const modules = await Promise.all(wanted.map(([kind, part]) => lazy[kind][part]()));
		return new Views(new Map(wanted.map(([kind, part], n) => [`${kind}/${part}`, modules[n].default])));
	}

	/** A kind's view; the page's load must have asked for it. */
	of(kind: KindName, part: Part): View {
		const view = this.loaded.get(`${kind}/${part}`);
		if (!view) throw new Error(`the ${part} view of ${kind} was not loaded for this page`);
		return view;
	}
}

/** The kind's Editor view: the teacher's form for an item's key. */
export async function loadEditor(kind: KindName): Promise<View> {
	return (await lazy[kind].Editor()).default;
}
