/*
 * What the drafter (src/lib/server/draft) finds in a module's documents, and
 * the contract by which each kind turns those findings into draft items. The
 * findings carry no kind's name: each kind's own `draft.ts` names its items, so
 * that, as everywhere else, nothing outside a kind's folder names a kind.
 */

/** Text in a document's body: UTF-16 offsets after any front matter, `end` exclusive, `text === body.slice(start, end)`. */
export interface DraftSpan {
	source: string;
	text: string;
	start: number;
	end: number;
}

export type DraftMode = 'direct-quote' | 'paraphrase' | 'reporter-claim' | 'unnamed-source';

export interface AttributionFinding {
	source: string;
	statement: DraftSpan;
	/** A speaker's id, `reporter` or `unnamed`. */
	speaker: string;
	mode: DraftMode;
	cue: DraftSpan | null;
	confidence: number;
}

export interface LoadedFinding {
	source: string;
	phrase: DraftSpan;
	/** A speaker's id (the phrase is inside their quotation) or `outlet`. */
	whose: string;
	connotes: string | null;
	neutral: string | null;
	score: number;
}

export interface DisputeFinding {
	claim: string;
	asserters: string[];
	disputers: string[];
	reportedIn: string[];
	evidence: DraftSpan[];
}

export interface CarriedFinding {
	statement: string;
	carriedBy: string[];
	evidence: DraftSpan[];
}

export interface DraftFindings {
	attributions: AttributionFinding[];
	loaded: LoadedFinding[];
	disputes: DisputeFinding[];
	carried: CarriedFinding[];
}

/** A kind's part of the drafter: its draft items, in the order it ranks them. */
export interface KindDrafter<Out extends { kind: string }> {
	propose(findings: DraftFindings): Out[];
}

/** A quote as a module's key points at text, with its occurrence when the words occur more than once. */
export interface DraftAnchor {
	source: string;
	quote: string;
	occurrence?: number;
}

/** What a kind needs to turn its drafts into key items for a draft module folder (`quizzes:draft --out`). */
export interface KeyContext {
	/** The anchor that resolves to exactly this span, or null when no quote can (it does not start and end on words). */
	anchor(span: DraftSpan): DraftAnchor | null;
	/** The sentence (or heading) that holds a span: a passage to mark words in. */
	passage(span: DraftSpan): DraftSpan;
	/** The module's speaker ids, in the order listed. */
	speakers: string[];
	/** A fresh item id from a stem ("psaki-2"). */
	id(stem: string): string;
}

/** One of a kind's drafts as an item of a module's key, with what an editor shows beside it. */
export interface Suggested {
	/** The key item, which the kind's authoring.toForm reads like any other. */
	key: { kind: string; id: string } & Record<string, unknown>;
	/** What the item asks about, in the documents' words: its statement, phrase or claim. */
	about: string;
	/** The words it quotes, each where it stands in its document. */
	quotes: DraftAnchor[];
	/** Whose words or claim these are: speaker ids, `outlet:<document id>`, `reporter` or `unnamed`. */
	owners: string[];
}

/** A kind's drafts as items of a module's key, leaving out any that cannot make a valid one. */
export interface KeyWriter<Out extends { kind: string }> {
	kind: Out['kind'];
	suggest(drafts: Out[], ctx: KeyContext): Suggested[];
}
