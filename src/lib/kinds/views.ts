import type { Component } from 'svelte';
import type { KindName } from './registry';
import AttributionQuestion from './attribution/Question.svelte';
import AttributionFeedback from './attribution/Feedback.svelte';
import LoadedWordingQuestion from './loaded-wording/Question.svelte';
import LoadedWordingFeedback from './loaded-wording/Feedback.svelte';
import DisputedClaimQuestion from './disputed-claim/Question.svelte';
import DisputedClaimFeedback from './disputed-claim/Feedback.svelte';

/*
 * The views of each kind, apart from the registry of definitions so that the
 * server-side checks (and `quizzes:check`) never load a component.
 * Each view is typed for its own kind; the page hands it that kind's item.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = Component<any>;

export const views: Record<KindName, { Question: View; Feedback: View }> = {
	attribution: { Question: AttributionQuestion, Feedback: AttributionFeedback },
	'loaded-wording': { Question: LoadedWordingQuestion, Feedback: LoadedWordingFeedback },
	'disputed-claim': { Question: DisputedClaimQuestion, Feedback: DisputedClaimFeedback }
};
