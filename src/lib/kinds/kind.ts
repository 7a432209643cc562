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

import type { Names } from '$lib/quiz/names';

export type { Names };

/** One learner's stored answer to an item, with what it scored. */
export interface ScoredAnswer {
	answer: unknown;
	score: number;
	max: number;
}

/**
 * The responses a kind makes up for tests, the fuzzer and the benchmark seeders.
 * right: full marks. wrong: nothing. partial: some of it right and some wrong, so
 * it scores below max (and above 0 where the item's max allows it).
 */
export type Variant = 'right' | 'wrong' | 'partial';

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
	Solution,
	Distribution = unknown
> {
	skill: Skill;
	/**
	 * The key as data (an authored module's, or an archive's), checked at run time before `resolve` sees
	 * it: its shape only, with the compile step's messages where they overlap. Its output type is `Key`
	 * (src/lib/kinds/key-schema.spec.ts), so that the schema and the TypeScript key cannot drift apart.
	 */
	keySchema: v.GenericSchema<unknown, Key>;
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
	/**
	 * Grades a stored answer, whatever its shape: pure and deterministic; any input scores within [0, max].
	 * One of another shape (stored under an older rule, or forged) is not valid and scores 0.
	 */
	grade(item: Resolved, response: unknown): Grade<Detail>;
	/**
	 * Grades a response that the schema and `fits` have just checked, as `grade` grades it, without
	 * parsing it again: saving an answer parses it once and grades it once (src/lib/kinds/check.ts).
	 */
	gradeChecked(item: Resolved, response: v.InferOutput<Schema>): Grade<Detail>;
	/** What the learner is shown once the item is answered. */
	solution(item: Resolved): Solution;
	/** Text to highlight in the documents: the question's own before answering, the evidence after. */
	highlights(item: Resolved, answered: boolean): Highlight[];

	// ---- for teachers (Moodle's summarise_response and classify_response)

	/** The most an item can score; what `grade` reports as max for any response. */
	maxScore(item: Resolved): number;
	/** A response in one line of words, for the CSV and teacher pages; '' for a stored value of another shape. */
	summarise(item: Resolved, answer: unknown, names: Names): string;
	/**
	 * How a class answered: the data the kind's Distribution view draws (tallies,
	 * a heatmap…). Answers of another shape are skipped, never thrown on.
	 */
	classify(item: Resolved, answers: readonly ScoredAnswer[], names: Names): Distribution;
	/**
	 * `classify`'s data with nothing of the key left in it: which choices are right, the phrases to find,
	 * how many got it right. The discussion view projects this before the teacher reveals the answer, and
	 * the Distribution view, given `keyed={false}`, draws it without the parts about the key.
	 */
	unkeyed(data: Distribution): Distribution;
	/**
	 * What the question is about in one short line, for the teacher's tables: its statement, claim or
	 * passage (clipped with `oneLine`, ./label.ts), so that questions with the same prompt tell apart.
	 * Only text learners see before answering.
	 */
	about(item: Resolved): string;

	// ---- for tests, the fuzzer and the benchmark seeders

	/** A response of the variant, or any valid one ('random', from `random` in [0, 1)). */
	sample(item: Resolved, variant: Variant | 'random', random: () => number): v.InferOutput<Schema>;
	/** The form fields a browser posts for a response: every pair names an input and its value. */
	toForm(response: v.InferOutput<Schema>): Array<[string, string]>;

	// ---- for the editor (issue #11)

	/** How a teacher writes this kind's key in a form (./authoring.ts); its Editor view draws the form. */
	authoring: Authoring<Key>;
}

/** An item's editor fields as a form posts them: field name → value (lists as `evidence.0.quote`, …). */
export type FormValues = Record<string, string>;

/** A key read from a posted editor form, or what is wrong with the form (a 400: the page shows it beside the form). */
export type Authored<Key> = { ok: true; key: Key } | { ok: false; problems: string[] };

/**
 * A kind's part of the editor, pure so that the server and its specs use it alike. The key it reads is
 * checked by the kind's keySchema (its shape); the compile step (resolve) judges the rest, as for a key.ts.
 */
export interface Authoring<Key extends ItemBase> {
	/** The kind's name for teachers, in the page's language ("Loaded wording: words that judge"): its own words. */
	title(): string;
	/** A new item with this id, its fields empty for the teacher to fill in: a draft, not a finished key. */
	blank(id: string): Key;
	/** The editor's fields for a key. */
	toForm(key: Key): FormValues;
	/** The key the form's fields make, for the item with this id. */
	fromForm(form: FormData, id: string): Authored<Key>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = KindDefinition<any, any, any, any, any, any, any>;
