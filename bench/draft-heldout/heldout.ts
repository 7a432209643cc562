/**
 * Quote F1 and speaker accuracy of the drafter on held-out reports (issue #12,
 * §3: "published rule-based quote extractors reach quote F1 ≈ 0.84 and speaker
 * accuracy ≈ 0.87 on news, and that is the bar"). The reports beside this file
 * are invented for this measurement and annotated by hand (annotations.json)
 * before the drafter ever ran on them. They are held out: do not change the
 * drafter to fit them, or the figures stop saying anything about unseen text.
 *
 * Annotated: every statement the report gives to a person or organisation, by
 * quotation ("…," X said), by a reported clause ("X said that …"), "according
 * to X", including pronoun speakers and quotes spread over two paragraphs; a
 * vague group ("residents") is marked `unnamed`. Not annotated: acts that are
 * not statements ("criticised the decision", "demanded"), and the words a
 * speaker quotes from someone else (a nested quote belongs to the outer speaker).
 */
import { readFileSync } from 'node:fs';
import { draftModule, readAll } from '$lib/server/draft/draft';

const DIR = 'bench/draft-heldout';

interface Annotated {
	text: string;
	speaker: string;
	unnamed?: boolean;
}

interface Range {
	start: number;
	end: number;
}

interface Drafted extends Range {
	text: string;
	speaker: string;
}

export interface HeldOutFigures {
	annotated: number;
	drafted: number;
	matched: number;
	speakerRight: number;
	lines: string[];
}

/**
 * A drafted statement matches an annotated one when their ranges share at least
 * half of the shorter one's characters. Matching is one to one, each annotated
 * statement taking the unmatched drafted statement it overlaps most.
 */
const shared = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: Range, b: Range) => shared(a, b) * 2 >= Math.min(a.end - a.start, b.end - b.start);

const normal = (name: string) =>
	name
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/^the\s+/, '')
		.trim();

/** A name stands for another when they are equal or one ends with the other as whole words ("Dr Amara Osei", "Osei"). */
const sameName = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

const head = (text: string) => {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

export function scoreHeldOut(): HeldOutFigures {
	const annotations: Record<string, Annotated[]> = JSON.parse(readFileSync(`${DIR}/annotations.json`, 'utf8'));
	const figures: HeldOutFigures = { annotated: 0, drafted: 0, matched: 0, speakerRight: 0, lines: [] };
	for (const [id, key] of Object.entries(annotations)) {
		const raw = readFileSync(`${DIR}/${id}.txt`, 'utf8');
		// Each report is drafted alone, as a module of one: they are about unrelated events.
		const files = [{ id, raw }];
		const { speakers } = draftModule(files);
		const [reading] = readAll(files);
		const body = reading.document.body;
		// The reporter's own claims are not quotes; everything else the drafter gives to someone is.
		const drafted: Drafted[] = reading.attributions
			.filter((x) => x.mode !== 'reporter-claim')
			.map((x) => ({ start: x.statement.start, end: x.statement.end, text: x.statement.text, speaker: x.speaker }));
		const used = new Set<Drafted>();
		let matched = 0;
		let right = 0;
		const misses: string[] = [];
		for (const k of key) {
			const start = body.indexOf(k.text);
			const range = { start, end: start + k.text.length };
			const best = drafted
				.filter((d) => !used.has(d) && matches(d, range))
				.sort((p, q) => shared(q, range) - shared(p, range))[0];
			if (!best) {
				misses.push(`  missed: “${head(k.text)}” (${k.speaker})`);
				continue;
			}
			used.add(best);
			matched++;
			const who = speakers.find((s) => s.id === best.speaker);
			const names = who ? [who.name, ...who.mentions].map(normal) : [];
			const resolves = k.unnamed ? best.speaker === 'unnamed' : names.some((n) => sameName(n, normal(k.speaker)));
			if (resolves) right++;
			else
				misses.push(
					`  wrong speaker: “${head(k.text)}” annotated ${k.speaker}, drafted as ${who?.name ?? best.speaker}`
				);
		}
		for (const d of drafted.filter((x) => !used.has(x))) {
			misses.push(
				`  not in the key: “${head(d.text)}” (drafted as ${speakers.find((s) => s.id === d.speaker)?.name ?? d.speaker})`
			);
		}
		figures.lines.push(
			`Held-out ${id}: ${key.length} annotated, ${drafted.length} drafted, ${matched} matched, ${right} with the right speaker`,
			...misses
		);
		figures.annotated += key.length;
		figures.drafted += drafted.length;
		figures.matched += matched;
		figures.speakerRight += right;
	}
	return figures;
}
