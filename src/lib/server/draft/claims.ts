import { spanOf, trimEnd, type TextSpan } from './document';
import type { Analysed, Sentence, Word } from './nlp';
import { wordsOf } from './nlp';
import { DISPUTING, REPORTING } from './cues';
import { resolveIn } from './speakers';
import { findContrasts } from './contrasts';
import type { Reading } from './draft';

/*
 * Claims across reports. Sentences are compared by their content words'
 * lemmas, each weighted by how rare it is in the module (inverse document
 * frequency over sentences), so that two reports' sentences about the same
 * event match on what is particular to them, not on "Russia" or "said". A
 * sentence with a match in another report is carried by both; an attributed
 * statement with none is carried by one alone. Dispute cues ("denied",
 * "contested by", "did not confirm", "rejected the accusations of") give a
 * disputed claim, its disputers, and its asserters where the text names them.
 */

export interface Carried {
	statement: string;
	carriedBy: string[];
	evidence: TextSpan[];
}

export interface Dispute {
	claim: string;
	asserters: string[];
	disputers: string[];
	reportedIn: string[];
	evidence: TextSpan[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'must', 'also', 'other', 'such']);
/** How alike two sentences must be (weighted overlap, 0 to 1) to count as one claim. */
const SAME_CLAIM = 0.2;
/** Below this, a statement has no counterpart at all in another report. */
const NO_COUNTERPART = 0.12;
const MAX_SINGLE = 6;

interface Unit {
	source: string;
	reading: Reading;
	sentence: Sentence;
	lemmas: Set<string>;
}

const lemmasOf = (words: Word[]) =>
	new Set(
		words
			.filter((w) => CONTENT.has(w.pos) && !LIGHT.has(w.lemma) && !REPORTING.has(w.lemma) && /\p{L}|\d/u.test(w.text))
			.map((w) => w.lemma.replace(/[’']s$/, ''))
	);

function unitsOf(readings: Reading[]): Unit[] {
	return readings.flatMap((reading) =>
		reading.analysed.sentences
			.filter((s) => !s.heading)
			.map((sentence) => ({
				source: reading.document.id,
				reading,
				sentence,
				lemmas: lemmasOf(wordsOf(reading.analysed, sentence))
			}))
	);
}

function similarity(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
	let shared = 0;
	let total = 0;
	for (const x of new Set([...a, ...b])) {
		const w = idf.get(x) ?? 1;
		total += w;
		if (a.has(x) && b.has(x)) shared += w;
	}
	return total ? shared / total : 0;
}

function idfOf(units: Unit[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const u of units) for (const x of u.lemmas) df.set(x, (df.get(x) ?? 0) + 1);
	return new Map([...df].map(([x, n]) => [x, Math.log(1 + units.length / n)]));
}

const sentenceSpan = (u: Unit) => spanOf(u.source, u.reading.analysed.body, u.sentence.start, u.sentence.end);

/** The statement an attribution drafted in this sentence, or the sentence itself. */
function claimSpan(u: Unit): TextSpan {
	const x = u.reading.attributions.find(
		(a) => a.statement.start >= u.sentence.start && a.statement.end <= u.sentence.end && a.mode !== 'reporter-claim'
	);
	return x ? x.statement : sentenceSpan(u);
}

export function findCarried(readings: Reading[]): Carried[] {
	const units = unitsOf(readings);
	const idf = idfOf(units);
	const best = (u: Unit) =>
		units
			.filter((v) => v.source !== u.source)
			.map((v) => ({ v, score: similarity(u.lemmas, v.lemmas, idf) }))
			.sort((p, q) => q.score - p.score)[0];
	const carried: Carried[] = [];
	const paired = new Set<Unit>();
	for (const u of units) {
		const match = best(u);
		if (!match || match.score < SAME_CLAIM || paired.has(u) || paired.has(match.v)) continue;
		if (best(match.v)?.v !== u) continue; // each the other's best match
		paired.add(u).add(match.v);
		carried.push({
			statement: sentenceSpan(u).text,
			carriedBy: [u.source, match.v.source],
			evidence: [sentenceSpan(u), sentenceSpan(match.v)]
		});
	}
	// Statements one report gives to a named speaker and no other report comes near.
	const singles = units
		.filter((u) => !paired.has(u))
		.filter((u) =>
			u.reading.attributions.some(
				(a) =>
					a.statement.start >= u.sentence.start &&
					a.statement.end <= u.sentence.end &&
					a.speaker !== 'reporter' &&
					a.speaker !== 'unnamed'
			)
		)
		.map((u) => ({ u, score: best(u)?.score ?? 0 }))
		.filter(({ score }) => score < NO_COUNTERPART)
		.sort((p, q) => p.score - q.score)
		.slice(0, MAX_SINGLE);
	for (const { u } of singles)
		carried.push({ statement: claimSpan(u).text, carriedBy: [u.source], evidence: [claimSpan(u)] });
	return carried;
}

interface DisputeCue {
	start: number;
	end: number;
	passive: boolean;
	/** "did not confirm": a refusal to vouch for a claim, weaker than a denial. */
	unconfirmed?: true;
}

/**
 * "did not confirm …, but acknowledged that …": a refusal to confirm that the
 * same sentence takes back with a concession is caution, not contradiction:
 * whoever concedes holds the claim too, if hedged.
 */
const CONCEDED = /\b(?:although|though|but|yet)\b[^.;]{0,40}?\b(?:acknowledg|admit|conced|accept|agree)/i;

/** "denied", "rejected", "is contested by", and "did not (want to) confirm". */
function disputeCues(a: Analysed, s: Sentence): DisputeCue[] {
	const found: DisputeCue[] = [];
	for (const w of wordsOf(a, s)) {
		const next = a.words[w.i + 1];
		const lower = w.text.toLowerCase();
		// The tagger may read "contested" before "by" as an adjective: its lemma is then the word itself.
		const disputing = [w.lemma, lower.replace(/d$/, ''), lower.replace(/ed$/, '')].some((x) => DISPUTING.has(x));
		if (disputing && (w.pos === 'VERB' || /ed$/.test(w.text))) {
			found.push({ start: w.start, end: w.end, passive: next?.text === 'by' });
		} else if (w.lemma === 'confirm') {
			const before = a.body.slice(Math.max(s.start, w.start - 30), w.start);
			const not = /\b(not|n’t|n't|never)\b(?:\s+\w+){0,3}\s*$/.exec(before);
			if (not)
				found.push({
					start: w.start - not[0].length + not[0].indexOf(not[1]),
					end: w.end,
					passive: false,
					unconfirmed: true
				});
		}
	}
	return found;
}

function isQuoted(r: Reading, at: number) {
	return r.quotes.some((q) => q.innerStart <= at && at < q.innerEnd);
}

export function findDisputes(readings: Reading[]): Dispute[] {
	const disputes: Dispute[] = [];
	for (const r of readings) {
		const a = r.analysed;
		const source = r.document.id;
		for (const s of a.sentences) {
			disputes.push(...accusations(r, s));
			for (const cue of disputeCues(a, s)) {
				if (isQuoted(r, cue.start)) continue;
				// "has not confirmed how often …": an open question, not a claim disputed.
				if (/^\s*(how|when|whether|what|where|which|who|why|if)\b/i.test(a.body.slice(cue.end, s.end))) continue;
				const cueSpan = spanOf(source, a.body, cue.start, cue.end);
				// Who disputes: the agents after "by" in the passive, else the subject before the cue.
				let disputers: string[] = [];
				if (cue.passive) {
					disputers = r.cast.mentions.filter((m) => m.start > cue.end && m.end <= s.end).map((m) => m.speaker);
					const role = resolveIn(a, r.cast, cue.end, s.end, 'first');
					if (role && !disputers.includes(role.speaker)) disputers.unshift(role.speaker);
				} else {
					const who = resolveIn(a, r.cast, s.start, cue.start, 'last');
					if (who) disputers = [who.speaker];
				}
				const rest = a.body.slice(cue.end, s.end);
				// A "that" after another verb ("rejected … and stressed that") is that verb's, not the cue's.
				const clause = /^[^.;]{0,60}?\bthat\s+/.exec(rest);
				// "contested that account": a demonstrative, pointing back to what was said before, not a clause.
				const demonstrative = /^\s*that\s+[\p{L}-]+\s*(?:[.,;]|$)/u.test(rest);
				const that = clause && !demonstrative && !/\b(and|but|while)\b/.test(clause[0]) ? clause : null;
				let claim: TextSpan | null = null;
				let asserters: string[] = [];
				if (that) {
					// "denied that …", "did not confirm Putin’s announcement that …": the clause is the claim.
					const start = cue.end + that[0].length;
					const stop = a.body.slice(start, s.end).search(/;|,? (?:although|though|whereas|but)\b|, (?:and|while)\b/);
					claim = trimEnd(spanOf(source, a.body, start, stop < 0 ? s.end : start + stop), a.body);
					const owner = r.cast.mentions.find((m) => m.start >= cue.end && m.end <= start && m.possessive);
					if (owner) asserters = [owner.speaker];
				} else if (cue.passive || /^(this|that|these|it|such)\b/i.test(a.body.slice(s.start, cue.start))) {
					// "This representation is contested by …": the claim is the statement just before.
					const before = r.attributions.filter((x) => x.statement.end <= s.start && x.mode !== 'reporter-claim').at(-1);
					if (before) {
						claim = before.statement;
						asserters = [before.speaker];
					}
				} else {
					// "rejected the accusations of the Russian president": whose claim is named after the cue;
					// "rejected the accusations", naming no one: the last statement someone else made before.
					const whose = resolveIn(a, r.cast, cue.end, s.end, 'first');
					if (!whose) {
						const before = r.attributions
							.filter((x) => x.statement.end <= cue.start && !['reporter', ...disputers].includes(x.speaker))
							.at(-1);
						if (before) {
							claim = before.statement;
							asserters = [before.speaker];
						}
					} else {
						asserters = [whose.speaker];
						const theirs = readings
							.flatMap((o) => o.attributions)
							.filter((x) => x.speaker === whose.speaker && x.mode !== 'reporter-claim');
						const earlier = theirs.filter((x) => x.statement.source === source && x.statement.end <= s.start).at(-1);
						claim = (earlier ?? theirs[0])?.statement ?? null;
					}
				}
				if (!claim || claim.text.split(/\s+/).length < 3) continue;
				// Whoever else says much the same, in any report, asserts the claim too.
				if (cue.unconfirmed && CONCEDED.test(a.body.slice(cue.end, s.end))) {
					asserters = [...asserters, ...disputers];
					disputers = [];
				}
				asserters = [...new Set([...asserters, ...assertersOf(readings, claim, disputers)])];
				const evidence = [spanOf(source, a.body, s.start, s.end)];
				if (claim.source !== source || claim.start < s.start || claim.end > s.end) evidence.push(claim);
				disputes.push({
					claim: claim.text,
					asserters: asserters.filter((x) => !disputers.includes(x)),
					disputers: disputers.filter((x) => x !== 'reporter'),
					reportedIn: [source],
					evidence: evidence.some((e) => e.start <= cueSpan.start && cueSpan.end <= e.end)
						? evidence
						: [cueSpan, ...evidence]
				});
			}
		}
	}
	// Disputes in the meaning alone: one thing described with opposite words by two speakers.
	disputes.push(...findContrasts(readings));
	return disputes;
}

/**
 * "X accused Y of Z"": an accusation is a claim the accused would contest, so a
 * claim to ask about, asserted by X; its disputers are named only where the
 * text has them dispute it (a denial drafts a dispute of its own).
 */
function accusations(r: Reading, s: Sentence): Dispute[] {
	const a = r.analysed;
	const source = r.document.id;
	return wordsOf(a, s).flatMap((w) => {
		if (w.lemma !== 'accuse' || !(w.pos === 'VERB' || /ed$/.test(w.text)) || isQuoted(r, w.start)) return [];
		// "accused of" after a noun ("the man accused of …") describes someone; it is no one's accusation.
		if (a.words[w.i - 1]?.pos === 'NOUN' && a.words[w.i + 1]?.text === 'of') return [];
		const who = resolveIn(a, r.cast, s.start, w.start, 'last');
		if (!who || who.speaker === 'unnamed') return [];
		const rest = a.body.slice(w.end, s.end);
		const stop = rest.search(/;|,? (?:although|though|whereas|but|while)\b|, (?:and|despite)\b/);
		const claim = trimEnd(spanOf(source, a.body, w.end, stop < 0 ? s.end : w.end + stop), a.body);
		if (claim.text.split(/\s+/).length < 3) return [];
		return [
			{
				claim: claim.text,
				asserters: [who.speaker],
				disputers: [],
				reportedIn: [source],
				evidence: [spanOf(source, a.body, s.start, s.end)]
			}
		];
	});
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');

/** The times a statement is pinned to, by kind: months, weekdays and years it names. */
function timesOf(words: Word[]): Map<string, Set<string>> {
	const times = new Map<string, Set<string>>();
	for (const w of words) {
		const x = w.text.toLowerCase();
		// "May" is a month only as a proper noun: "may" is a verb far more often.
		const kind =
			MONTHS.includes(x) && (x !== 'may' || w.pos === 'PROPN')
				? 'month'
				: WEEKDAYS.includes(x)
					? 'weekday'
					: /^(1[5-9]|20)\d\d$/.test(x)
						? 'year'
						: null;
		if (kind) times.set(kind, (times.get(kind) ?? new Set()).add(x));
	}
	return times;
}

const NEGATED = /\b(?:not|never|no)\b|n[’']t\b/i;

/**
 * "the repairs will begin in April" and "his team would start the first stage
 * of the repairs … in April": two statements about one event at one time,
 * however differently worded. Word overlap misses them (the second says much
 * else), so this is the measure event coreference uses: the same event noun
 * (the claim's first common noun, its subject's head in an English clause)
 * and the same time, a month, weekday or year both name, with none of one kind
 * that differs ("talks in March" is not "talks in January"). A negated
 * statement is left to the dispute cues: it may deny the event.
 */
function sameEvent(claim: Word[], statement: Word[]): boolean {
	const event = claim.find((w) => w.pos === 'NOUN' && /\p{L}/u.test(w.text));
	if (!event || !statement.some((w) => w.pos === 'NOUN' && w.lemma === event.lemma)) return false;
	const a = timesOf(claim);
	const b = timesOf(statement);
	let shared = false;
	for (const [kind, xs] of a) {
		const ys = b.get(kind);
		if (!ys) continue;
		if ([...xs].some((x) => !ys.has(x)) || [...ys].some((y) => !xs.has(y))) return false;
		shared = true;
	}
	return shared && !statement.some((w) => NEGATED.test(w.text));
}

/**
 * Who else makes a claim: speakers of statements in any report that say much
 * the same, or that give the same event at the same time.
 */
function assertersOf(readings: Reading[], claim: TextSpan, disputers: string[]): string[] {
	const units = unitsOf(readings);
	const idf = idfOf(units);
	const claimWords = readings
		.find((r) => r.document.id === claim.source)!
		.analysed.words.filter((w) => w.start >= claim.start && w.end <= claim.end);
	const claimed = lemmasOf(claimWords);
	const speakers = new Set<string>();
	for (const r of readings) {
		for (const x of r.attributions) {
			if (
				x.speaker === 'reporter' ||
				disputers.includes(x.speaker) ||
				(x.statement.source === claim.source && x.statement.start === claim.start)
			)
				continue;
			const words = r.analysed.words.filter((w) => w.start >= x.statement.start && w.end <= x.statement.end);
			if (similarity(claimed, lemmasOf(words), idf) >= SAME_CLAIM || sameEvent(claimWords, words))
				speakers.add(x.speaker);
		}
	}
	return [...speakers];
}
