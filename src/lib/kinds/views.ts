import type { Component } from 'svelte';
import type { KindName } from './registry';
import { learnerViews as attribution } from './attribution/learner-views';
import { learnerViews as loadedWording } from './loaded-wording/learner-views';
import { learnerViews as disputedClaim } from './disputed-claim/learner-views';
import { learnerViews as sourceComparison } from './source-comparison/learner-views';
import { learnerViews as provenance } from './provenance/learner-views';

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
export type View = Component<any>;

export type Part = 'Question' | 'Feedback' | 'Solution' | 'Distribution';

export type Loader = () => Promise<{ default: View }>;

/** The views a learner's page shows, and the teacher's. */
type LearnerPart = 'Question' | 'Feedback';
export type TeacherPart = Exclude<Part, LearnerPart>;
const isLearners = (part: Part): part is LearnerPart => part === 'Question' || part === 'Feedback';

/*
 * The learner's views' loaders are here (each kind's learner-views.ts), the teacher's in ./teacher-views.ts, which the
 * teacher's pages import and hand to Views.load. A learner's question page loads this module and asks for its Question
 * alone; the Feedback's loaders are here too, since the server renders a learner's feedback into the page (src/lib/server/feedback-html.ts)
 * with their styles, which SvelteKit links from every question page because this module names them (as it links the
 * teacher's views' styles from the pages that import ./teacher-views.ts). The teacher's views' loaders, each with the
 * list of chunks to fetch beside it, were 0.5 KB of a learner's question page's JavaScript (gzip; bench/RESULTS.md,
 * "Moves, third pass").
 */
const learners: Record<KindName, Record<LearnerPart, Loader>> = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
};

/** The views of the kinds a page shows, loaded once each. */
export class Views {
	private constructor(private readonly loaded: ReadonlyMap<string, View>) {}

	/** These views of these kinds; the teacher's views from `teachers` (./teacher-views.ts). */
	static async load(
		kinds: Iterable<KindName>,
		parts: readonly Part[],
		teachers?: Record<KindName, Record<TeacherPart, Loader>>
	): Promise<Views> {
		const wanted = [...new Set(kinds)].flatMap((kind) => parts.map((part) => [kind, part] as const));
		const loader = (kind: KindName, part: Part): Loader => {
			if (isLearners(part)) return learners[kind][part];
			if (!teachers) throw new Error(`the ${part} view is the teacher's: pass the loaders of teacher-views.ts`);
			return teachers[kind][part];
		};
		const modules = await Promise.all(wanted.map(([kind, part]) => loader(kind, part)()));
		return new Views(new Map(wanted.map(([kind, part], n) => [`${kind}/${part}`, modules[n].default])));
	}

	/** A kind's view; the page's load must have asked for it. */
	of(kind: KindName, part: Part): View {
		const view = this.loaded.get(`${kind}/${part}`);
		if (!view) throw new Error(`the ${part} view of ${kind} was not loaded for this page`);
		return view;
	}
}
