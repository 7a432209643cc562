import { error } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import { kinds, type Item } from '$lib/kinds/registry';
import { modes, type Mode } from '$lib/kinds/attribution/types';
import { parts, type Part } from '$lib/kinds/disputed-claim/types';
import type { QuizModule } from '$lib/quiz/module';
import { reportNames, speakerName } from '$lib/quiz/names';
import { skills, type Highlight, type Speaker } from '$lib/quiz/types';
import { choiceCounts, itemStats, markCounts, type ItemStat } from '$lib/teaching/stats';
import { db } from './db';
import { findModule } from './content';
import { findAssignment } from './data/classes';
import { finishAttemptsOf, type StoredResponse } from './data/attempts';
import { availability } from '$lib/teaching/types';
import type { AssignmentStatistics, LearnerAttempts, LearnerResult } from './data/results';
import { feedbackFor, highlightsFor, publicItem, resultsView, skillOf } from './quiz';
import { serverZone, teacherId } from './teacher';

/*
 * What the teacher's results pages show, built from the rows that
 * data/results.ts reads. The pages themselves only load and render.
 */

/** The teacher's assignment and its module, or a 404 that says nothing about anyone else's. */
export async function teacherAssignment(locals: App.Locals, assignmentId: string) {
	const database = await db();
	const assignment = await findAssignment(database, teacherId(locals), assignmentId);
	if (!assignment) error(404, 'There is no assignment here, or it is not one of yours.');
	const module = findModule(assignment.moduleId);
	// Results are read against the module's key; without it there is nothing to show them against.
	if (!module) error(404, `The module “${assignment.moduleId}” is no longer on this server, so its results cannot be shown.`);
	await finishOverdue(database, assignment);
	return { db: database, assignment, module };
}

/**
 * An assignment whose closing time has passed on its own has its open
 * attempts finished when anyone next looks (the learner, or the teacher here):
 * closing finishes attempts, whether the teacher closes it or the clock does.
 */
export async function finishOverdue(database: Awaited<ReturnType<typeof db>>, assignment: { id: string; opensAt: string | null; closesAt: string | null }) {
	if (assignment.closesAt && availability(assignment) === 'closed') await finishAttemptsOf(database, assignment.id, assignment.closesAt);
}

/** What every results page shows above its own content: where it is. */
export const context = (assignment: { id: string; classId: string; className: string }, module: QuizModule) => ({
	assignment: { id: assignment.id, classId: assignment.classId, className: assignment.className },
	module: { id: module.id, title: module.title, items: module.items.length },
	zone: serverZone()
});

/** An item's maximum score, from its kind's grader (which scores any input, even none, within [0, max]). */
export const maxOf = (item: Item): number => kinds[item.kind].grade(item as never, null).max;

export interface ItemRow {
	n: number;
	id: string;
	kind: Item['kind'];
	skill: string;
	prompt: string;
	max: number;
	stat: ItemStat;
}

/** One row per item of the module, in the module's order. */
export function itemTable(module: QuizModule, sums: Pick<AssignmentStatistics, 'items' | 'submitted'>): ItemRow[] {
	const stats = itemStats(module.items, sums);
	return module.items.map((item, index) => ({
		n: index + 1,
		id: item.id,
		kind: item.kind,
		skill: skills[skillOf(item)],
		prompt: item.prompt,
		max: maxOf(item),
		stat: stats[index]
	}));
}

export interface Tally {
	id: string;
	label: string;
	count: number;
	/** Whether this choice is (part of) the answer key. */
	key: boolean;
}

export type Distribution =
	| { kind: 'attribution'; statement: string; speakers: Tally[]; modes: Tally[]; both: number }
	| {
			kind: 'disputed-claim';
			claim: string;
			parts: Array<{ part: Part; question: string; choices: Tally[]; right: number }>;
	  }
	| {
			kind: 'loaded-wording';
			tokens: Array<{ i: number; text: string; after: string; word: boolean }>;
			counts: Record<number, number>;
			most: number;
			/** Token indices inside a target phrase. */
			targetTokens: number[];
			targets: Array<{ text: string; whose: string; connotes: string; neutral: string; foundBy: number }>;
			/** Marked words, most marked first, for a table beside the passage. */
			top: Array<{ i: number; text: string; count: number; target: boolean }>;
	  };

export const partQuestions: Record<Part, string> = {
	asserters: 'Who asserts the claim',
	disputers: 'Who disputes it',
	reportedIn: 'Which report tells you it is disputed'
};

const whoseWord = (speakers: Record<string, Speaker>, whose: string) =>
	whose === 'outlet' ? 'the outlet’s own word' : `${speakerName(speakers, whose)}’s word`;

/** How the class answered one item: counts per choice, or marks per word. */
export function distribution(module: QuizModule, item: Item, answers: readonly StoredResponse[]): Distribution {
	const given = answers.map((r) => r.answer);
	switch (item.kind) {
		case 'attribution': {
			const speakerCounts = choiceCounts(given, 'speaker', item.speakers);
			const modeCounts = choiceCounts(given, 'mode', Object.keys(modes));
			return {
				kind: 'attribution',
				statement: item.statement.text,
				speakers: speakerCounts.map(({ value, count }) => ({
					id: value,
					label: speakerName(module.speakers, value),
					count,
					key: value === item.speaker
				})),
				modes: modeCounts.map(({ value, count }) => ({
					id: value,
					label: modes[value as Mode] ?? value,
					count,
					key: value === item.mode
				})),
				both: answers.filter((r) => r.score === r.max && r.max > 0).length
			};
		}
		case 'disputed-claim': {
			const names = reportNames(module.sources);
			const grader = kinds['disputed-claim'];
			const grades = given.map((answer) => grader.grade(item, answer).detail);
			return {
				kind: 'disputed-claim',
				claim: item.claim,
				parts: parts.map((part) => ({
					part,
					question: partQuestions[part],
					choices: choiceCounts(given, part, part === 'reportedIn' ? item.sources : item.choices).map(
						({ value, count }) => ({
							id: value,
							label: part === 'reportedIn' ? (names[value] ?? value) : speakerName(module.speakers, value),
							count,
							key: item[part].includes(value)
						})
					),
					right: grades.filter((detail) => detail[part].correct).length
				}))
			};
		}
		case 'loaded-wording': {
			const { counts, most } = markCounts(item.tokens, answers);
			const inTarget = new Set<number>();
			for (const t of item.targets) for (let i = t.span.start; i < t.span.end; i++) inTarget.add(i);
			const grader = kinds['loaded-wording'];
			const found = given.map((answer) => grader.grade(item, answer).detail.found);
			const words = item.tokens.filter((t) => t.kind === 'word');
			return {
				kind: 'loaded-wording',
				tokens: item.tokens.map((t) => ({ i: t.i, text: t.text, after: t.after, word: t.kind === 'word' })),
				counts,
				most,
				targetTokens: [...inTarget],
				targets: item.targets.map((t, n) => ({
					text: t.span.text,
					whose: whoseWord(module.speakers, t.whose),
					connotes: t.connotes,
					neutral: t.neutral,
					foundBy: found.filter((f) => f[n]).length
				})),
				top: words
					.filter((t) => counts[t.i] > 0)
					.map((t) => ({ i: t.i, text: t.text, count: counts[t.i], target: inTarget.has(t.i) }))
					.sort((a, b) => b.count - a.count || a.i - b.i)
					.slice(0, 12)
			};
		}
	}
}

/** The answers to one item in each learner's latest attempt. */
/** The key of an item as the item page shows it under "The answer". */
export function solutionOf(module: QuizModule, item: Item) {
	const names = reportNames(module.sources);
	const solution = kinds[item.kind].solution(item as never) as { explanation: string; evidence?: Highlight['span'][] };
	return {
		explanation: solution.explanation,
		evidence: solution.evidence ?? [],
		names
	};
}

// ------------------------------------------------------------------ one learner

/** A learner's attempts, and the answers and feedback of one of them (the counted one unless asked otherwise). */
export function learnerReport(module: QuizModule, found: LearnerAttempts, attemptParam: string | null) {
	const attempts = found.attempts.map((a) => {
		const total = resultsView(module, a.responses).total;
		return {
			number: a.number,
			createdAt: a.createdAt,
			finishedAt: a.finishedAt,
			answered: a.responses.length,
			score: total.score,
			max: total.max,
			/** Whether this is the attempt the grading method counts. */
			counts: a.number === found.counted
		};
	});
	let chosen = found.attempts.find((a) => a.number === found.counted) ?? found.attempts.at(-1);
	if (attemptParam !== null) {
		chosen = /^\d{1,4}$/.test(attemptParam) ? found.attempts.find((a) => a.number === Number(attemptParam)) : undefined;
		if (!chosen) error(404, `This learner has no attempt ${attemptParam}.`);
	}
	if (!chosen) return { attempts, shown: null };

	const byItem = new Map(chosen.responses.map((r) => [r.itemId, r]));
	const highlights: Highlight[] = [];
	const items = module.items.map((item, index) => {
		const response = byItem.get(item.id);
		if (response) {
			// The evidence each feedback links to must exist in the reports below.
			for (const h of highlightsFor(item, true)) {
				if (h.role === 'evidence') highlights.push({ ...h, label: `Evidence for question ${index + 1}` });
			}
		}
		return {
			n: index + 1,
			item: publicItem(item),
			skill: skills[skillOf(item)],
			max: maxOf(item),
			answeredAt: response?.updatedAt ?? null,
			feedback: response ? feedbackFor(item, response) : null
		};
	});
	const view = resultsView(module, chosen.responses);
	return {
		attempts,
		shown: {
			number: chosen.number,
			answered: chosen.responses.length,
			createdAt: chosen.createdAt,
			finishedAt: chosen.finishedAt,
			skills: view.skills,
			total: view.total,
			items,
			highlights
		}
	};
}

// ------------------------------------------------------------------ CSV

/** An answer in words, for a spreadsheet: who and how; which words; which sets. */
export function describeAnswer(module: QuizModule, item: Item, answer: unknown): string {
	if (typeof answer !== 'object' || answer === null) return '';
	const given = answer as Record<string, unknown>;
	const names = reportNames(module.sources);
	const list = (value: unknown, name: (id: string) => string) =>
		Array.isArray(value) && value.length ? value.map((id) => name(String(id))).join(', ') : 'none';
	switch (item.kind) {
		case 'attribution': {
			const speaker = typeof given.speaker === 'string' ? speakerName(module.speakers, given.speaker) : 'no source';
			const mode = typeof given.mode === 'string' ? (modes[given.mode as Mode] ?? given.mode) : 'no attribution';
			return `${speaker}; ${mode}`;
		}
		case 'loaded-wording': {
			const marked = new Set(Array.isArray(given.marks) ? given.marks : []);
			// Runs of marked words are shown as the phrases they make ("Kyiv regime; plotting"), with
			// the punctuation and spacing of the text between marked words ("bloody, senseless").
			const phrases: string[] = [];
			let run: Array<{ text: string; after: string }> = [];
			let pending: Array<{ text: string; after: string }> = [];
			const close = () => {
				if (run.length) phrases.push(run.map((t, n) => (n < run.length - 1 ? t.text + t.after : t.text)).join(''));
				run = [];
				pending = [];
			};
			for (const token of item.tokens) {
				if (token.kind === 'word' && marked.has(token.i)) {
					run.push(...pending, token);
					pending = [];
				} else if (token.kind === 'punct' && run.length) {
					pending.push(token);
				} else {
					close();
				}
			}
			close();
			return phrases.length ? phrases.join('; ') : 'no words marked';
		}
		case 'disputed-claim':
			return [
				`Asserts: ${list(given.asserters, (id) => speakerName(module.speakers, id))}`,
				`Disputes: ${list(given.disputers, (id) => speakerName(module.speakers, id))}`,
				`Reported in: ${list(given.reportedIn, (id) => names[id] ?? id)}`
			].join('; ');
	}
}

export const csvColumns = [
	'class',
	'module',
	'assignment code',
	'learner',
	'attempt number',
	'submitted at',
	'item number',
	'item id',
	'kind',
	'skill',
	'answered',
	'score',
	'max',
	'answered at',
	'answer'
] as const;

/**
 * One row per learner and item, every item of the module for every learner
 * (an unanswered item says so), from each learner's counted attempt.
 */
export function csvRows(
	assignment: { className: string; code: string },
	module: QuizModule,
	results: readonly LearnerResult[]
): string[][] {
	const rows: string[][] = [];
	const maxima = module.items.map(maxOf);
	for (const result of results) {
		const byItem = new Map(result.responses.map((r) => [r.itemId, r]));
		module.items.forEach((item, index) => {
			const response = byItem.get(item.id);
			rows.push([
				assignment.className,
				module.title,
				assignment.code,
				result.learner.displayName,
				result.attempt ? String(result.attempt.number) : '',
				result.attempt?.finishedAt ?? '',
				String(index + 1),
				item.id,
				item.kind,
				skills[skillOf(item)],
				response ? 'yes' : 'no',
				response ? String(response.score) : '',
				String(response?.max ?? maxima[index]),
				response?.updatedAt ?? '',
				response ? describeAnswer(module, item, response.answer) : ''
			]);
		});
	}
	return rows;
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or carriage
 * return before one) as a formula; a leading apostrophe makes it text. A
 * spreadsheet that splits on `;` or `,` (Excel in a German locale, say) may
 * start a cell in the middle of ours, so a formula character after one of
 * those (and any spaces) counts as a start too.
 */
export function neutralizeCell(cell: string): string {
	return /^[=+\-@\t\r]|[;,]\s*[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

/** The whole export: a header row, then every cell made safe for a spreadsheet. */
export function resultsCsv(
	assignment: { className: string; code: string },
	module: QuizModule,
	results: readonly LearnerResult[]
): string {
	const rows = csvRows(assignment, module, results).map((row) => row.map(neutralizeCell));
	// The byte-order mark tells spreadsheet programs that the file is UTF-8, so accented names survive;
	// CRLF line ends are what RFC 4180 asks for.
	return stringify([[...csvColumns], ...rows], { bom: true, record_delimiter: 'windows' });
}

/** A file name with nothing a browser or a file system could misread. */
export function csvFileName(assignment: { className: string; code: string }, module: { id: string }): string {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			// Accents come off ("Ü" → "U"); anything else that is not a letter or digit becomes a dash.
			.replace(/\p{M}/gu, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.toLowerCase()
			.slice(0, 40);
	return ['results', slug(assignment.className), slug(module.id), slug(assignment.code)].filter(Boolean).join('-') + '.csv';
}
