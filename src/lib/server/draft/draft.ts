import { proposeItems, type DraftItem } from '$lib/kinds/drafters';
import type { DraftFindings } from '$lib/kinds/draft';
import { readDocument, type DraftDocument } from './document';
import { analyse, type Analysed } from './nlp';
import { findQuotes, type Quote } from './quotes';
import { findCast, type Cast } from './speakers';
import { settleDefinites, shareDescriptions } from './coreference';
import { findAttributions, type Attribution } from './attribution';
import { findLoaded, type Loaded } from './loaded';
import { findCarried, findDisputes } from './claims';

/*
 * The whole drafter: documents in, draft items out, every span checked against
 * its body. It reads, finds and proposes; it never invents text: a statement,
 * phrase or piece of evidence is always a slice of a document.
 */

export interface DraftSpeaker {
	id: string;
	name: string;
	mentions: string[];
}

export interface Draft {
	documents: Array<{ id: string; title: string; words: number }>;
	speakers: DraftSpeaker[];
	items: DraftItem[];
}

/** One document read and analysed: what the later steps (loaded wording, claims) work on. */
export interface Reading {
	document: DraftDocument;
	analysed: Analysed;
	quotes: Quote[];
	cast: Cast;
	attributions: Attribution[];
	loaded: Loaded[];
}

export function readAll(files: Array<{ id: string; raw: string }>): Reading[] {
	const read = files.map(({ id, raw }) => {
		const document = readDocument(id, raw);
		const analysed = analyse(document.body);
		analysed.sentences = analysed.sentences.filter(
			(s) => !document.asides.some((x) => x.start <= s.start && s.end <= x.end)
		);
		return { document, analysed, quotes: findQuotes(document.body), cast: findCast(analysed) };
	});
	// What one report says an organisation is ("NATO is an alliance") tells the others what "the Alliance" is.
	shareDescriptions(read.map((r) => r.cast));
	return read.map(({ document, analysed, quotes, cast }) => {
		settleDefinites(cast);
		const attributions = findAttributions(document.id, analysed, cast, quotes);
		const loaded = findLoaded(document.id, analysed, cast, quotes, attributions);
		return { document, analysed, quotes, cast, attributions, loaded };
	});
}

/** The module's speakers: each document's, merged by id, with every way the texts refer to them. */
function speakersOf(readings: Reading[], findings: DraftFindings): DraftSpeaker[] {
	const merged = new Map<string, DraftSpeaker>();
	for (const { cast, attributions } of readings) {
		for (const s of cast.speakers) {
			const known = merged.get(s.id) ?? { id: s.id, name: s.name, mentions: [] };
			if (s.name.length > known.name.length) known.name = s.name;
			merged.set(s.id, known);
		}
		const add = (id: string, text: string) => {
			const known = merged.get(id);
			if (known && !known.mentions.includes(text)) known.mentions.push(text);
		};
		for (const m of cast.mentions) add(m.speaker, m.text);
		for (const x of attributions) {
			const subject = x.cue?.text.match(/^(he|she|they|it)\b/i)?.[1];
			if (subject) add(x.speaker, subject.toLowerCase());
		}
	}
	// Every id an item names is listed, as is everyone who speaks.
	const spoken = new Set([
		...findings.attributions.map((x) => x.speaker),
		...findings.loaded.map((x) => x.whose),
		...findings.disputes.flatMap((x) => [...x.asserters, ...x.disputers])
	]);
	const titled = new Set(
		readings.flatMap((r) => r.cast.speakers.filter((s) => s.descriptions.length).map((s) => s.id))
	);
	// Those who speak, then people named with a title; a name that does neither may well be a place ("Central Asia").
	return [...merged.values()]
		.filter((s) => spoken.has(s.id) || titled.has(s.id))
		.sort((p, q) => Number(spoken.has(q.id)) - Number(spoken.has(p.id)));
}

export function draftModule(files: Array<{ id: string; raw: string }>): Draft {
	const readings = readAll(files);
	const findings: DraftFindings = {
		attributions: readings.flatMap((r) =>
			r.attributions.map(({ statement, speaker, mode, cue, confidence }) => ({
				source: r.document.id,
				statement,
				speaker,
				mode,
				cue,
				confidence
			}))
		),
		loaded: readings.flatMap((r) => r.loaded.map((x) => ({ source: r.document.id, ...x }))),
		disputes: findDisputes(readings),
		carried: findCarried(readings)
	};
	return {
		documents: readings.map(({ document: { id, title, words } }) => ({ id, title, words })),
		speakers: speakersOf(readings, findings),
		items: proposeItems(findings)
	};
}
