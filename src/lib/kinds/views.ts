import type { Component } from 'svelte';
import type { KindName } from './registry';
import AttributionQuestion from './attribution/Question.svelte';
import AttributionFeedback from './attribution/Feedback.svelte';
import AttributionSolution from './attribution/Solution.svelte';
import LoadedWordingQuestion from './loaded-wording/Question.svelte';
import LoadedWordingFeedback from './loaded-wording/Feedback.svelte';
import LoadedWordingSolution from './loaded-wording/Solution.svelte';
import DisputedClaimQuestion from './disputed-claim/Question.svelte';
import DisputedClaimFeedback from './disputed-claim/Feedback.svelte';
import DisputedClaimSolution from './disputed-claim/Solution.svelte';

/*
 * The views of each kind, apart from the registry of definitions so that the
 * server-side checks (and `quizzes:check`) never load a component.
 * Each view is typed for its own kind; the page hands it that kind's item.
 * Solution is the answer key in words, for teacher pages.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type View = Component<any>;

export const views: Record<KindName, { Question: View; Feedback: View; Solution: View }> = {
	attribution: { Question: AttributionQuestion, Feedback: AttributionFeedback, Solution: AttributionSolution },
	'loaded-wording': {
		Question: LoadedWordingQuestion,
		Feedback: LoadedWordingFeedback,
		Solution: LoadedWordingSolution
	},
	'disputed-claim': {
		Question: DisputedClaimQuestion,
		Feedback: DisputedClaimFeedback,
		Solution: DisputedClaimSolution
	}
};
