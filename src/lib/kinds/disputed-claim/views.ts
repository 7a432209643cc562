import Question from './Question.svelte';
import Feedback from './Feedback.svelte';
import Solution from './Solution.svelte';
import Distribution from './Distribution.svelte';

/** The kind's views: kept apart from its definition so that server-side checks never load a component. */
export const views = { Question, Feedback, Solution, Distribution };
