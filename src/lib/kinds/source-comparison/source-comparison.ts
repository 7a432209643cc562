import { keySchema } from './schema';
import { authoring } from './authoring';
import { teacherText } from './teacher-text';
import { text } from './text';
import * as v from 'valibot';
import type { Grade, KindDefinition, Names, ScoredAnswer, Variant } from '../kind';
import { oneLine } from '../label';
import { readStored } from '../stored';
import { unkeyedTallies } from '../tally';
import { FIELD_PREFIX, MAX_SOURCES, MIN_SOURCES, NONE, capitalised, labelOf, optionValue, optionsFor } from './options';
import type {
	ComparisonStatement,
	SourceComparisonDetail,
	SourceComparisonDistribution,
	SourceComparisonItem,
	SourceComparisonKey,
	SourceComparisonPublic,
	SourceComparisonSolution
} from './types';

export const MIN_STATEMENTS = 2;
export const MAX_STATEMENTS = 5;

/** A statement id starts with a letter, so that an array's indices ("0", "1") never pass for one. */
const ID = /^[a-z][a-z0-9-]{0,39}$/;

/** In the request's language: a function, which valibot calls when the answer fails. */
const CHOOSE_ONE = () => text().chooseOne;

const response = v.object({
	/** Statement id → the option chosen (an option value: "es", "es+de", "none"…). */
	choices: v.pipe(
		// A record, and not an array dressed as one.
		v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), CHOOSE_ONE),
		v.record(v.pipe(v.string(), v.regex(ID)), v.pipe(v.string(CHOOSE_ONE), v.maxLength(200))),
		v.maxEntries(20)
	)
});

export type SourceComparisonResponse = v.InferOutput<typeof response>;

/** The option that is the key of a statement. */
const keyOf = (statement: ComparisonStatement, sources: readonly string[]) => optionValue(statement.in, sources);

/** A stored answer's choices, or null when it has another shape (never throws). */
const choicesOf = (answer: unknown): Record<string, string> | null => readStored(response, answer)?.choices ?? null;

const chosen = (choices: Record<string, string> | null, id: string): string | null =>
	choices && Object.hasOwn(choices, id) ? choices[id] : null;

/** A point per statement whose option is right; a stored answer of another shape (null) scores none. */
function gradeOf(item: SourceComparisonItem, choices: Record<string, string> | null): Grade<SourceComparisonDetail> {
	const detail = item.statements.map((statement) => {
		const value = chosen(choices, statement.id);
		return { id: statement.id, given: value, correct: value === keyOf(statement, item.sources) };
	});
	return {
		score: detail.filter((d) => d.correct).length,
		max: item.statements.length,
		valid: choices !== null,
		detail
	};
}

const reportName = (names: Names) => (id: string) => names.report(id);

export const sourceComparison = {
	skill: 'comparison',
	keySchema,
	authoring,

	resolve(key: SourceComparisonKey<string, string>, ctx) {
		const sources = [...ctx.sources];
		if (sources.length < MIN_SOURCES || sources.length > MAX_SOURCES) {
			ctx.problem(`compares ${MIN_SOURCES} or ${MAX_SOURCES} reports; the module has ${sources.length}`);
		}
		for (const id of sources) {
			// Option values join report ids with "+" and call the empty set "none".
			if (id === NONE || id.includes('+')) ctx.problem(`report id "${id}" cannot name an answer option`);
		}
		const statements = Array.isArray(key.statements) ? key.statements : [];
		if (statements.length < MIN_STATEMENTS || statements.length > MAX_STATEMENTS) {
			ctx.problem(`has ${statements.length} statements; give ${MIN_STATEMENTS} to ${MAX_STATEMENTS}`);
		}
		const seen = new Set<string>();
		let broken = false;
		const resolved = statements.map((statement, n): ComparisonStatement => {
			const label = `statement ${statement.id || n + 1}`;
			if (!ID.test(statement.id))
				ctx.problem(`${label}: id must be a lower-case letter, then up to 39 lower-case letters, digits or hyphens`);
			if (seen.has(statement.id)) ctx.problem(`${label}: duplicate statement id`);
			seen.add(statement.id);
			if (typeof statement.text !== 'string' || !statement.text.trim()) ctx.problem(`${label}: "text" is empty`);
			if (typeof statement.explanation !== 'string' || !statement.explanation.trim()) {
				ctx.problem(`${label}: "explanation" is empty`);
			}
			const carriedBy = statement.in ?? [];
			for (const id of carriedBy) if (!sources.includes(id)) ctx.problem(`${label}: unknown report "${id}" in "in"`);
			if (new Set(carriedBy).size !== carriedBy.length) ctx.problem(`${label}: a report is listed twice in "in"`);
			const evidence = statement.evidence ?? [];
			for (const id of carriedBy) {
				if (sources.includes(id) && !evidence.some((anchor) => anchor.source === id)) {
					ctx.problem(`${label}: it is in "${id}" but no evidence is quoted from it`);
				}
			}
			for (const anchor of evidence) {
				if (!carriedBy.includes(anchor.source)) {
					ctx.problem(`${label}: evidence from "${anchor.source}", which is not in "in"`);
				}
			}
			const spans = evidence.map((anchor, e) => ctx.span(anchor, `${label}, evidence ${e + 1}`));
			if (spans.some((span) => span === null)) broken = true;
			return {
				id: statement.id,
				text: statement.text,
				in: sources.filter((id) => carriedBy.includes(id)),
				evidence: spans.filter((span) => span !== null),
				explanation: statement.explanation
			};
		});
		if (broken) return null;
		return {
			kind: key.kind,
			id: key.id,
			prompt: key.prompt,
			sources,
			statements: resolved,
			explanation: key.explanation
		};
	},

	publicView: (item: SourceComparisonItem): SourceComparisonPublic => ({
		kind: item.kind,
		id: item.id,
		prompt: item.prompt,
		sources: item.sources,
		statements: item.statements.map((s) => ({ id: s.id, text: s.text }))
	}),

	maxScore: (item) => item.statements.length,

	response,

	fromForm(form) {
		const choices = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
		for (const [name, value] of form.entries()) {
			if (!name.startsWith(FIELD_PREFIX)) continue;
			const id = name.slice(FIELD_PREFIX.length);
			const before = choices.get(id);
			// Two answers to one statement are kept as a list, which the schema refuses: no silent pick.
			choices.set(id, before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value]);
		}
		return { choices: Object.fromEntries(choices) };
	},

	fits(item, answer) {
		const offered = new Set(optionsFor(item.sources).map((o) => o.value));
		const ids = item.statements.map((s) => s.id);
		if (!Object.keys(answer.choices).every((id) => ids.includes(id))) return text().statementsShown;
		if (!Object.values(answer.choices).every((value) => offered.has(value))) return CHOOSE_ONE();
		if (!ids.every((id) => Object.hasOwn(answer.choices, id))) return text().everyStatement;
		return null;
	},

	grade: (item, given) => gradeOf(item, choicesOf(given)),

	gradeChecked: (item, answer) => gradeOf(item, answer.choices),

	highlights: (item, answered) =>
		answered
			? item.statements.flatMap((statement, n) =>
					statement.evidence.map((span) => ({
						span,
						role: 'evidence' as const,
						label: text().hlEvidence(n + 1)
					}))
				)
			: [],

	solution: (item): SourceComparisonSolution => ({
		statements: item.statements.map((s) => ({ ...s, answer: keyOf(s, item.sources) })),
		evidence: item.statements.flatMap((s) => s.evidence),
		explanation: item.explanation
	}),

	/** The statements to look for, in our words. */
	about: (item) => oneLine(item.statements.map((s) => s.text).join(' · ')),

	unkeyed: (data): SourceComparisonDistribution => ({
		statements: data.statements.map((s) => ({ ...s, rows: unkeyedTallies(s.rows), right: 0 }))
	}),

	summarise(item, answer, names) {
		const choices = choicesOf(answer);
		if (!choices) return '';
		return item.statements
			.map((statement, n) => {
				const value = chosen(choices, statement.id);
				const label = value === null ? null : labelOf(value, item.sources, reportName(names));
				return `${n + 1}: ${value === null ? teacherText().noAnswer : (label ?? value)}`;
			})
			.join('; ');
	},

	classify(item, answers: readonly ScoredAnswer[], names): SourceComparisonDistribution {
		const all = answers.map((a) => choicesOf(a.answer)).filter((c) => c !== null);
		const options = optionsFor(item.sources);
		return {
			statements: item.statements.map((statement) => {
				const key = keyOf(statement, item.sources);
				const given = all.map((choices) => chosen(choices, statement.id));
				return {
					id: statement.id,
					text: statement.text,
					rows: options.map((option) => ({
						id: option.value,
						label: capitalised(labelOf(option.value, item.sources, reportName(names)) ?? option.value),
						count: given.filter((value) => value === option.value).length,
						key: option.value === key
					})),
					right: given.filter((value) => value === key).length
				};
			})
		};
	},

	sample(item, variant: Variant | 'random', random) {
		const options = optionsFor(item.sources).map((o) => o.value);
		const wrong = (key: string) => options.find((value) => value !== key) ?? key;
		const choices: Record<string, string> = {};
		item.statements.forEach((statement, n) => {
			const key = keyOf(statement, item.sources);
			if (variant === 'right') choices[statement.id] = key;
			else if (variant === 'wrong') choices[statement.id] = wrong(key);
			// Partial: the first statement right, the rest wrong (an item has at least two statements).
			else if (variant === 'partial') choices[statement.id] = n === 0 ? key : wrong(key);
			else choices[statement.id] = options[Math.min(options.length - 1, Math.floor(random() * options.length))];
		});
		return { choices };
	},

	toForm: (answer) => Object.entries(answer.choices).map(([id, value]): [string, string] => [FIELD_PREFIX + id, value])
} satisfies KindDefinition<
	SourceComparisonKey<string, string>,
	SourceComparisonItem,
	SourceComparisonPublic,
	typeof response,
	SourceComparisonDetail,
	SourceComparisonSolution,
	SourceComparisonDistribution
>;
