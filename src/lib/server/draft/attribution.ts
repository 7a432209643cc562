import type { TextSpan } from './document';
import { spanOf, trimEnd } from './document';
import type { Analysed, Sentence, Word } from './nlp';
import { wordsOf } from './nlp';
import type { Quote } from './quotes';
import { DISPUTING, REPORTING, REPORTING_NOUNS, refusalBefore } from './cues';
import { resolveIn, type Cast, type Resolved } from './speakers';

/*
 * Who says what: each statement the report gives to someone, with the cue that
 * says so ("he lamented", "according to the council"), and the reporter's own
 * claims in headings. A statement is a quote beside its cue (direct), the clause
 * a cue introduces ("X said that …", "…, X said": paraphrase, its quoted words
 * being the speaker's), or a quote no cue claims, given to the last speaker of
 * its paragraph with less confidence.
 */

export type Mode = 'direct-quote' | 'paraphrase' | 'reporter-claim' | 'unnamed-source';

export interface Attribution {
	statement: TextSpan;
	speaker: string;
	mode: Mode;
	cue: TextSpan | null;
	confidence: number;
	/** Some of the statement's words are in quotation marks, the rest are the reporter's. */
	partial: boolean;
	paragraph: number;
}

/** Sayings without a sayer: "it is feared that", "one has the impression that", "there are reports that". */
const IMPERSONAL =
	/\b(?:(?:it|this) (?:is|was|has been) (?:said|believed|feared|reported|claimed|thought|alleged|understood|rumoured|suspected)|one has the impression|there (?:are|were) (?:reports|fears|claims|rumours))( that\s+)/i;

interface Cue {
	word: Word;
	/** Where the cue words end ("according to" is two words). */
	end: number;
	according: boolean;
	/** "denied", "rejected", "refused to accept": what follows is what the speaker disputes, not what they say. */
	denial: boolean;
}

function cuesOf(a: Analysed, s: Sentence, quotes: Quote[]): Cue[] {
	const inQuote = (w: Word) => quotes.some((q) => q.innerStart <= w.start && w.end <= q.innerEnd);
	const found: Cue[] = [];
	for (const w of wordsOf(a, s)) {
		if (inQuote(w)) continue;
		const next = a.words[w.i + 1];
		if (w.text.toLowerCase() === 'according' && next?.text.toLowerCase() === 'to') {
			found.push({ word: w, end: next.end, according: true, denial: false });
		} else if (refusalBefore(a.words, w)) {
			// "refused to accept": the cue is the whole refusal, from its first verb.
			const refuse = refusalBefore(a.words, w)!;
			if (!negated(a, s, refuse)) found.push({ word: refuse, end: w.end, according: false, denial: true });
		} else if (REPORTING.has(w.lemma) && (w.pos === 'VERB' || w.pos === 'AUX' || /(ed|s)$/.test(w.text))) {
			// "did not (want to) confirm", "never said": a verb of saying negated reports nothing its subject said.
			if (negated(a, s, w)) continue;
			// "accused of", "demanded by": a participle after a noun is a description, not a cue.
			const before = a.words[w.i - 1];
			if (before && (before.pos === 'NOUN' || before.pos === 'DET') && /ed$/.test(w.text) && next?.text === 'by')
				continue;
			found.push({ word: w, end: w.end, according: false, denial: DISPUTING.has(w.lemma) });
		}
	}
	return found;
}

/** Whether "not", "n’t" or "never" stands within the three words before a verb, in its sentence. */
function negated(a: Analysed, s: Sentence, w: Word): boolean {
	return a.words
		.slice(Math.max(s.first, w.i - 3), w.i)
		.some((x) => /^(not|n[’']t|never)$/i.test(x.text) || /n[’']t$/i.test(x.text));
}

const between = (body: string, from: number, to: number) => (from <= to ? body.slice(from, to) : '');

/** The clause boundary before an offset within a sentence: a quote's end, a semicolon or the sentence's start. */
function clauseStart(a: Analysed, s: Sentence, quotes: Quote[], at: number): number {
	let start = s.start;
	for (const q of quotes) if (q.end <= at && q.end > start && q.end >= s.start) start = q.end;
	const semi = a.body.lastIndexOf(';', at);
	if (semi >= start) start = semi + 1;
	return start;
}

function speakerOf(a: Analysed, s: Sentence, cast: Cast, quotes: Quote[], cue: Cue): Resolved {
	if (cue.according) {
		const stop = a.body.slice(cue.end, s.end).search(/[,.;:]/);
		return resolveIn(a, cast, cue.end, stop < 0 ? s.end : cue.end + stop, 'first');
	}
	const left = resolveIn(a, cast, clauseStart(a, s, quotes, cue.word.start), cue.word.start, 'last');
	if (left) return left;
	// "…, said Putin, and …": the speaker right after the verb, before any quote or "that".
	const stop = a.body.slice(cue.end, s.end).search(/[,.;:“”"]|\bthat\b/);
	const to = Math.min(stop < 0 ? s.end : cue.end + stop, a.words[cue.word.i + 5]?.end ?? s.end);
	return resolveIn(a, cast, cue.end, to, 'first');
}

/** The cue as a span: the verb with its speaker when they stand together ("he lamented", "said Putin"). */
function cueSpan(source: string, a: Analysed, cue: Cue, who: Resolved): TextSpan {
	if (who && who.speaker !== 'unnamed') {
		const gap =
			who.end <= cue.word.start ? between(a.body, who.end, cue.word.start) : between(a.body, cue.end, who.start);
		if (gap.length <= 20 && !/[,.;:“”"]/.test(gap)) {
			return spanOf(source, a.body, Math.min(who.start, cue.word.start), Math.max(who.end, cue.end));
		}
	}
	if (cue.according && who) return spanOf(source, a.body, cue.word.start, who.end);
	return spanOf(source, a.body, cue.word.start, cue.end);
}

export function findAttributions(source: string, a: Analysed, cast: Cast, allQuotes: Quote[]): Attribution[] {
	const quotes = allQuotes.filter((q) => q.depth === 0);
	const found: Attribution[] = [];
	const claimed = new Set<Quote>();
	// Everyone the report shows speaking, where, whether or not a statement was drafted from it.
	const voices: Array<{ at: number; speaker: string; paragraph: number }> = [];
	const add = (x: Attribution) => {
		if (x.statement.text.length > 1) found.push(x);
	};

	for (const s of a.sentences) {
		const own = quotes.filter((q) => q.start < s.end && q.end > s.start);
		const impersonal = IMPERSONAL.exec(a.body.slice(s.start, s.end));
		if (impersonal && !s.heading) {
			const cueStart = s.start + impersonal.index;
			const start = cueStart + impersonal[0].length;
			add({
				statement: trimEnd(spanOf(source, a.body, start, s.end), a.body),
				speaker: 'unnamed',
				mode: 'unnamed-source',
				cue: spanOf(source, a.body, cueStart, start - impersonal[1].length),
				confidence: 0.6,
				partial: false,
				paragraph: s.paragraph
			});
		}
		if (s.heading) {
			if (!own.length && !cuesOf(a, s, own).length) {
				add({
					statement: spanOf(source, a.body, s.start, s.end),
					speaker: 'reporter',
					mode: 'reporter-claim',
					cue: null,
					confidence: 0.35,
					partial: false,
					paragraph: s.paragraph
				});
			}
			continue;
		}
		const sentenceStart = found.length;
		nominalCues(source, a, s, cast, own).forEach(add);
		for (const cue of cuesOf(a, s, own)) {
			// "He repeated the claim that NATO had promised …": a cue inside another's statement is part of what is reported.
			if (
				found.slice(sentenceStart).some((x) => x.statement.start <= cue.word.start && cue.word.end <= x.statement.end)
			)
				continue;
			const who = speakerOf(a, s, cast, own, cue);
			if (!who) continue;
			voices.push({ at: cue.word.start, speaker: who.speaker, paragraph: s.paragraph });
			const speaker = who.speaker;
			const cueText = cueSpan(source, a, cue, who);
			const named = speaker !== 'unnamed';
			const sure = named ? (a.body.slice(who.start, who.end).match(/^(he|she|they|it)$/i) ? 0.75 : 0.9) : 0.6;
			// A quote right before the cue ("“…,” he lamented") or right after it ("said: “…”").
			const before = own.find(
				(q) =>
					q.end <= cue.word.start &&
					// The speaker may stand between, with an apposition: "“…,” the museum’s director, Paul Varga, told …".
					/^[\s,]*(?:[\p{L}’'.-]+,?\s+){0,6}$/u.test(between(a.body, q.end, Math.min(cue.word.start, who.start)))
			);
			const after = own.find(
				(q) => q.start >= cue.end && /^[\s,:]*(?:that\s+)?$/.test(between(a.body, Math.max(cue.end, who.end), q.start))
			);
			const quote = before ?? after;
			if (quote && !claimed.has(quote)) {
				claimed.add(quote);
				add({
					statement: spanOf(source, a.body, quote.start, quote.end),
					speaker,
					mode: named ? 'direct-quote' : 'unnamed-source',
					cue: cueText,
					confidence: sure,
					partial: false,
					paragraph: s.paragraph
				});
				continue;
			}
			// "X stressed that …": the clause after the cue; "…, X said.": the clause before it.
			const tail = Math.max(cue.end, who.end);
			const rest = a.body.slice(tail, s.end);
			let start: number;
			let end: number;
			if (/^[\s,:]*(that\b)?\s*\S/.test(rest) && rest.replace(/[\s.,;:!?“”"]/g, '').length > 12) {
				// "said on Monday that …": the statement starts after a "that" within the next few words, with no verb between.
				const found = /^[^“”"]{0,40}?\bthat\s+/.exec(rest);
				const gapEnd = tail + (found ? found[0].trimEnd().length - 4 : 0);
				const verbBetween = a.words.some((w) => w.start >= tail && w.end <= gapEnd && /^(VERB|AUX)$/.test(w.pos));
				// "rejected the minister’s claim that …": the clause is the claim's, reported by a noun (nominalCues).
				const nounBetween = a.words.some(
					(w) => w.start >= tail && w.end <= gapEnd && w.pos === 'NOUN' && REPORTING_NOUNS.has(w.lemma)
				);
				if (found && nounBetween && !verbBetween) continue;
				const that = found && !verbBetween ? found : null;
				start = tail + (that?.[0].length ?? /^[\s,:]*/.exec(rest)?.[0].length ?? 0);
				const semi = a.body
					.slice(start, s.end)
					.search(/;|,? (?:although|though|whereas|but)\b|, (?:and|while|adding|since|because)\b/);
				end = semi < 0 ? s.end : start + semi;
				// "rejected the accusations and said …": a second verb of saying starts a statement of its own.
				const and = a.words.find(
					(w) => w.start >= start && w.end <= end && w.text === 'and' && REPORTING.has(a.words[w.i + 1]?.lemma ?? '')
				);
				if (and) end = and.start;
				// "Putin denied that Russia is threatening …": the clause is what he denies, and drafting it as his
				// statement would teach that he said it. What he said is the denial: the statement starts at its verb
				// (a denial with its speaker after the verb is left undrafted, rather than hold the speaker's name).
				if (cue.denial && that) {
					if (who.end > cue.word.start) continue;
					start = cue.word.start;
				}
			} else {
				start = clauseStart(
					a,
					s,
					own.filter((q) => q.end < Math.min(cue.word.start, who.start) - 3 && !claimed.has(q)),
					cue.word.start
				);
				end = Math.min(cue.word.start, who.start);
				if (start === s.start) {
					// Inside a sentence, the clause before a closing cue starts at its last comma-free stretch.
					const lead = a.body.slice(start, end);
					const comma = lead.lastIndexOf(', ', lead.length - 3);
					if (comma > 0 && lead.length - comma > 40) start += comma + 2;
				}
			}
			const statement = trimEnd(spanOf(source, a.body, start, end), a.body);
			const text = statement.text;
			if (text.split(/\s+/).length < 3) continue;
			const inside = own.filter((q) => q.start >= statement.start && q.end <= statement.end + 1);
			const whole = inside.length === 1 && inside[0].start === statement.start && inside[0].end >= statement.end;
			// What is reported is a clause: "explained the decision", "told reporters" report nothing.
			const clause = a.words.some(
				(w) => w.start >= statement.start && w.end <= statement.end && (w.pos === 'VERB' || w.pos === 'AUX')
			);
			// (Quoted words in the object are the speaker's, though: "condemned the “aggressive … rhetoric”".)
			if (!whole && !clause && !inside.length) continue;
			inside.forEach((q) => claimed.add(q));
			add({
				statement,
				speaker,
				mode: !named ? 'unnamed-source' : whole ? 'direct-quote' : 'paraphrase',
				cue: cueText,
				confidence: sure - 0.15,
				partial: !whole && inside.length > 0,
				paragraph: s.paragraph
			});
		}
	}

	// Quotes no cue claimed: given to the last speaker named before them, with less confidence.
	for (const q of quotes) {
		const sentenceOf = a.sentences.find((s) => s.start <= q.start && q.start < s.end);
		// A heading that is all one quotation is someone's words, however short; elsewhere short quotes are scare quotes.
		const wholeHeading = sentenceOf?.heading && sentenceOf.start === q.start && q.end >= sentenceOf.end;
		if (claimed.has(q) || (!wholeHeading && a.body.slice(q.innerStart, q.innerEnd).split(/\s+/).length < 4)) continue;
		// `found` is in the order drafted, not in the text's: the previous statement is the one that starts last before.
		const previous = found
			.filter((x) => x.statement.start < q.start && x.speaker !== 'reporter')
			.reduce<Attribution | undefined>((p, x) => (!p || x.statement.start > p.statement.start ? x : p), undefined);
		const sentence = a.sentences.find((s) => s.start <= q.start && q.start < s.end);
		// After a headline, the first one the report shows speaking ("Putin has now reproached …").
		const voice = voices.find((v) => v.at > q.end && v.speaker !== 'unnamed');
		const next =
			(voice && { speaker: voice.speaker, paragraph: voice.paragraph }) ??
			found.find((x) => x.statement.start > q.end && x.speaker !== 'reporter');
		// A cue later in the same sentence ("NATO “is …,” while “…,” Truss said") speaks for the quote too.
		const same = found.find((x) => x.cue && sentence && x.cue.start >= q.end && x.cue.end <= sentence.end);
		const guess = same ?? (sentence?.heading ? next : previous) ?? previous ?? next;
		if (!guess) continue;
		add({
			statement: spanOf(source, a.body, q.start, q.end),
			speaker: guess.speaker,
			mode: guess.speaker === 'unnamed' ? 'unnamed-source' : 'direct-quote',
			cue: null,
			confidence: 0.4,
			partial: false,
			paragraph: guess.paragraph
		});
	}
	return dedupe(found);
}

/** Where a reported clause ends: a semicolon, a concession, or a new clause after a comma. */
const CLAUSE_END = /;|,? (?:although|though|whereas|but)\b|, (?:and|while|adding|since|because)\b/;

/**
 * Speech reported by a noun: "a statement by the minister, Petra Holm, on
 * Tuesday that …", "Holm’s announcement that …". The "that" clause after a
 * reporting noun is what its owner said: the agent after "by", else the
 * possessive before it. No verb may stand between the noun and "that" (then
 * the clause is that verb's), and the clause must have a verb of its own.
 */
function nominalCues(source: string, a: Analysed, s: Sentence, cast: Cast, quotes: Quote[]): Attribution[] {
	const found: Attribution[] = [];
	for (const w of wordsOf(a, s)) {
		if (w.pos !== 'NOUN' || !REPORTING_NOUNS.has(w.lemma)) continue;
		if (quotes.some((q) => q.innerStart <= w.start && w.end <= q.innerEnd)) continue;
		const that = /^[^“”".;:]{0,80}?\bthat\s+/.exec(a.body.slice(w.end, s.end));
		if (!that) continue;
		const thatAt = w.end + that[0].trimEnd().length - 4;
		if (a.words.some((x) => x.start >= w.end && x.end <= thatAt && /^(VERB|AUX)$/.test(x.pos))) continue;
		let who: Resolved = null;
		const by = /^\s+by\s+/.exec(a.body.slice(w.end, thatAt));
		if (by) who = resolveIn(a, cast, w.end + by[0].length, thatAt, 'first');
		else {
			// "Holm’s announcement", "Holm’s earlier statement": the possessive just before the noun phrase.
			const owner = cast.mentions.find(
				(m) => m.possessive && m.end < w.start && /^[’']s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(a.body.slice(m.end, w.start))
			);
			if (owner) who = { speaker: owner.speaker, start: owner.start, end: owner.end };
		}
		if (!who) continue;
		const start = w.end + that[0].length;
		const stop = a.body.slice(start, s.end).search(CLAUSE_END);
		const statement = trimEnd(spanOf(source, a.body, start, stop < 0 ? s.end : start + stop), a.body);
		const clause = a.words.some(
			(x) => x.start >= statement.start && x.end <= statement.end && /^(VERB|AUX)$/.test(x.pos)
		);
		if (!clause || statement.text.split(/\s+/).length < 3) continue;
		const inside = quotes.filter((q) => q.start >= statement.start && q.end <= statement.end + 1);
		found.push({
			statement,
			speaker: who.speaker,
			mode: who.speaker === 'unnamed' ? 'unnamed-source' : 'paraphrase',
			cue: spanOf(source, a.body, Math.min(w.start, who.start), Math.max(w.end, who.end)),
			confidence: 0.7,
			partial: inside.length > 0,
			paragraph: s.paragraph
		});
	}
	return found;
}

/** Keeps, of statements that overlap, the one drafted with more confidence. */
function dedupe(found: Attribution[]): Attribution[] {
	const kept: Attribution[] = [];
	for (const x of [...found].sort((p, q) => q.confidence - p.confidence)) {
		const clash = kept.some(
			(k) => k.statement.start < x.statement.end && x.statement.start < k.statement.end && k.mode === x.mode
		);
		if (!clash) kept.push(x);
	}
	return kept.sort((p, q) => p.statement.start - q.statement.start);
}

/** The speaker whose words a quote holds: the attribution whose statement holds or is the quote. */
export function quoteOwner(attributions: Attribution[], q: { start: number; end: number }): string | null {
	const holder = attributions.find(
		(x) => x.statement.start <= q.start && q.end <= x.statement.end + 1 && x.mode !== 'reporter-claim'
	);
	return holder ? holder.speaker : null;
}
