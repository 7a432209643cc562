import { keySchema } from './schema';
import { authoring } from './authoring';
import { teacherText } from './teacher-text';
import { text } from './text';
import * as v from 'valibot';
import type { Grade, KindDefinition } from '../kind';
import { readStored } from '../stored';
import { oneLine } from '../label';
import { unkeyedTallies } from '../tally';
import {
	categories,
	categoryIds,
	inQuotes,
	type Category,
	type Observation,
	type ProvenanceDetail,
	type ProvenanceDistribution,
	type ProvenanceItem,
	type ProvenanceKey,
	type ProvenancePublic,
	type ProvenanceSolution
} from './types';

/** Observations per item: enough to compare signs, few enough for one screen of radios. */
export const MIN_OBSERVATIONS = 3;
export const MAX_OBSERVATIONS = 6;

const ID = /^[a-z0-9-]{1,40}$/;
/** Each observation's radios are named `choice-<observation id>`. */
const FIELD = 'choice-';

/** A plain object: an array is an object too, and would otherwise pass as answers keyed "0", "1"… */
const isRecord = (input: unknown) => input !== null && typeof input === 'object' && !Array.isArray(input);

const response = v.object({
	choices: v.pipe(
		v.custom<Record<string, unknown>>(isRecord, 'Choose one answer for each passage.'),
		v.record(
			v.pipe(
				v.string(),
				v.regex(ID, () => text().passagesOffered)
			),
			v.picklist(categoryIds, () => text().answersOffered)
		),
		v.check(
			(choices) => Object.keys(choices).length <= MAX_OBSERVATIONS,
			() => text().passagesOffered
		)
	)
});

export type ProvenanceResponse = v.InferOutput<typeof response>;

const isCategory = (value: unknown): value is Category =>
	typeof value === 'string' && (categoryIds as string[]).includes(value);

/** The choice a parsed response gives an observation, or null. Own keys only: never `toString` and the like. */
const choiceFor = (answer: ProvenanceResponse | null, id: string): Category | null =>
	answer && Object.hasOwn(answer.choices, id) ? answer.choices[id] : null;

/** A quote in a line of a teacher's table: short enough to read at a glance. */
const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A point per passage whose category is right; a stored answer of another shape (null) scores none. */
function gradeOf(item: ProvenanceItem, answer: ProvenanceResponse | null): Grade<ProvenanceDetail> {
	const detail = item.observations.map((o) => {
		const choice = choiceFor(answer, o.id);
		return { id: o.id, given: choice, correct: choice === o.category };
	});
	return {
		score: detail.filter((d) => d.correct).length,
		max: item.observations.length,
		valid: answer !== null,
		detail
	};
}

export const provenance = {
	skill: 'provenance',
	keySchema,
	authoring,

	resolve(key: ProvenanceKey<string, string>, ctx) {
		const count = key.observations.length;
		if (count < MIN_OBSERVATIONS || count > MAX_OBSERVATIONS) {
			ctx.problem(`has ${count} observations; give between ${MIN_OBSERVATIONS} and ${MAX_OBSERVATIONS}`);
		}
		const seen = new Set<string>();
		const observations = key.observations.map((o, n): Observation | null => {
			const label = `observation ${o.id || n + 1}`;
			if (!ID.test(o.id)) ctx.problem(`${label}: id must be 1–40 lower-case letters, digits or hyphens`);
			if (seen.has(o.id)) ctx.problem(`${label}: duplicate observation id`);
			seen.add(o.id);
			// The key is typed, but a module loaded at run time is only as typed as its author made it.
			if (!isCategory(o.category)) ctx.problem(`${label}: unknown category "${String(o.category)}"`);
			if (typeof o.explanation !== 'string' || !o.explanation.trim()) ctx.problem(`${label}: explanation is empty`);
			const span = ctx.span(o.at, label);
			return span && { id: o.id, span, category: o.category, explanation: o.explanation };
		});
		const kinds = new Set(key.observations.map((o) => o.category));
		if (kinds.size < 2) ctx.problem('the observations must show at least two different categories');
		if (!kinds.has('ordinary')) {
			// Without ordinary text, "everything odd is a sign" would score full marks.
			ctx.problem('at least one observation must be ordinary text ("ordinary"), so that not everything is a sign');
		}
		const found = observations.filter((o) => o !== null);
		for (const [n, a] of found.entries()) {
			for (const b of found.slice(n + 1)) {
				if (a.span.source === b.span.source && a.span.start < b.span.end && b.span.start < a.span.end) {
					ctx.problem(`observations ${a.id} and ${b.id} overlap: each must point at its own text`);
				}
			}
		}
		if (found.length !== observations.length) return null;
		return {
			kind: key.kind,
			id: key.id,
			prompt: key.prompt,
			observations: found,
			explanation: key.explanation
		};
	},

	publicView: (item: ProvenanceItem): ProvenancePublic => ({
		kind: item.kind,
		id: item.id,
		prompt: item.prompt,
		observations: item.observations.map((o) => ({ id: o.id, span: o.span })),
		options: categoryIds.map((id) => ({ id, ...categories[id] }))
	}),

	maxScore: (item) => item.observations.length,

	response,

	fromForm(form) {
		// A Map, not an object: a posted name like "choice-__proto__" must stay a plain key.
		const choices = new Map<string, unknown>();
		for (const [name, value] of form.entries()) {
			if (!name.startsWith(FIELD)) continue;
			const id = name.slice(FIELD.length);
			// A field posted twice is forged (a radio posts once): keep both, so that the schema refuses it.
			choices.set(id, choices.has(id) ? [choices.get(id), value].flat() : value);
		}
		return { choices: Object.fromEntries(choices) };
	},

	fits(item, answer) {
		const ids = new Set(item.observations.map((o) => o.id));
		if (!Object.keys(answer.choices).every((id) => ids.has(id))) return text().passagesOffered;
		const open = item.observations.filter((o) => !Object.hasOwn(answer.choices, o.id)).length;
		if (open) return `Choose an answer for every quoted passage: ${open} of ${ids.size} still open.`;
		return null;
	},

	grade: (item, given) => gradeOf(item, readStored(response, given)),

	gradeChecked: (item, answer) => gradeOf(item, answer),

	highlights: (item, answered) =>
		item.observations.map((o, n) =>
			answered
				? {
						span: o.span,
						role: 'evidence' as const,
						label: `${text().hlPassage(n + 1)}: ${text().short[o.category]}`
					}
				: // 'statement' says only "look here", as it does for attribution; nothing of the category.
					{ span: o.span, role: 'statement' as const, label: text().hlPassage(n + 1) }
		),

	solution: (item): ProvenanceSolution => ({
		observations: item.observations,
		explanation: item.explanation,
		evidence: item.observations.map((o) => o.span)
	}),

	/** The passages to judge, each in quotation marks. */
	about: (item) => oneLine(item.observations.map((o) => inQuotes(o.span.text)).join(' · ')),

	unkeyed: (data): ProvenanceDistribution => ({
		observations: data.observations.map((o) => ({ ...o, key: null, choices: unkeyedTallies(o.choices), right: 0 }))
	}),

	// Names go unused: an observation is named by its own quoted words.
	summarise(item, answer, _names) {
		const parsed = v.safeParse(response, answer);
		if (!parsed.success) return '';
		return item.observations
			.map((o) => {
				const choice = choiceFor(parsed.output, o.id);
				return `${inQuotes(clip(o.span.text))}: ${choice ? text().short[choice] : teacherText().noAnswer}`;
			})
			.join('; ');
	},

	classify(item, answers, _names): ProvenanceDistribution {
		const given = answers
			.map((a) => v.safeParse(response, a.answer))
			.filter((parsed) => parsed.success)
			.map((parsed) => parsed.output);
		return {
			observations: item.observations.map((o) => {
				const counts = new Map<Category, number>(categoryIds.map((id) => [id, 0]));
				for (const answer of given) {
					const choice = choiceFor(answer, o.id);
					if (choice) counts.set(choice, (counts.get(choice) ?? 0) + 1);
				}
				return {
					id: o.id,
					text: o.span.text,
					source: o.span.source,
					key: o.category,
					choices: categoryIds.map((id) => ({
						id,
						label: text().categories[id].title,
						count: counts.get(id) ?? 0,
						key: id === o.category
					})),
					right: counts.get(o.category) ?? 0
				};
			})
		};
	},

	sample(item, variant, random) {
		const other = (category: Category) => categoryIds.find((id) => id !== category) as Category;
		const pick = (): Category =>
			categoryIds[Math.min(categoryIds.length - 1, Math.floor(random() * categoryIds.length))];
		const choices: Record<string, Category> = {};
		for (const [n, o] of item.observations.entries()) {
			const right = variant === 'right' ? true : variant === 'wrong' ? false : variant === 'partial' ? n === 0 : null;
			choices[o.id] = right === null ? pick() : right ? o.category : other(o.category);
		}
		return { choices };
	},

	toForm: (answer) => Object.entries(answer.choices).map(([id, category]): [string, string] => [FIELD + id, category])
} satisfies KindDefinition<
	ProvenanceKey<string, string>,
	ProvenanceItem,
	ProvenancePublic,
	typeof response,
	ProvenanceDetail,
	ProvenanceSolution,
	ProvenanceDistribution
>;
