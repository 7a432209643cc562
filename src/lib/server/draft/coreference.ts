import type { Analysed, Word } from './nlp';
import { camel, headOf, ORGANISATION_HEADS, type Cast, type Speaker } from './speakers';

/*
 * What the text itself says an organisation is, so that a later definite
 * description can point back to it: "the North Sea Fishing League, the
 * alliance of …," (an apposition), "the Dry Valley Group is an alliance of …"
 * (a copula, quoted or not), "the Patient Safety Authority (PSA)" (an acronym
 * in brackets). Then "the alliance", "the Alliance" or "the PSA" is that
 * organisation. Nothing here knows the world: "the US" is the White House only
 * where a text says so, and a description one report gives serves the module's
 * other reports (shareDescriptions) for the same speaker.
 */

export interface Definite {
	head: string;
	start: number;
	end: number;
	text: string;
}

/** Nouns that say what kind of body something is, beyond the heads that end organisations' names. */
const KINDS = new Set([
	'alliance',
	'company',
	'group',
	'office',
	'body',
	'bloc',
	'chain',
	'lobby',
	'campaign',
	'operator'
]);
const isKind = (word: string) => KINDS.has(word) || ORGANISATION_HEADS.has(word);

/** The kind of body a description names: its first kind noun ("the office of Valoria’s president": office). */
export function kindOf(description: string): string | null {
	return (
		description
			.toLowerCase()
			.split(/[^\p{L}-]+/u)
			.find(isKind) ?? null
	);
}

/** Whether a definite description's head fits an organisation: its name ends in it, or the text described it so. */
export function describedAs(speaker: Speaker, head: string): boolean {
	if (speaker.type !== 'organisation') return false;
	return headOf(speaker.name) === head || speaker.descriptions.some((d) => kindOf(d) === head);
}

const APPOSITION =
	/^, ((?:the|a|an) [^,.;:()“”"]{1,60}?)(?=, | (?:said|says|will|would|has|have|had|is|was|did|could)\b|[.;])/;
const COPULA = /^\s*[“"]?(?:is|was|has been|remains|, which is) ((?:a|an|the) [^,.;:()“”"]{1,60})/;

/** A description right after a name, if it names a kind of body. */
function describedAfter(text: string): string | null {
	const found = APPOSITION.exec(text) ?? COPULA.exec(text);
	return found && kindOf(found[1]) ? found[1].trim() : null;
}

export function linkDescriptions(a: Analysed, cast: Cast, singles: Word[]): void {
	const byId = new Map(cast.speakers.map((s) => [s.id, s]));
	for (const m of [...cast.mentions]) {
		const speaker = byId.get(m.speaker);
		if (speaker?.type !== 'organisation') continue;
		const after = a.body.slice(m.end, m.end + 120);
		const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(after);
		if (acronym) alias(cast, camel([acronym[1]]), speaker);
		const description = describedAfter(after);
		if (description && !speaker.descriptions.includes(description)) speaker.descriptions.push(description);
	}
	// "Greenloaf, the bakery company …": a name no list knows, which the text describes as a body.
	for (const w of singles) {
		const id = camel([w.text]);
		const description = w.pos === 'PROPN' ? describedAfter(a.body.slice(w.end, w.end + 120)) : null;
		if (!description || byId.has(id)) continue;
		const speaker: Speaker = { id, name: w.text, type: 'organisation', descriptions: [description] };
		cast.speakers.push(speaker);
		byId.set(id, speaker);
		cast.mentions.push({ speaker: id, start: w.start, end: w.end, text: w.text });
	}
}

/** An acronym given in brackets is the organisation: its mentions are the organisation's. */
function alias(cast: Cast, acronymId: string, speaker: Speaker) {
	if (acronymId === speaker.id) return;
	for (const m of cast.mentions) if (m.speaker === acronymId) m.speaker = speaker.id;
	cast.speakers = cast.speakers.filter((s) => s.id !== acronymId);
}

/** Descriptions one report gives a speaker serve the module's other reports that name the same speaker. */
export function shareDescriptions(casts: Cast[]): void {
	const all = new Map<string, Set<string>>();
	for (const cast of casts)
		for (const s of cast.speakers) {
			const known = all.get(s.id) ?? new Set<string>();
			s.descriptions.forEach((d) => known.add(d));
			all.set(s.id, known);
		}
	for (const cast of casts) for (const s of cast.speakers) s.descriptions = [...(all.get(s.id) ?? [])];
}

/** The organisation a definite description ("the alliance") points to: the last fitting one before, else the first after. */
export function organisationCalled(cast: Cast, head: string, at: number): string | null {
	const fits = new Set(cast.speakers.filter((s) => describedAs(s, head)).map((s) => s.id));
	const named = cast.mentions.filter((m) => fits.has(m.speaker));
	return (named.filter((m) => m.end <= at).at(-1) ?? named[0])?.speaker ?? null;
}

/** Resolves each capitalised "the Alliance"; one that points to nothing named is an organisation of its own. */
export function settleDefinites(cast: Cast): void {
	for (const d of cast.definites) {
		let id = organisationCalled(cast, d.head, d.start);
		if (!id) {
			id = d.head;
			if (!cast.speakers.some((s) => s.id === id)) {
				cast.speakers.push({ id, name: d.text.replace(/^the/, 'The'), type: 'organisation', descriptions: [] });
			}
		}
		cast.mentions.push({ speaker: id, start: d.start, end: d.end, text: d.text });
	}
	cast.definites = [];
	cast.mentions.sort((x, y) => x.start - y.start);
}
