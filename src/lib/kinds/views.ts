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
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = Component<any>;

export const views: Record<KindName, { Question: View; Feedback: View; Solution: View; Distribution: View }> = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
};
