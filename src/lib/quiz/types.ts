import { m } from '$lib/paraglide/messages';
/**
 * Domain types of a quiz module: documents broken into tokens, spans over
 * those tokens, speakers, skills. Kind-specific types live in each kind's folder.
 */

export type TokenKind = 'word' | 'punct';

export interface Token {
	/** Index within its document: the stable id marks and answers refer to. */
	i: number;
	text: string;
	kind: TokenKind;
	/** White space that follows the token in the original text. */
	after: string;
}

export interface Sentence {
	index: number;
	tokens: Token[];
}

export interface Paragraph {
	index: number;
	/** Headlines and sub-headings: short lines without closing punctuation. */
	heading: boolean;
	sentences: Sentence[];
}

/** A contiguous run of tokens in one document: `start` inclusive, `end` exclusive. */
export interface Span {
	source: string;
	start: number;
	end: number;
	/** The document's text that the span covers, verbatim. */
	text: string;
}

/** How an author points at text: by quoting it. */
export interface Anchor<D extends string = string> {
	source: D;
	quote: string;
	/** 1-based; needed only when the quote occurs more than once. */
	occurrence?: number;
}

export interface DocumentMeta {
	title: string;
	outlet: string;
	origin: string;
	language: string;
	notes: string;
}

/** Text that travels with the document but is not part of the article. */
export interface Aside {
	span: Span;
	why: string;
}

export interface SourceDocument {
	id: string;
	meta: DocumentMeta;
	/** The body exactly as received. */
	body: string;
	paragraphs: Paragraph[];
	tokenCount: number;
	asides: Aside[];
}

export interface Speaker {
	name: string;
	description: string;
}

/** The speaker of a statement the report makes in its own voice, naming no one. */
export const REPORTER = 'reporter';
/** The speaker of a statement the report gives to someone it does not name: a vague group, “one”, “sources”. */
export const UNNAMED = 'unnamed';

/**
 * A report's own voice as a party to a claim: the outlet that published that
 * report, written `outlet:<source id>`. It names the report because each report
 * has an outlet of its own, and two outlets may take different sides.
 */
export type Outlet<D extends string = string> = `outlet:${D}`;

const OUTLET_PREFIX = 'outlet:';

export const outletOf = <D extends string>(source: D): Outlet<D> => `outlet:${source}`;

/** The report whose outlet a party id names, or null for any other id. */
export const outletSource = (id: string): string | null =>
	id.startsWith(OUTLET_PREFIX) ? id.slice(OUTLET_PREFIX.length) : null;

/**
 * The skills items train, in the order a learner's summary lists them. A kind
 * names the skill it trains; the ids are not the kinds' names, as one skill may
 * be trained by several kinds.
 */
export const skills = {
	'who-speaks': 'Attribution',
	'word-choice': 'Loaded wording',
	disputes: 'Disputed claims',
	comparison: 'Comparing reports',
	provenance: 'Provenance'
} as const;

export type Skill = keyof typeof skills;

/** A skill's name in the interface's language (`skills` holds the English, which the CSV exports keep). */
export const skillLabels: Record<Skill, () => string> = {
	'who-speaks': m.skill_who_speaks,
	'word-choice': m.skill_word_choice,
	disputes: m.skill_disputes,
	comparison: m.skill_comparison,
	provenance: m.skill_provenance
};

/** Why a run of text is highlighted in a document. */
export type HighlightRole = 'statement' | 'passage' | 'evidence' | 'target' | 'aside';

export interface Highlight {
	span: Span;
	role: HighlightRole;
	/** Read out to screen readers where the highlight starts. */
	label: string;
	/** Shown where it starts, for sighted readers (the teacher's preview: "Q3"), so that a mark can be traced. */
	tag?: string;
}
