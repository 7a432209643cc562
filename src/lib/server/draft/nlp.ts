import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/*
 * The one place the NLP model is loaded: on the first document, not when the
 * module is imported (a server that never drafts never pays for it: about 40 MB,
 * and a quarter of a second), and once per process. Only sentence breaking and
 * parts of speech run: lemmas are computed on demand, and named entities,
 * sentiment and negation are not used.
 */

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;

function nlp(): Nlp {
	if (!loaded) {
		const require = createRequire(import.meta.url);
		const wink = require('wink-nlp') as typeof winkNLP;
		loaded = wink(require('wink-eng-lite-web-model') as typeof model, ['sbd', 'pos']);
	}
	return loaded;
}

/** Whether the model has been loaded in this process (for the benchmark's memory figures). */
export const modelLoaded = () => loaded !== undefined;

/*
 * wink-nlp's types give `its.lemma` a third parameter (the model's add-ons) that
 * its own `ItsFunction` type does not admit, so analyse() casts the lemma helper.
 */

export interface Word {
	/** Index in the document's list of words. */
	i: number;
	text: string;
	lemma: string;
	pos: string;
	start: number;
	end: number;
}

export interface Sentence {
	start: number;
	end: number;
	/** Indices into `words`: [first, last). */
	first: number;
	last: number;
	paragraph: number;
	/** A headline or sub-heading: a short line of its own without closing punctuation. */
	heading: boolean;
}

export interface Analysed {
	body: string;
	words: Word[];
	sentences: Sentence[];
	/** [start, end) of each paragraph (blocks separated by blank lines). */
	paragraphs: Array<{ start: number; end: number }>;
}

function paragraphsOf(body: string): Array<{ start: number; end: number }> {
	return [...body.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
}

/**
 * Words with offsets, lemmas and parts of speech; sentences within paragraphs.
 * Each paragraph is read on its own, so that no sentence crosses a blank line,
 * and a "sentence" that starts in lower case ("he lamented" after a quote that
 * ends in "?") is joined to the one before.
 */
export function analyse(body: string): Analysed {
	const { its } = nlp();
	const words: Word[] = [];
	const sentences: Sentence[] = [];
	const paragraphs = paragraphsOf(body);
	paragraphs.forEach((para, p) => {
		const text = body.slice(para.start, para.end);
		const doc = nlp().readDoc(text);
		let cursor = 0;
		doc.sentences().each((s: ItemSentence) => {
			const first = words.length;
			s.tokens().each((t: ItemToken) => {
				const value = t.out(its.value);
				if (!/\S/.test(value)) return;
				const at = text.indexOf(value, cursor);
				if (at < 0) return;
				cursor = at + value.length;
				words.push({
					i: words.length,
					text: value,
					// The model has no lemma for some tokens (a lone "’" among stray marks): the word stands for itself.
					lemma: (t.out(its.lemma as unknown as ItsFunction<string>) ?? value).toLowerCase(),
					pos: t.out(its.pos),
					start: para.start + at,
					end: para.start + cursor
				});
			});
			if (words.length === first) return;
			const start = words[first].start;
			const end = words[words.length - 1].end;
			const previous = sentences.at(-1);
			if (previous && previous.paragraph === p && /^[a-z]/.test(words[first].text)) {
				previous.end = end;
				previous.last = words.length;
			} else {
				sentences.push({ start, end, first, last: words.length, paragraph: p, heading: false });
			}
		});
		const own = sentences.filter((s) => s.paragraph === p);
		if (own.length === 1 && !/[.?!:;,]["”’)]*\s*$/.test(text) && own[0].last - own[0].first <= 18) {
			own[0].heading = true;
		}
	});
	return { body, words, sentences, paragraphs };
}

/** The words of a sentence. */
export const wordsOf = (a: Analysed, s: Sentence) => a.words.slice(s.first, s.last);

/** The sentence that holds an offset. */
export const sentenceAt = (a: Analysed, offset: number) =>
	a.sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
