import type * as v from 'valibot';
import type { Anchor, Highlight, Skill, Span, Speaker, Token } from '$lib/quiz/types';

/** What every graded item reports: H5P's score, max score, and the parts behind them. */
export interface Grade<Detail> {
	score: number;
	max: number;
	/** False when the response did not have the kind's shape; it then scores 0. */
	valid: boolean;
	detail: Detail;
}

/** Handed to a kind while it resolves its key, so that every problem is reported with the item. */
export interface ResolveContext {
	speakers: Record<string, Speaker>;
	sources: readonly string[];
	/** Resolves an anchor to a span, or records a problem and returns null. */
	span(anchor: Anchor, label: string): Span | null;
	/** Resolves a quote that must lie inside `within`. */
	spanWithin(within: Span, quote: string, occurrence: number | undefined, label: string): Span | null;
	problem(message: string): void;
	/** The tokens a span covers. */
	tokens(span: Span): Token[];
}

export interface ItemBase<K extends string = string> {
	kind: K;
	id: string;
	prompt: string;
}

/**
 * One kind of item. Definition (resolve), what the learner may see before
 * answering (publicView), grading and the solution are separate steps, as
 * Moodle's question types keep them.
 */
export interface KindDefinition<
	Key extends ItemBase,
	Resolved extends ItemBase,
	Public extends ItemBase,
	Schema extends v.GenericSchema,
	Detail,
	Solution
> {
	skill: Skill;
	/** Turns the author's key into spans over tokens. Returns null when it has problems. */
	resolve(key: Key, ctx: ResolveContext): Resolved | null;
	/** Everything the learner sees before answering; never the answer. */
	publicView(item: Resolved): Public;
	/** The shape of a response. */
	response: Schema;
	/** Collects a response from posted form fields, for the schema to check. */
	fromForm(form: FormData): unknown;
	/** Checks a well-shaped response against the item (options offered, tokens in the passage). */
	fits(item: Public, response: v.InferOutput<Schema>): string | null;
	/** Pure and deterministic; any input scores within [0, max]. */
	grade(item: Resolved, response: unknown): Grade<Detail>;
	/** What the learner is shown once the item is answered. */
	solution(item: Resolved): Solution;
	/** Text to highlight in the documents: the question's own before answering, the evidence after. */
	highlights(item: Resolved, answered: boolean): Highlight[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = KindDefinition<any, any, any, any, any, any>;
