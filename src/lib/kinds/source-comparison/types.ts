import type { Anchor, Span } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/** One statement as the author writes it: which reports carry it, and the words in each that show it. */
export interface ComparisonStatementKey<D extends string> {
	/** Unique within the item: 1–40 lower-case letters, digits or hyphens. It names the statement's form field. */
	id: string;
	/** A neutral paraphrase in our own words, never a quote, so that its wording points to no report. */
	text: string;
	/** The reports that tell the reader this: one, several, all, or none (empty). */
	in: D[];
	/** At least one anchor in every report of `in`, and none in another report. */
	evidence: Anchor<D>[];
	/** Why this is the answer, for this statement. */
	explanation: string;
}

/** Speakers play no part here; S is taken so that every kind's key has the same type parameters. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface SourceComparisonKey<S extends string, D extends string> extends ItemBase<'source-comparison'> {
	/** 2–5 statements: one point each. */
	statements: [ComparisonStatementKey<D>, ...ComparisonStatementKey<D>[]];
	/** What the statements show together. */
	explanation: string;
}

export interface ComparisonStatement {
	id: string;
	text: string;
	/** The report ids, in the module's reading order. */
	in: string[];
	evidence: Span[];
	explanation: string;
}

export interface SourceComparisonItem extends ItemBase<'source-comparison'> {
	/** The module's document ids in reading order: they make the answer options. */
	sources: string[];
	statements: ComparisonStatement[];
	explanation: string;
}

export interface SourceComparisonPublic extends ItemBase<'source-comparison'> {
	sources: string[];
	/** Only what a learner must read: never `in`, evidence or explanations. */
	statements: Array<{ id: string; text: string }>;
}

export interface StatementResult {
	id: string;
	/** The option chosen, or null when the statement was not answered. */
	given: string | null;
	correct: boolean;
}

export type SourceComparisonDetail = StatementResult[];

export interface SourceComparisonSolution {
	statements: Array<ComparisonStatement & { answer: string }>;
	/** Every statement's evidence, for the pages that list an item's evidence generically. */
	evidence: Span[];
	explanation: string;
}

export interface Tally {
	id: string;
	label: string;
	count: number;
	key: boolean;
}

/** How a class answered: per statement, a tally of the options and how many chose the key's. */
export interface SourceComparisonDistribution {
	statements: Array<{ id: string; text: string; rows: Tally[]; right: number }>;
}
