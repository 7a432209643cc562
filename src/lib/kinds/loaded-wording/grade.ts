import * as v from 'valibot';
import type { Token } from '$lib/quiz/types';
import type { Grade } from '../kind';
import { phrasesOf, voiceOf, type Phrase } from './phrases';
import { answered, answeredBy, response, targetsFound, type Answered, type LoadedWordingResponse } from './response';
import type { ExtraMark, LoadedWordingDetail, LoadedWordingItem, Voice, WordState } from './types';

/*
 * The rule (README, "loaded-wording"): 1 point per target found, 1 per found
 * target whose voice is right, minus 1 per marked word that is neither in a
 * target nor a defensible word; never below 0, at most twice the targets.
 */

export const maxScore = (item: Pick<LoadedWordingItem, 'targets'>) => 2 * item.targets.length;

const inside = (i: number, span: { start: number; end: number }) => i >= span.start && i < span.end;

/** The text from one token to another, as the document has it. */
function textBetween(tokens: readonly Token[], first: number, last: number): string {
	const run = tokens.filter((t) => t.i >= first && t.i <= last);
	return run.map((t, n) => (n < run.length - 1 ? t.text + t.after : t.text)).join('');
}

/** The learner's phrases with the voice each was given. */
export const voicedPhrases = (item: LoadedWordingItem, given: unknown) => phrasesIn(item, answered(item, given));

function phrasesIn(item: LoadedWordingItem, { marked, voices }: Answered): Array<Phrase & { voice: Voice | null }> {
	return phrasesOf(item.tokens, marked).map((phrase) => ({ ...phrase, voice: voiceOf(phrase, voices) }));
}

/** Per target, the phrases that cover it: those with a word inside it. */
export const coveringPhrases = <P extends Phrase>(item: LoadedWordingItem, phrases: readonly P[]): P[][] =>
	item.targets.map((t) => phrases.filter((p) => p.words.some((w) => inside(w, t.span))));

/** A voice point needs every phrase that covers the target to name its voice, so no target is won by hedging. */
export const voiceIsRight = (voice: Voice, covering: ReadonlyArray<{ voice: Voice | null }>) =>
	covering.length > 0 && covering.every((p) => p.voice === voice);

/**
 * Marked words outside every target, in runs that share a phrase and a
 * defensible word or a not-loaded word with its reason (or neither).
 */
function extrasOf(item: LoadedWordingItem, phrases: readonly Phrase[]): ExtraMark[] {
	const extras: ExtraMark[] = [];
	const notLoaded = item.notLoaded;
	for (const phrase of phrases) {
		let open: { first: number; last: number; defensible: number; plain: number; words: number } | null = null;
		const close = () => {
			if (open) {
				const { first, last, defensible, plain, words } = open;
				extras.push({
					text: textBetween(item.tokens, first, last),
					defensible: defensible < 0 ? null : defensible,
					notLoaded: plain < 0 ? null : plain,
					words
				});
			}
			open = null;
		};
		for (const w of phrase.words) {
			if (item.targets.some((t) => inside(w, t.span))) {
				close();
				continue;
			}
			const defensible = item.defensible.findIndex((d) => inside(w, d.span));
			const plain = defensible < 0 ? notLoaded.findIndex((d) => inside(w, d.span)) : -1;
			if (open && open.defensible === defensible && open.plain === plain) {
				open.last = w;
				open.words++;
			} else {
				close();
				open = { first: w, last: w, defensible, plain, words: 1 };
			}
		}
		close();
	}
	return extras;
}

/** Grades a stored answer of any shape: one of another shape marks nothing and is not valid. */
export function grade(item: LoadedWordingItem, given: unknown): Grade<LoadedWordingDetail> {
	const parsed = v.safeParse(response, given);
	const nothing: Answered = { marked: new Set(), voices: {} };
	return gradeOf(item, parsed.success ? answeredBy(item, parsed.output) : nothing, parsed.success);
}

/** Grades a response the schema and `fits` have checked, without parsing it again. */
export const gradeChecked = (item: LoadedWordingItem, checked: LoadedWordingResponse): Grade<LoadedWordingDetail> =>
	gradeOf(item, answeredBy(item, checked), true);

function gradeOf(item: LoadedWordingItem, answer: Answered, valid: boolean): Grade<LoadedWordingDetail> {
	const phrases = phrasesIn(item, answer);
	const marked = new Set(phrases.flatMap((p) => p.words));
	const found = targetsFound(item, marked);
	const covering = coveringPhrases(item, phrases);
	const said = covering.map((ps) => [...new Set(ps.map((p) => p.voice))]);
	const voiceRight = item.targets.map((t, n) => voiceIsRight(t.voice, covering[n]));

	const words: Record<number, WordState> = {};
	let wrongMarks = 0;
	for (const token of item.tokens) {
		if (token.kind !== 'word') continue;
		const target = item.targets.findIndex((t) => inside(token.i, t.span));
		if (marked.has(token.i)) {
			if (target >= 0) words[token.i] = 'hit';
			else if (item.defensible.some((d) => inside(token.i, d.span))) words[token.i] = 'fair';
			else {
				words[token.i] = 'wrong';
				wrongMarks++;
			}
		} else {
			words[token.i] = target < 0 ? 'plain' : found[target] ? 'found' : 'missed';
		}
	}
	const points = found.filter(Boolean).length + voiceRight.filter(Boolean).length;
	return {
		score: Math.max(0, points - wrongMarks),
		max: maxScore(item),
		valid,
		detail: { found, said, voiceRight, wrongMarks, extras: extrasOf(item, phrases), words }
	};
}
