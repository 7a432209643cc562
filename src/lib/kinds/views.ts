import type { Component } from 'svelte';
import type { KindName } from './registry';
import AttributionQuestion from './attribution/Question.svelte';
import AttributionFeedback from './attribution/Feedback.svelte';
import LoadedWordingQuestion from './loaded-wording/Question.svelte';
import LoadedWordingFeedback from './loaded-wording/Feedback.svelte';
import DisputedClaimQuestion from './disputed-claim/Question.svelte';
import DisputedClaimFeedback from './disputed-claim/Feedback.svelte';
import SourceComparisonQuestion from './source-comparison/Question.svelte';
import SourceComparisonFeedback from './source-comparison/Feedback.svelte';
import ProvenanceQuestion from './provenance/Question.svelte';
import ProvenanceFeedback from './provenance/Feedback.svelte';

/*
 * The views that learners' pages show, apart from the registry of definitions
 * so that the server-side checks (and `quizzes:check`) never load a component.
 * Each view is typed for its own kind; the page hands it that kind's item.
 * Question and Feedback are the learner's (a teacher reads a learner's
 * feedback too). They are imported one by one, not through each kind's
 * views.ts: that file holds the teacher's views too (teacher-views.ts), and a
 * learner's page has no room for them in its script budget (PRODUCT.md).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type View = Component<any>;

export const views: Record<KindName, { Question: View; Feedback: View }> = {
	attribution: { Question: AttributionQuestion, Feedback: AttributionFeedback },
	'loaded-wording': { Question: LoadedWordingQuestion, Feedback: LoadedWordingFeedback },
	'disputed-claim': { Question: DisputedClaimQuestion, Feedback: DisputedClaimFeedback },
	'source-comparison': { Question: SourceComparisonQuestion, Feedback: SourceComparisonFeedback },
	provenance: { Question: ProvenanceQuestion, Feedback: ProvenanceFeedback }
};
