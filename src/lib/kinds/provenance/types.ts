import type { Anchor, Span } from '$lib/quiz/types';
import type { ItemBase } from '../kind';

/**
 * What an observation shows about how the text reached the reader. The learner
 * picks one per observation ("picks from listed signs", rather than marking
 * words): radios work without JavaScript and with a screen reader, and the
 * learner has to say *what* each sign shows, not only that something is odd.
 */
export const categories = {
	translation: { title: 'A sign of translation', hint: 'The text was first written in another language.' },
	republication: {
		title: 'A sign of re-publication',
		hint: 'Another site copied the text, with leftovers of a web page.'
	},
	ordinary: { title: 'Nothing unusual', hint: 'Ordinary reporting, as any newsroom writes it.' }
} as const satisfies Record<string, { title: string; hint: string }>;

export type Category = keyof typeof categories;

export const categoryIds = Object.keys(categories) as Category[];

export interface ObservationKey<D extends string> {
	/** Names the observation's form field; 1–40 lower-case letters, digits or hyphens. */
	id: string;
	/** The text the learner looks at, quoted from a document. */
	at: Anchor<D>;
	category: Category;
	/** Why the text shows this, in words a 14-year-old follows; hedged where we cannot be sure. */
	explanation: string;
}

/** Speaker ids (_S) go unused: provenance names no speakers, but every key in the union takes both ids. */
export interface ProvenanceKey<_S extends string, D extends string> extends ItemBase<'provenance'> {
	/** Between three and six, of at least two categories, and at least one of them ordinary text. */
	observations: [ObservationKey<D>, ...ObservationKey<D>[]];
	/** What the signs tell you together. */
	explanation: string;
}

export interface Observation {
	id: string;
	span: Span;
	category: Category;
	explanation: string;
}

export interface ProvenanceItem extends ItemBase<'provenance'> {
	observations: Observation[];
	explanation: string;
}

/** An observation as the learner sees it before answering: where it is, never what it shows. */
export interface PublicObservation {
	id: string;
	span: Span;
}

export interface ProvenancePublic extends ItemBase<'provenance'> {
	observations: PublicObservation[];
	options: Array<{ id: Category; title: string; hint: string }>;
}

export interface ObservationResult {
	id: string;
	given: Category | null;
	correct: boolean;
}

export type ProvenanceDetail = ObservationResult[];

export interface ProvenanceSolution {
	observations: Observation[];
	explanation: string;
	/** The observations' spans, for pages that list a solution's evidence whatever its kind. */
	evidence: Span[];
}

export interface ObservationTally {
	id: string;
	text: string;
	source: string;
	/** The key's category; null once `unkeyed`. */
	key: Category | null;
	choices: Array<{ id: Category; label: string; count: number; key: boolean }>;
	/** Learners who picked the key's category. */
	right: number;
}

export interface ProvenanceDistribution {
	observations: ObservationTally[];
}

/** A passage in quotation marks, unless it brings its own (“People’s Republics”): never ““…””. */
export function inQuotes(text: string): string {
	return /^[“"„«‘'].*[”"»’']$/su.test(text) ? text : `“${text}”`;
}
