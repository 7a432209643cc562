import winkNLP, { type ItemSentence, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/*
 * The one place the NLP model is loaded: lazily, on the first document, and
 * once per process (about 40 MB; loading it takes a quarter of a second).
 * Only sentence breaking and parts of speech run: lemmas are computed on demand,
 * and named entities, sentiment and negation are not used.
 */

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;

function nlp(): Nlp {
	loaded ??= winkNLP(model, ['sbd', 'pos']);
	return loaded;
}

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
					lemma: t.out(its.lemma as unknown as ItsFunction<string>).toLowerCase(),
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
