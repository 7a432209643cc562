import { spanOf, type TextSpan } from './document';
import { wordsOf, type Word } from './nlp';
import { ANTONYM_PAIRS } from './antonyms';
import type { Dispute } from './claims';
import type { Reading } from './draft';

/*
 * Disputes no cue announces: one speaker says what a thing is ("the Orla dam
 * is a safe structure"), another describes the same thing with the opposite
 * word ("below a dangerous wall" of the Orla valley), and neither names the
 * other. Reports set such views side by side without "denied" or "rejected";
 * a careful reader sees the dispute in the meaning. Opposite words come from
 * WordNet's direct antonyms (antonyms.ts). To keep this to real disputes, the
 * claim must be a description ("X is (a) safe …": the adjective in the
 * predicate of a clause whose subject names X), the other speaker's sentence
 * must name the same X (a proper noun), and each side's words must be its
 * speaker's (at or after the start of their reported statement in the
 * sentence), by two different named speakers. Opposite words about things
 * only one side names ("the new pumps are quiet", "the old pumps are noisy")
 * give nothing.
 */

const SKIPPED_BEFORE_ADJ = new Set(['DET', 'ADV', 'PUNCT']);

let opposites: Map<string, Set<string>> | undefined;

function oppositesOf(word: string): Set<string> | undefined {
	if (!opposites) {
		opposites = new Map();
		for (const line of ANTONYM_PAIRS.split('\n')) {
			const [a, b] = line.split(' ');
			if (!b) continue;
			opposites.set(a, (opposites.get(a) ?? new Set()).add(b));
			opposites.set(b, (opposites.get(b) ?? new Set()).add(a));
		}
	}
	return opposites.get(word);
}

/** A sentence in one named speaker's voice: the words from where their statement starts on. */
interface Voice {
	reading: Reading;
	speaker: string;
	sentence: TextSpan;
	/** The speaker's words: from the start of their first statement in the sentence to its end. */
	words: Word[];
	/** The adjectives in use among those words, lower-cased. */
	adjectives: Set<string>;
	/** The sentence's words before the speaker's start (where a subject may stand). */
	lead: Word[];
	/** The proper nouns the whole sentence names, lower-cased. */
	names: Set<string>;
}

/**
 * An adjective in use: before a noun ("offensive weapons") or after "be". The
 * tagger also calls some nouns adjectives ("a new offensive against …"): a
 * word followed by neither a noun nor preceded by "be" is not taken.
 */
function adjectiveAt(words: Word[], k: number): string | null {
	const w = words[k];
	if (w.pos !== 'ADJ') return null;
	const next = words[k + 1];
	let b = k - 1;
	while (b >= 0 && SKIPPED_BEFORE_ADJ.has(words[b].pos)) b--;
	return next?.pos === 'NOUN' || words[b]?.lemma === 'be' ? w.text.toLowerCase() : null;
}

function voicesOf(readings: Reading[]): Voice[] {
	return readings.flatMap((reading) => {
		const a = reading.analysed;
		return a.sentences
			.filter((s) => !s.heading)
			.flatMap((s) => {
				const own = reading.attributions.filter(
					(x) =>
						x.statement.start >= s.start &&
						x.statement.end <= s.end &&
						x.mode !== 'reporter-claim' &&
						x.speaker !== 'reporter' &&
						x.speaker !== 'unnamed'
				);
				// A sentence that gives two speakers' words is not one voice.
				if (!own.length || new Set(own.map((x) => x.speaker)).size > 1) return [];
				const from = Math.min(...own.map((x) => x.statement.start));
				const words = wordsOf(a, s);
				const theirs = words.filter((w) => w.start >= from);
				return [
					{
						reading,
						speaker: own[0].speaker,
						sentence: spanOf(reading.document.id, a.body, s.start, s.end),
						words: theirs,
						adjectives: new Set(theirs.map((_, k) => adjectiveAt(theirs, k)).filter((x) => x !== null)),
						lead: words.filter((w) => w.start < from),
						names: new Set(words.filter((w) => w.pos === 'PROPN').map((w) => w.text.toLowerCase()))
					}
				];
			});
	});
}

/**
 * "NATO “is a defensive alliance": the adjective's claim when it is the
 * predicate of "be" (articles, adverbs and quote marks between) and a proper
 * noun stands within the four words before "be" (the subject): that noun and
 * the span from it to the end of the described noun (or the quotation it opens).
 */
function description(v: Voice, k: number): { name: string; claim: TextSpan } | null {
	const { words } = v;
	let b = k - 1;
	while (b >= 0 && SKIPPED_BEFORE_ADJ.has(words[b].pos)) b--;
	if (b < 0 || words[b].lemma !== 'be') return null;
	// The subject may come before the speaker's statement starts ("NATO “is …”, Truss said"): look in the sentence.
	const a = v.reading.analysed;
	const before = [...v.lead, ...words.slice(0, b)].slice(-4);
	const subject = before.findLast((w) => w.pos === 'PROPN');
	if (!subject) return null;
	let end = words[k + 1]?.pos === 'NOUN' ? words[k + 1].end : words[k].end;
	const text = a.body.slice(subject.start, end);
	// A quotation opened in the claim closes with it.
	if ((text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length) {
		const close = a.body.indexOf('”', end);
		if (close >= 0 && close < v.sentence.end) end = close + 1;
	}
	return {
		name: subject.text.toLowerCase(),
		claim: spanOf(v.reading.document.id, a.body, subject.start, end)
	};
}

export function findContrasts(readings: Reading[]): Dispute[] {
	const voices = voicesOf(readings);
	const disputes: Dispute[] = [];
	const seen = new Set<string>();
	// Two descriptions that oppose each other are one dispute, not two: the first said is the claim, the other its reply.
	const paired = new Set<string>();
	const at = (x: Voice) => `${x.sentence.source}:${x.sentence.start}`;
	for (const v of voices) {
		v.words.forEach((_, k) => {
			const word = adjectiveAt(v.words, k);
			const against = word && oppositesOf(word);
			if (!against) return;
			const said = description(v, k);
			if (!said) return;
			// Each other speaker who uses an opposite word of the same thing: one dispute, all their sentences.
			const by = new Map<string, Voice[]>();
			for (const other of voices) {
				if (other.speaker === v.speaker || !other.names.has(said.name)) continue;
				// Both words in one voice is a comparison ("safe or dangerous"), not a side taken.
				if (![...against].some((x) => other.adjectives.has(x)) || other.adjectives.has(word)) continue;
				if (paired.has(`${at(other)}|${at(v)}`)) continue;
				paired.add(`${at(v)}|${at(other)}`);
				by.set(other.speaker, [...(by.get(other.speaker) ?? []), other]);
			}
			for (const [speaker, others] of by) {
				const key = `${said.claim.source}:${said.claim.start}:${speaker}`;
				if (seen.has(key)) continue;
				seen.add(key);
				disputes.push({
					claim: said.claim.text,
					asserters: [v.speaker],
					disputers: [speaker],
					reportedIn: [...new Set([v, ...others].map((x) => x.sentence.source))],
					evidence: [v.sentence, ...others.map((x) => x.sentence)]
				});
			}
		});
	}
	return disputes;
}
