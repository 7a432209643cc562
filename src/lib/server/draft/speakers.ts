import type { Analysed, Word } from './nlp';
import { REPORTING } from './cues';
import { linkDescriptions, organisationCalled, type Definite } from './coreference';

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
	/** "the Alliance": a capitalised head word alone, not yet resolved (coreference.ts settles it). */
	definites: Definite[];
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
export const ORGANISATION_HEADS = new Set([
	'league',
	'coalition',
	'organisation',
	'organization',
	'museum',
	'gallery',
	'palace',
	'cabinet',
	'administration',
	'movement',
	'foundation',
	'fund',
	'charity',
	'firm',
	'corporation',
	'forum',
	'assembly',
	'tribunal',
	'army',
	'navy',
	'regulator',
	'watchdog',
	'broadcaster',
	'bureau',
	'centre',
	'center',
	'cooperative',
	'embassy',
	'secretariat',
	'airline',
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
/** Last words that make a capitalised run a place ("Mill Street"), never a speaker. */
const PLACE_HEADS = new Set([
	'street',
	'road',
	'avenue',
	'lane',
	'square',
	'island',
	'river',
	'bridge',
	'park',
	'valley',
	'sea',
	'ocean',
	'mountains',
	'city',
	'county',
	'province',
	'region',
	'bay',
	'harbour',
	'port',
	'asia',
	'europe',
	'africa',
	'america'
]);
/** Days and months: capitalised, and never speakers. */
const CALENDAR =
	/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

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

export function camel(words: string[]): string {
	return words
		.map((w, n) => {
			const plain = ascii(w).toLowerCase();
			return n === 0 ? plain : plain.charAt(0).toUpperCase() + plain.slice(1);
		})
		.join('');
}

/**
 * How many words ("of", "of the", "for") link a run that ends in an
 * organisation's head word to a capitalised name after it, or 0. Only one tail
 * per name ("the Bank of Ridgeland for …" stops at "for").
 */
function tailLink(a: Analysed, run: Word[], i: number): number {
	const last = run[run.length - 1];
	if (!ORGANISATION_HEADS.has(last.text.toLowerCase()) || run.some((w) => /^(of|for)$/.test(w.text))) return 0;
	const link = /^ (?:of|for)(?: the)? /.exec(a.body.slice(last.end, last.end + 9));
	if (!link) return 0;
	const n = link[0].trim().split(' ').length;
	const after = a.words[i + n];
	return after && after.start === last.end + link[0].length && isNamePart(after) ? n : 0;
}

/** The word of a body's name that says what kind of body it is: "union" in "Union of Fruit Growers". */
export const headOf = (name: string): string =>
	name
		.toLowerCase()
		.split(/\s+(?:of|for)\s+/)[0]
		.split(/\s+/)
		.at(-1) ?? '';

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
			const last = run[run.length - 1];
			// "St Anne’s Hospital": a possessive inside a name, kept so that classify() can tell an organisation's name.
			if (last && /^[’']s$/.test(w.text) && w.start === last.end && isNamePart(a.words[i + 1] ?? w)) {
				run.push(w);
				continue;
			}
			// "the Union of Fruit Growers", "the Institute for Crop Research": after an organisation's head word, "of"
			// or "for" and the capitalised words after it are the rest of its name, not a second name (a person's).
			const link = last && tailLink(a, run, i);
			if (link) {
				run.push(...a.words.slice(i, i + link));
				i += link - 1;
				continue;
			}
			const joined = run.length && a.body.slice(last.end, w.start) === ' ';
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

	const definites: Definite[] = [];
	for (const found of runs(a)) {
		// "The Ridgeland government": a name and a lower-case head word after it name an organisation.
		const after = a.words[found[found.length - 1].i + 1];
		const headAfter =
			after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && ORGANISATION_HEADS.has(after.text) ? after : null;
		const definite = /^the$/i.test(a.words[found[0].i - 1]?.text ?? '');
		const whole =
			headAfter && definite && a.body.slice(found[found.length - 1].end, after.start) === ' '
				? [...found, after]
				: found;
		// "the Kremlin Ukraine's": an organisation's head word ends a run; what follows is another name.
		const cut = whole.findIndex(
			(w, n) =>
				n < whole.length - 1 && ORGANISATION_HEADS.has(w.text.toLowerCase()) && !/^(of|for)$/.test(whole[n + 1].text)
		);
		const parts = cut >= 0 ? [whole.slice(0, cut + 1), whole.slice(cut + 1)] : [whole];
		for (const run of parts) {
			const owner = run.findIndex((w) => /^[’']s$/.test(w.text));
			const head = headOf(run.map((w) => w.text).join(' '));
			// A possessive inside an organisation's name stays ("St Anne’s Hospital"); elsewhere it parts two names.
			if (owner < 0 || ORGANISATION_HEADS.has(head)) classify(run);
			else [run.slice(0, owner), run.slice(owner + 1)].filter((x) => x.length).forEach(classify);
		}
	}
	function classify(run: Word[]) {
		const head = headOf(run.map((w) => w.text).join(' '));
		if (PLACE_HEADS.has(head) || run.every((w) => CALENDAR.test(w.text))) return;
		// "the Alliance": a head word alone after "the" points back to an organisation named before (or after).
		// So is one that opens a headline, which drops its articles ("Museum denies …").
		const before = a.words[run[0].i - 1];
		const opens = a.sentences.some((x) => x.first === run[0].i);
		if (run.length === 1 && ORGANISATION_HEADS.has(head) && (/^the$/i.test(before?.text ?? '') || opens)) {
			const start = opens ? run[0].start : before.start;
			definites.push({ head, start, end: run[0].end, text: a.body.slice(start, run[0].end) });
			return;
		}
		const lastTitle = run.findLastIndex((w) => TITLE_WORDS.has(w.text.toLowerCase()));
		const name = run.slice(lastTitle + 1);
		if (ORGANISATION_HEADS.has(head) && lastTitle < 0) {
			const id = camel(
				a.body
					.slice(run[0].start, run[run.length - 1].end)
					.replace(/[’']/g, '')
					.split(' ')
			);
			const lead = a.body.slice(Math.max(0, run[0].start - 4), run[0].start).toLowerCase();
			const display = (lead.endsWith('the ') ? 'The ' : '') + a.body.slice(run[0].start, run[run.length - 1].end);
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
			// "The Russian President, Vladimir Putin", "its medical director, Dr Omar Haddad": the title is a mention too.
			const apposition =
				/(\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}-]*[’']s)(?: [\p{L}’'-]+){1,5}), $/u.exec(
					a.body.slice(Math.max(0, run[0].start - 60), run[0].start)
				);
			if (apposition && [...apposition[1].toLowerCase().split(' ')].some((x) => ROLE_NOUNS.has(x))) {
				speaker.descriptions.push(apposition[1]);
				const start = run[0].start - apposition[0].length;
				mentions.push({ speaker: id, start, end: start + apposition[1].length, text: apposition[1] });
			}
			mention(id, lastTitle >= 0 ? run[0] : name[0], name[name.length - 1]);
			return;
		}
		singles.push(...run);
	}
	// Surnames and acronyms on their own: a known person's surname, or an organisation such as NATO; and a
	// name that speaks ("Ridgeland denied", "London condemns"): a country or city speaking for its government.
	for (const w of singles) {
		const plain = w.text.replace(/[’']s$/, '');
		const id = camel([plain]);
		const known = speakers.get(id);
		const next = a.words[w.i + 1];
		const speaks =
			w.pos === 'PROPN' &&
			next?.pos === 'VERB' &&
			REPORTING.has(next.lemma) &&
			!CALENDAR.test(w.text) &&
			!VAGUE.has(w.text.toLowerCase());
		if (known) {
			mentions.push({ speaker: id, start: w.start, end: w.start + plain.length, text: plain });
		} else if (isAcronym(w) || speaks) {
			speakers.set(id, { id, name: plain, type: 'organisation', descriptions: [] });
			mentions.push({ speaker: id, start: w.start, end: w.start + plain.length, text: plain });
		}
	}
	const cast = { speakers: [...speakers.values()], mentions, definites };
	linkDescriptions(a, cast, singles);
	for (const m of cast.mentions) m.possessive = /^[’']s\b/.test(a.body.slice(m.end, m.end + 3));
	cast.mentions.sort((x, y) => x.start - y.start);
	return cast;
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
	// Looking back from a verb for its subject, a noun after a preposition is not it ("rejected the accusations
	// of the Russian president and stressed …": the subject of "stressed" is who rejected).
	const governed = (start: number) => nearest === 'last' && afterPreposition(a, start);
	const inside = cast.mentions.filter((m) => m.start >= from && m.end <= to && !governed(m.start));
	const named = nearest === 'last' ? inside.at(-1) : inside[0];
	const words = a.words.filter((w) => w.start >= from && w.end <= to);
	const ordered = nearest === 'last' ? [...words].reverse() : words;
	for (const w of ordered) {
		if (named && (nearest === 'last' ? named.end > w.start : named.start <= w.start)) break;
		if (governed(w.start)) continue;
		const lower = w.text.toLowerCase();
		const want = PRONOUNS[lower];
		if (want && w.pos === 'PRON') return antecedent(cast, w.start, want, w);
		if (ROLE_NOUNS.has(lower)) {
			// "its medical director, Dr Omar Haddad": the name beside the title is who it is.
			const beside = cast.mentions.find((m) => m.start > w.end && /^, $/.test(a.body.slice(w.end, m.start)));
			if (beside) return { speaker: beside.speaker, start: beside.start, end: beside.end };
			// "a spokesperson for the ministry": someone unnamed who speaks for a body speaks as the body.
			const forBody = SPEAKING_FOR.has(lower) ? bodyAfter(a, cast, w) : null;
			if (forBody) return { speaker: forBody, start: roleStart(a, w), end: w.end };
			const holder = holderOf(cast, lower, w.start);
			if (holder) return { speaker: holder, start: roleStart(a, w), end: w.end };
		}
		// "the union", and "the transport authority", "the regional health ministry": up to two lower-case words
		// may stand between the article and the head word; the description is the body with that head all the same.
		const article = articleBefore(a, w);
		if (ORGANISATION_HEADS.has(lower) && article) {
			return { speaker: organisationFor(cast, lower, w.start), start: article.start, end: w.end };
		}
		if (VAGUE.has(lower)) {
			return { speaker: 'unnamed', start: w.start, end: w.end };
		}
	}
	return named ? { speaker: named.speaker, start: named.start, end: named.end } : null;
}

/** The "the", "its" or "their" that opens a head word's noun phrase, with at most two lower-case words between. */
function articleBefore(a: Analysed, w: Word): Word | null {
	for (let i = w.i - 1; i >= Math.max(0, w.i - 3); i--) {
		const x = a.words[i];
		if (/^(the|its|their)$/i.test(x.text)) return x;
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x.text) || !/^(ADJ|NOUN)$/.test(x.pos)) return null;
	}
	return null;
}

/**
 * "the council", "the alliance": the organisation named with that head word or
 * described so (the last before, else the first after), or, when none is, one
 * of its own ("The union").
 */
function organisationFor(cast: Cast, head: string, before: number): string {
	const found = organisationCalled(cast, head, before);
	if (found) return found;
	if (!cast.speakers.some((s) => s.id === head)) {
		cast.speakers.push({ id: head, name: `The ${head}`, type: 'organisation', descriptions: [] });
	}
	return head;
}

/** The index of the word that starts at an offset, or -1 (words are in text order). */
function wordAt(a: Analysed, start: number): number {
	let low = 0;
	let high = a.words.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (a.words[mid].start === start) return mid;
		if (a.words[mid].start < start) low = mid + 1;
		else high = mid - 1;
	}
	return -1;
}

/** Words the tagger may call prepositions that do not make what follows an object: "by" (the agent), subordinators. */
const NOT_GOVERNING = /^(by|although|though|while|because|since|as|after|before|if|unless|until|whereas)$/i;

/** Whether the noun phrase holding the word at `start` is the object of a preposition ("of the president"). */
function afterPreposition(a: Analysed, start: number): boolean {
	let i = wordAt(a, start);
	if (i < 0 || a.words[i].pos === 'PRON') return false;
	const first = a.sentences.find((x) => x.first <= i && i < x.last)?.first ?? i;
	for (let n = 0; n < 5 && i > first; n++) {
		const before = a.words[i - 1];
		// "a statement by the ministry said": the agent after "by" is who speaks; "although she did" is a subject.
		if (before.pos === 'ADP') return !NOT_GOVERNING.test(before.text);
		if (!/^(DET|ADJ|PROPN|NOUN|NUM|PART)$/.test(before.pos)) return false;
		i--;
		// An article starts the noun phrase: only the word right before it can govern it ("On Thursday the alliance").
		if (before.pos === 'DET') {
			const governor = i > first ? a.words[i - 1] : null;
			return governor?.pos === 'ADP' && !NOT_GOVERNING.test(governor.text);
		}
	}
	return false;
}

/** Those who speak for a body rather than as themselves. */
const SPEAKING_FOR = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officer', 'adviser', 'advisor']);

/** The body after "for", "of" or "at": a named organisation, or "the ministry". */
function bodyAfter(a: Analysed, cast: Cast, w: Word): string | null {
	const link = /^ (?:for|of|at) (?:the )?/i.exec(a.body.slice(w.end, w.end + 12));
	if (!link) return null;
	const at = w.end + link[0].length;
	const named = cast.mentions.find((m) => m.start === at || (m.start < at && at < m.end));
	const types = new Map(cast.speakers.map((x) => [x.id, x.type]));
	if (named) return types.get(named.speaker) === 'organisation' ? named.speaker : null;
	const head = a.words.find((x) => x.start === at);
	return head && ORGANISATION_HEADS.has(head.text.toLowerCase())
		? organisationFor(cast, head.text.toLowerCase(), w.start)
		: null;
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
