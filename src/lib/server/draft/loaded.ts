import { spanOf, type TextSpan } from './document';
import { wordsOf, type Analysed, type Sentence, type Word } from './nlp';
import { REPORTING } from './cues';
import { quoteAt, type Quote } from './quotes';
import { quoteOwner, type Attribution } from './attribution';
import { ANTI_LABEL, LEXICON, type LexiconEntry } from './lexicon';
import { resolveIn, type Cast } from './speakers';

/*
 * Loaded wording: candidate words and phrases, ranked by evidence and kept
 * few. The evidence: the word is in our lexicon (its weight), the report sets it
 * off in quotation marks of its own (scare quotes: someone's word held up),
 * and it stands in a headline (which frames the rest). Whose word it is: a
 * quoted word is its speaker's, anything else the outlet's.
 */

export interface Loaded {
	phrase: TextSpan;
	whose: string;
	connotes: string | null;
	neutral: string | null;
	score: number;
}

/** At most one candidate per this many words of a report, so that the list stays short. */
const WORDS_PER_CANDIDATE = 40;
const MIN_CANDIDATES = 5;
/**
 * Lexicon words this weak ("crisis", "threat", "warned", "massive") are more
 * often plain description than judgment: in the reporter's own sentences they
 * are not proposed; quoted, or in a headline, the extra evidence lifts them.
 * Flagging every mildly coloured word teaches doubt, not discernment.
 */
const PLAIN_BELOW = 0.4;
/** Quotes of this many words or fewer are scare quotes, not quoted statements. */
const SCARE_WORDS = 4;
/**
 * A quoted fragment this long or shorter is still a choice of words held up
 * ("have pushed the islanders “to the back of the queue”"): a fragment, not a
 * clause, that the reporter's own sentence carries.
 */
const FRAGMENT_WORDS = 8;
/** A quoted phrase found this often in its report is a term, not a choice of words. */
const REPEATED = 3;

const clamp = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

function entryOf(w: Word): LexiconEntry | null {
	const lower = w.text.toLowerCase();
	if (/^anti-\p{L}/u.test(lower)) return ANTI_LABEL;
	return LEXICON[w.lemma] ?? LEXICON[lower] ?? LEXICON[lower.replace(/s$/, '')] ?? null;
}

/**
 * Whose word a quoted word is: the speaker of the statement that holds the
 * quote, else the first speaker named before it in its sentence.
 */
function ownerOf(a: Analysed, cast: Cast, attributions: Attribution[], q: Quote, quotes: Quote[]): string {
	const owner = quoteOwner(attributions, q);
	if (owner && owner !== 'reporter') return owner;
	const sentence = a.sentences.find((s) => s.start <= q.start && q.start < s.end);
	// A headline's quoted words are the words of whoever says them in the body ("“death sentence”" and later
	// "“This plan is a death sentence …,” the alliance said"): the body's quote is the evidence.
	if (sentence?.heading) {
		const echo = echoOf(a, q, quotes);
		if (echo) return ownerOf(a, cast, attributions, echo, quotes);
		const lead = leadSpeaker(a, cast, attributions, sentence, q);
		if (lead) return lead;
	}
	// Else the subject of the sentence, before its first verb: "The palace called the talks a “charade”".
	const verb = sentence && a.words.find((w) => w.start >= sentence.start && w.end <= q.start && w.pos === 'VERB');
	const subject = verb && resolveIn(a, cast, sentence!.start, verb.start, 'first');
	if (subject) return subject.speaker;
	// Quoted words no one is named for: a heading's belong to the first speaker after it, others to the paragraph's last.
	const speaking = attributions.filter((x) => x.speaker !== 'reporter');
	const guess = sentence?.heading
		? speaking.find((x) => x.statement.start >= q.end)
		: speaking.filter((x) => x.paragraph === sentence?.paragraph && x.statement.start < q.start).at(-1);
	return guess?.speaker ?? owner ?? 'outlet';
}

/**
 * Whether a quote is a fragment the reporter's sentence carries: no verb in
 * it (a quoted clause is a statement, drafted as one), and words of the
 * reporter's around it. Reporters quote a few words of someone's, rather than
 * paraphrase them, when the words themselves are the point: an image, a label,
 * a charge.
 */
function fragment(a: Analysed, q: Quote, length: number): boolean {
	if (length > FRAGMENT_WORDS) return false;
	const sentence = a.sentences.find((s) => s.start <= q.start && q.start < s.end);
	if (!sentence) return false;
	const words = wordsOf(a, sentence);
	const inside = (w: Word) => w.start >= q.innerStart && w.end <= q.innerEnd;
	if (words.some((w) => inside(w) && (w.pos === 'VERB' || w.pos === 'AUX'))) return false;
	return words.filter((w) => !inside(w) && /\p{L}/u.test(w.text)).length >= 3;
}

/**
 * A headline sums up the report's first paragraph, and names its speaker
 * loosely: a capital or country for its government ("Kerrin condemns …"), a
 * body for the person who spoke for it. When the first paragraph after the
 * headline has the headline's verb of saying again ("condemns" and
 * "condemned"), whoever does it there said the headline's quoted words.
 */
function leadSpeaker(a: Analysed, cast: Cast, attributions: Attribution[], heading: Sentence, q: Quote): string | null {
	const verb = wordsOf(a, heading).find((w) => w.end <= q.start && REPORTING.has(w.lemma) && !quoteAt([q], w.start));
	const lead = a.sentences.find((s) => s.start >= heading.end && !s.heading);
	if (!verb || !lead) return null;
	for (const s of a.sentences.filter((x) => x.paragraph === lead.paragraph)) {
		const again = wordsOf(a, s).find((w) => w.lemma === verb.lemma && w.pos === 'VERB');
		if (!again) continue;
		const said = attributions.find((x) => x.cue && x.cue.start <= again.start && again.end <= x.cue.end);
		if (said && said.speaker !== 'reporter' && said.speaker !== 'unnamed') return said.speaker;
		const subject = resolveIn(a, cast, s.start, again.start, 'last');
		if (subject && subject.speaker !== 'unnamed') return subject.speaker;
	}
	return null;
}

/** A quote's words of more than three letters, lower-cased: what a headline keeps of a quote it shortens. */
const keptWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const within = (small: Set<string>, large: Set<string>) => small.size > 0 && [...small].every((x) => large.has(x));

/**
 * The quote outside any heading that a heading's quote echoes: one holds all
 * the other's longer words ("“Brainwashing the population”" and "“brainwashing
 * of the population”"; "“bellicose rhetoric”" and "“bellicose”").
 */
export function echoOf(a: Analysed, q: Quote, quotes: Quote[]): Quote | null {
	const words = keptWords(a.body.slice(q.innerStart, q.innerEnd));
	const inBody = (x: Quote) => !a.sentences.find((s) => s.start <= x.start && x.start < s.end)?.heading;
	return (
		quotes.find((x) => {
			if (x === q || x.depth > 0 || !inBody(x)) return false;
			const theirs = keptWords(a.body.slice(x.innerStart, x.innerEnd));
			return within(words, theirs) || within(theirs, words);
		}) ?? null
	);
}

export function findLoaded(
	source: string,
	a: Analysed,
	cast: Cast,
	quotes: Quote[],
	attributions: Attribution[]
): Loaded[] {
	const found: Found[] = [];
	const inSentences = (w: Word) => a.sentences.some((s) => s.start <= w.start && w.end <= s.end);
	const heading = (offset: number) => a.sentences.find((s) => s.start <= offset && offset < s.end)?.heading ?? false;
	const outer = (q: Quote | null) => {
		while (q && q.depth > 0) q = quotes.find((o) => o.depth === 0 && o.start <= q!.start && q!.end <= o.end) ?? null;
		return q;
	};

	for (const w of a.words) {
		const entry = entryOf(w);
		if (!entry || !inSentences(w)) continue;
		const q = quoteAt(quotes, w.start);
		// A verb of saying is loaded as the reporter's choice of verb: not quoted, and not the noun ("denied claims").
		const previous = a.words[w.i - 1];
		const noun = w.pos === 'NOUN' && /^(DET|ADJ|VERB|ADP|PRON|PART|NUM)$/.test(previous?.pos ?? 'DET');
		if (entry.saying && (q || noun)) continue;
		if (!q && !heading(w.start) && entry.weight < PLAIN_BELOW) continue;
		const [first, last] = entry.saying ? [w, w] : phraseAround(a, quotes, w);
		const scare = q && q.depth === 0 && a.body.slice(q.innerStart, q.innerEnd).split(/\s+/).length <= SCARE_WORDS;
		const score = entry.weight + (scare ? 0.2 : 0) + (heading(w.start) ? 0.1 : 0) + (q ? 0.05 : 0);
		found.push({
			phrase: spanOf(source, a.body, first.start, last.end),
			whose: q ? ownerOf(a, cast, attributions, outer(q)!, quotes) : 'outlet',
			connotes: entry.connotes,
			neutral: entry.neutral,
			score: clamp(score),
			loaded: [{ word: w, entry }]
		});
	}

	// Scare quotes and quoted fragments the lexicon does not know: the report itself holds the words up as someone's.
	for (const q of quotes) {
		const inner = a.body.slice(q.innerStart, q.innerEnd);
		const words = inner.split(/\s+/).filter(Boolean);
		if (q.depth > 0 || !/\p{Ll}/u.test(inner)) continue;
		if (words.length > SCARE_WORDS && !fragment(a, q, words.length)) continue;
		if (words.every((x) => /^\p{Lu}/u.test(x))) continue; // a name or title in quotes, not a judgment
		if (!a.sentences.some((s) => s.start <= q.start && q.end <= s.end + 1)) continue;
		// Words the report keeps quoting are the name of what the story is about ("security guarantees", three
		// times), not a choice of words to question: they rank below one-off quotes.
		const plain = inner.toLowerCase();
		const repeated = a.body.toLowerCase().split(plain).length - 1 >= REPEATED;
		// Punctuation inside the closing mark ("“is a defensive alliance,” while") is the sentence's, not the words'.
		const end = q.innerStart + inner.replace(/[,.;:]+$/, '').length;
		found.push({
			phrase: spanOf(source, a.body, q.innerStart, end),
			whose: ownerOf(a, cast, attributions, q, quotes),
			connotes: null,
			neutral: null,
			score: clamp(0.3 + (heading(q.start) ? 0.1 : 0) - (repeated ? 0.2 : 0)),
			loaded: []
		});
	}
	const merged = mergePhrases(a, found).map(({ loaded, ...x }) => ({ ...x, ...wording(a, x.phrase, loaded) }));
	return shortList(a, merged, Math.max(MIN_CANDIDATES, Math.round(a.words.length / WORDS_PER_CANDIDATE)));
}

/** A candidate while it is being found: the lexicon words it holds, for merging phrases and their wording. */
interface Found extends Loaded {
	loaded: Array<{ word: Word; entry: LexiconEntry }>;
}

/** Words a loaded word's phrase may take in: common adjectives and nouns, not names ("Russian", "Mill Street"). */
const phraseWord = (w: Word | undefined): boolean =>
	!!w && (w.pos === 'ADJ' || w.pos === 'NOUN') && !/^\p{Lu}/u.test(w.text);
const joiner = (w: Word | undefined) => !!w && /^(and|or|,)$/.test(w.text);
/** A phrase longer than this is a list, not one choice of words. */
const PHRASE_WORDS = 6;

/**
 * The noun phrase a loaded adjective or noun stands in: a choice of words is
 * the phrase, not its loudest word ("aggressive and misleading campaign",
 * "bellicose rhetoric", "provocations and aggressions"). The phrase runs over
 * common adjectives and nouns, and "and", "or" or a comma between two of them,
 * within one sentence and one side of a quotation mark (quoted words are the
 * speaker's, the rest the reporter's). English puts adjectives before their
 * noun, so an adjective right after a noun starts another phrase ("the crisis
 * last winter"); after "and" it may go on ("rhetoric and hostile acts").
 */
function phraseAround(a: Analysed, quotes: Quote[], w: Word): [Word, Word] {
	if (w.pos !== 'ADJ' && w.pos !== 'NOUN') return [w, w];
	const region = quoteAt(quotes, w.start);
	const sentence = a.sentences.find((s) => s.first <= w.i && w.i < s.last);
	const fits = (x: Word | undefined): x is Word =>
		!!x && !!sentence && x.i >= sentence.first && x.i < sentence.last && quoteAt(quotes, x.start) === region;
	// Whether `before` may stand right before `after` in one phrase: not a noun before an adjective.
	const adjoins = (before: Word, after: Word) => !(before.pos === 'NOUN' && after.pos === 'ADJ');
	const next = (x: Word, step: 1 | -1): Word | null => {
		const one = a.words[x.i + step];
		if (!fits(one)) return null;
		if (phraseWord(one)) return (step === 1 ? adjoins(x, one) : adjoins(one, x)) ? one : null;
		const two = a.words[x.i + 2 * step];
		if (!joiner(one) || !fits(two) || !phraseWord(two)) return null;
		// A comma joins adjectives ("costly, cruel plan"); between nouns it lists things.
		return one.text !== ',' || (two.pos === 'ADJ' && x.pos === 'ADJ') ? two : null;
	};
	let first = w;
	let last = w;
	for (let n = 0; n < PHRASE_WORDS; n++) {
		const left = next(first, -1);
		if (left && last.i - left.i < PHRASE_WORDS) first = left;
		const right = next(last, 1);
		if (right && right.i - first.i < PHRASE_WORDS) last = right;
		if (!left && !right) break;
	}
	return [first, last];
}

/**
 * Candidates that overlap and have the same owner are one choice of words: a
 * scare quote and the lexicon word inside it, or two loaded words of one phrase.
 * They become one candidate over all of them, scored by the best evidence plus
 * a little for each further piece (two loaded words in a phrase say more than one).
 */
function mergePhrases(a: Analysed, found: Found[]): Found[] {
	const groups: Found[][] = [];
	for (const x of [...found].sort((p, q) => p.phrase.start - q.phrase.start)) {
		const group = groups.find((g) =>
			g.some((k) => k.whose === x.whose && k.phrase.start < x.phrase.end && x.phrase.start < k.phrase.end)
		);
		if (group) group.push(x);
		else groups.push([x]);
	}
	return groups.map((g) => {
		if (g.length === 1) return g[0];
		const best = g.reduce((p, x) => (x.score > p.score ? x : p));
		const start = Math.min(...g.map((x) => x.phrase.start));
		const end = Math.max(...g.map((x) => x.phrase.end));
		const loaded = g.flatMap((x) => x.loaded).filter((x, n, all) => all.findIndex((y) => y.word === x.word) === n);
		return {
			...best,
			phrase: spanOf(best.phrase.source, a.body, start, end),
			score: clamp(best.score + 0.05 * (g.length - 1)),
			loaded
		};
	});
}

/**
 * What a phrase connotes (each loaded word's connotation) and a more neutral
 * phrase: each loaded word replaced by the lexicon's plainer word, where the
 * lexicon has one for every loaded word in it and the phrase has no other
 * describing word (a "neutral" phrase that keeps "cruel" is not neutral).
 */
function wording(a: Analysed, phrase: TextSpan, loaded: Found['loaded']): Pick<Loaded, 'connotes' | 'neutral'> {
	if (!loaded.length) return { connotes: null, neutral: null };
	const connotes = [...new Set(loaded.map((x) => x.entry.connotes))].join('; ');
	const others = a.words.filter(
		(w) =>
			w.start >= phrase.start &&
			w.end <= phrase.end &&
			(w.pos === 'ADJ' || w.pos === 'ADV') &&
			!loaded.some((x) => x.word === w)
	);
	if (others.length || loaded.some((x) => x.entry.neutral === null)) return { connotes, neutral: null };
	let neutral = phrase.text;
	for (const { word, entry } of loaded) neutral = neutral.replace(word.text, entry.neutral!);
	return { connotes, neutral };
}

/**
 * Overlapping candidates give way to the better one, and so does the same
 * word again from the same mouth, in any of its forms (a headline's "condemns"
 * and the body's "condemned"): one item teaches it. The best `limit` remain,
 * highest score first.
 */
function shortList(a: Analysed, found: Loaded[], limit: number): Loaded[] {
	const lemmas = (x: Loaded) =>
		a.words
			.filter((w) => w.start >= x.phrase.start && w.end <= x.phrase.end)
			.map((w) => w.lemma)
			.join(' ');
	const kept: Loaded[] = [];
	const same = (k: Loaded, x: Loaded) => k.whose === x.whose && lemmas(k) === lemmas(x);
	for (const x of [...found].sort((p, q) => q.score - p.score || p.phrase.start - q.phrase.start)) {
		if (kept.some((k) => (k.phrase.start < x.phrase.end && x.phrase.start < k.phrase.end) || same(k, x))) continue;
		kept.push(x);
	}
	return kept.slice(0, limit);
}
