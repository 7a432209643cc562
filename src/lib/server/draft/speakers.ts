import type { Analysed, Word } from './nlp';

/*
 * People and organisations a document names, and every mention of them: full
 * names, surnames, the titles set beside a name ("The Russian President,
 * Vladimir Putin"), and, resolved when asked, pronouns and role nouns ("she",
 * "the spokesperson"). Names are runs of proper nouns from the tagger; titles and
 * organisations' head words come from the small lists below (our own).
 */

export interface Speaker {
	id: string;
	name: string;
	type: 'person' | 'organisation';
	/** How the text describes the speaker ("Foreign Minister", "The Russian President"). */
	descriptions: string[];
}

export interface Mention {
	speaker: string;
	start: number;
	end: number;
	text: string;
	possessive?: boolean;
}

export interface Cast {
	speakers: Speaker[];
	mentions: Mention[];
}

/** Words of a title before a name; a role noun alone ("the spokesperson") points back at the person holding it. */
export const ROLE_NOUNS = new Set([
	'president',
	'minister',
	'secretary',
	'spokesperson',
	'spokesman',
	'spokeswoman',
	'chancellor',
	'prime',
	'premier',
	'governor',
	'mayor',
	'senator',
	'chief',
	'head',
	'director',
	'leader',
	'adviser',
	'advisor',
	'ambassador',
	'general',
	'commander',
	'official',
	'chair',
	'chairman',
	'chairwoman',
	'principal',
	'librarian',
	'councillor',
	'officer',
	'professor',
	'dr',
	'mr',
	'mrs',
	'ms'
]);
const TITLE_WORDS = new Set([...ROLE_NOUNS, 'foreign', 'former', 'deputy', 'vice', 'interior', 'defence', 'defense']);
/** Head words that make a capitalised run an organisation. */
const ORGANISATION_HEADS = new Set([
	'house',
	'kremlin',
	'government',
	'ministry',
	'council',
	'commission',
	'party',
	'union',
	'alliance',
	'agency',
	'office',
	'police',
	'department',
	'court',
	'bank',
	'company',
	'committee',
	'parliament',
	'senate',
	'congress',
	'association',
	'board',
	'authority',
	'service',
	'society',
	'library',
	'school',
	'university',
	'hospital',
	'trust',
	'federation',
	'club',
	'group',
	'institute',
	'network'
]);
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'on', 'in', 'of', 'and', 'for']);

const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
const isAcronym = (w: Word) => /^\p{Lu}{2,6}$/u.test(w.text);
const isNamePart = (w: Word) =>
	(w.pos === 'PROPN' || (isCapitalised(w) && w.pos !== 'PRON' && w.pos !== 'DET' && w.pos !== 'ADP')) &&
	/^\p{Lu}[\p{L}’'-]*$/u.test(w.text) &&
	!NOT_NAMES.has(w.text.toLowerCase());

const ascii = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N} ]/gu, '')
		.replace(/\p{M}/gu, '');

function camel(words: string[]): string {
	return words
		.map((w, n) => {
			const plain = ascii(w).toLowerCase();
			return n === 0 ? plain : plain.charAt(0).toUpperCase() + plain.slice(1);
		})
		.join('');
}

/** Runs of name-like words within one sentence. */
function runs(a: Analysed): Word[][] {
	const found: Word[][] = [];
	for (const s of a.sentences) {
		let run: Word[] = [];
		const flush = () => {
			if (run.length) found.push(run);
			run = [];
		};
		for (let i = s.first; i < s.last; i++) {
			const w = a.words[i];
			const joined = run.length && a.body.slice(run[run.length - 1].end, w.start) === ' ';
			if (isNamePart(w) && (joined || !run.length)) run.push(w);
			else {
				flush();
				if (isNamePart(w)) run.push(w);
			}
		}
		flush();
	}
	return found;
}

/** Finds the document's speakers and their named mentions. */
export function findCast(a: Analysed): Cast {
	const speakers = new Map<string, Speaker>();
	const mentions: Mention[] = [];
	const mention = (speaker: string, from: Word, to: Word) =>
		mentions.push({ speaker, start: from.start, end: to.end, text: a.body.slice(from.start, to.end) });
	const singles: Word[] = [];

	for (const whole of runs(a)) {
		// "the Kremlin Ukraine's": an organisation's head word ends a run; what follows is another name.
		const cut = whole.findIndex((w, n) => n < whole.length - 1 && ORGANISATION_HEADS.has(w.text.toLowerCase()));
		const parts = cut >= 0 ? [whole.slice(0, cut + 1), whole.slice(cut + 1)] : [whole];
		for (const run of parts) classify(run);
	}
	function classify(run: Word[]) {
		const lastTitle = run.findLastIndex((w) => TITLE_WORDS.has(w.text.toLowerCase()));
		const name = run.slice(lastTitle + 1);
		const head = run[run.length - 1].text.toLowerCase();
		if (ORGANISATION_HEADS.has(head) && lastTitle < 0) {
			const id = camel(run.map((w) => w.text));
			const before = a.body.slice(Math.max(0, run[0].start - 4), run[0].start).toLowerCase();
			const display = (before.endsWith('the ') ? 'The ' : '') + run.map((w) => w.text).join(' ');
			if (!speakers.has(id)) speakers.set(id, { id, name: display, type: 'organisation', descriptions: [] });
			mention(id, run[0], run[run.length - 1]);
			return;
		}
		// A person's name follows no article unless a title stands between ("the Ukrainian Crimea" is a place).
		const article = /\b(the|a|an)\s+$/i.test(a.body.slice(Math.max(0, run[0].start - 5), run[0].start));
		if (name.length >= 2 && !(article && lastTitle < 0) && name.length <= 4 && !name.some(isAcronym)) {
			const surname = name[name.length - 1].text.replace(/[’']s$/, '');
			const id = camel([surname]);
			const full = name.map((w) => w.text).join(' ');
			const speaker = speakers.get(id) ?? { id, name: full, type: 'person' as const, descriptions: [] };
			speakers.set(id, speaker);
			if (lastTitle >= 0) speaker.descriptions.push(a.body.slice(run[0].start, run[lastTitle].end));
			// "The Russian President, Vladimir Putin": the title before the comma is a mention too.
			const apposition = /(\b[Tt]he(?: [\p{L}-]+){1,5}), $/u.exec(
				a.body.slice(Math.max(0, name[0].start - 60), name[0].start)
			);
			if (apposition && [...apposition[1].toLowerCase().split(' ')].some((x) => ROLE_NOUNS.has(x))) {
				speaker.descriptions.push(apposition[1]);
				const start = name[0].start - apposition[0].length;
				mentions.push({ speaker: id, start, end: start + apposition[1].length, text: apposition[1] });
			}
			mention(id, lastTitle >= 0 ? run[0] : name[0], name[name.length - 1]);
			return;
		}
		singles.push(...run);
	}
	// Surnames and acronyms on their own: a known person's surname, or an organisation such as NATO.
	for (const w of singles) {
		const plain = w.text.replace(/[’']s$/, '');
		const id = camel([plain]);
		const known = speakers.get(id);
		if (known) {
			mentions.push({ speaker: id, start: w.start, end: w.start + plain.length, text: plain });
		} else if (isAcronym(w)) {
			speakers.set(id, { id, name: plain, type: 'organisation', descriptions: [] });
			mentions.push({ speaker: id, start: w.start, end: w.start + plain.length, text: plain });
		}
	}
	for (const m of mentions) m.possessive = /^[’']s\b/.test(a.body.slice(m.end, m.end + 3));
	mentions.sort((x, y) => x.start - y.start);
	return { speakers: [...speakers.values()], mentions };
}

const PRONOUNS: Record<string, 'person' | 'organisation'> = {
	he: 'person',
	she: 'person',
	him: 'person',
	her: 'person',
	they: 'organisation',
	it: 'organisation'
};

/** Sources a report leaves unnamed: "critics", "sources", "one has the impression". */
export const VAGUE = new Set([
	'critic',
	'critics',
	'source',
	'sources',
	'official',
	'officials',
	'observer',
	'observers',
	'expert',
	'experts',
	'analyst',
	'analysts',
	'one',
	'some',
	'many',
	'others',
	'witnesses',
	'residents',
	'people',
	'insiders'
]);

export type Resolved = { speaker: string; start: number; end: number } | null;

/**
 * Who a phrase before or after a cue names: a mention inside [from, to), else a
 * pronoun or role noun there, resolved to the last fitting mention before it.
 */
export function resolveIn(a: Analysed, cast: Cast, from: number, to: number, nearest: 'first' | 'last'): Resolved {
	const inside = cast.mentions.filter((m) => m.start >= from && m.end <= to);
	const named = nearest === 'last' ? inside.at(-1) : inside[0];
	const words = a.words.filter((w) => w.start >= from && w.end <= to);
	const ordered = nearest === 'last' ? [...words].reverse() : words;
	for (const w of ordered) {
		if (named && (nearest === 'last' ? named.end > w.start : named.start <= w.start)) break;
		const lower = w.text.toLowerCase();
		const want = PRONOUNS[lower];
		if (want && w.pos === 'PRON') return antecedent(cast, w.start, want, w);
		if (ROLE_NOUNS.has(lower)) {
			const holder = holderOf(cast, lower, w.start);
			if (holder) return { speaker: holder, start: roleStart(a, w), end: w.end };
		}
		if (ORGANISATION_HEADS.has(lower) && /^(the|its|their)$/i.test(a.words[w.i - 1]?.text ?? '')) {
			return { speaker: organisationFor(cast, lower, w.start), start: a.words[w.i - 1].start, end: w.end };
		}
		if (VAGUE.has(lower)) {
			return { speaker: 'unnamed', start: w.start, end: w.end };
		}
	}
	return named ? { speaker: named.speaker, start: named.start, end: named.end } : null;
}

/**
 * "the council": the organisation named with that head word (the last before,
 * else the first after), or, when none is named, one of its own ("The union").
 */
function organisationFor(cast: Cast, head: string, before: number): string {
	const fits = new Set(
		cast.speakers.filter((s) => s.type === 'organisation' && s.name.toLowerCase().endsWith(head)).map((s) => s.id)
	);
	const named = cast.mentions.filter((m) => fits.has(m.speaker));
	const found = named.filter((m) => m.end <= before).at(-1) ?? named[0];
	if (found) return found.speaker;
	if (!cast.speakers.some((s) => s.id === head)) {
		cast.speakers.push({ id: head, name: `The ${head}`, type: 'organisation', descriptions: [] });
	}
	return head;
}

/** "the spokesperson": where the noun phrase starts (its article). */
function roleStart(a: Analysed, w: Word): number {
	let i = w.i;
	while (i > 0 && w.i - i < 4 && !/^(the|a|an)$/i.test(a.words[i].text)) i--;
	return /^(the|a|an)$/i.test(a.words[i].text) ? a.words[i].start : w.start;
}

function antecedent(cast: Cast, before: number, want: 'person' | 'organisation', w: Word): Resolved {
	const types = new Map(cast.speakers.map((s) => [s.id, s.type]));
	// A possessive ("Putin’s announcement") is seldom what a later "she" or "he" points back to.
	const previous = cast.mentions
		.filter((m) => m.end <= before && types.get(m.speaker) === want && !m.possessive)
		.at(-1);
	const any = cast.mentions.filter((m) => m.end <= before).at(-1);
	const found = previous ?? (want === 'person' ? undefined : any);
	return found ? { speaker: found.speaker, start: w.start, end: w.end } : null;
}

/** The person a role noun points back to: one described with it, else the last person named. */
function holderOf(cast: Cast, role: string, before: number): string | null {
	const described = cast.speakers.filter((s) => s.descriptions.some((d) => d.toLowerCase().includes(role)));
	if (described.length === 1) return described[0].id;
	const people = new Set(cast.speakers.filter((s) => s.type === 'person').map((s) => s.id));
	return cast.mentions.filter((m) => m.end <= before && people.has(m.speaker)).at(-1)?.speaker ?? null;
}
