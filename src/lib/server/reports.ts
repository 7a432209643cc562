import { error } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import { kindOf, type Item, type KindName, type PublicItem } from '$lib/kinds/registry';
import type { QuizModule } from '$lib/modules/module';
import { moduleNames, reportNames } from '$lib/quiz/names';
import { skills, type Highlight } from '$lib/quiz/types';
import { itemStats, type ItemStat } from '$lib/teaching/stats';
import { db } from './db/app';
import { moduleAt } from './catalog';
import { findAssignment } from './data/classes';
import { finishAttemptsOf, type StoredResponse } from './data/attempts';
import { availability } from '$lib/teaching/types';
import type { AssignmentStatistics, LearnerAnswer, LearnerAttempts, LearnerResult } from './data/results';
import type { LearnerProgress } from './data/progress';
import { total } from '$lib/quiz/progress';
import { feedbackFor, highlightsFor, publicItem, resultsView, skillLabel, skillOf } from './items';
import { m } from '$lib/paraglide/messages';
import { serverZone, teacherId } from './teacher';

/*
 * What the teacher's results pages show, built from the rows that
 * data/results.ts reads. The pages themselves only load and render.
 */

/** The teacher's assignment and its module, or a 404 that says nothing about anyone else's. */
export async function teacherAssignment(locals: App.Locals, assignmentId: string) {
	const database = await db();
	const assignment = await findAssignment(database, teacherId(locals), assignmentId);
	if (!assignment) error(404, m.t_no_assignment());
	const module = await moduleAt(database, assignment.moduleId, assignment.moduleVersion);
	// Results are read against the module's key; without it there is nothing to show them against.
	if (!module) error(404, m.t_module_gone_results({ module: assignment.moduleId }));
	await finishOverdue(database, assignment);
	return { db: database, assignment, module };
}

/**
 * An assignment whose closing time has passed on its own has its open
 * attempts finished when anyone next looks (the learner, or the teacher here):
 * closing finishes attempts, whether the teacher closes it or the clock does.
 */
export async function finishOverdue(
	database: Awaited<ReturnType<typeof db>>,
	assignment: { id: string; opensAt: string | null; closesAt: string | null }
) {
	if (assignment.closesAt && availability(assignment) === 'closed')
		await finishAttemptsOf(database, assignment.id, assignment.closesAt);
}

/** What every results page shows above its own content: where it is. */
export const context = (assignment: { id: string; classId: string; className: string }, module: QuizModule) => ({
	assignment: { id: assignment.id, classId: assignment.classId, className: assignment.className },
	module: { id: module.id, title: module.title, items: module.items.length },
	zone: serverZone()
});

/** An item's maximum score: what its kind's grader reports as max for any response. */
export const maxOf = (item: Item): number => kindOf(item).maxScore(item);

export interface ItemRow {
	n: number;
	id: string;
	kind: Item['kind'];
	skill: string;
	prompt: string;
	/** What the question is about, in one line (its kind's `about`): prompts repeat, claims do not. */
	about: string;
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
		skill: skillLabel(item),
		prompt: item.prompt,
		about: kindOf(item).about(item),
		max: maxOf(item),
		stat: stats[index]
	}));
}

/**
 * A row of the live progress table with its counted attempt's total, by the
 * rule of every total (src/lib/quiz/progress.ts): once that attempt is
 * finished or the assignment closed, unanswered questions count as 0 of their
 * points; before, the total is “so far”. (An unfinished counted attempt is
 * always the latest, whose answers `answered` counts.)
 */
export function withTotal<T extends LearnerProgress>(module: QuizModule | undefined, row: T, closed: boolean) {
	const items = module?.items ?? [];
	const full = { max: items.reduce((n, item) => n + maxOf(item), 0), complete: row.answered >= items.length };
	return { ...row, total: total(row, full, closed || row.countedFinished) };
}

/**
 * How the class answered one item, as its kind classifies the answers: the
 * data of the kind's Distribution view, tagged with the kind that draws it.
 */
export interface Distribution {
	kind: KindName;
	item: PublicItem;
	data: unknown;
}

export function distribution(module: QuizModule, item: Item, answers: readonly StoredResponse[]): Distribution {
	return { kind: item.kind, item: publicItem(item), data: kindOf(item).classify(item, answers, moduleNames(module)) };
}

/**
 * Who answered what, by name (A to Z), each answer in words as its kind
 * summarises it: so that a teacher can call on a learner without opening
 * every learner's page.
 */
export function answersByName(module: QuizModule, item: Item, answers: readonly LearnerAnswer[]) {
	return answers
		.map((a) => ({
			learnerId: a.learnerId,
			name: a.learnerName,
			answer: describeAnswer(module, item, a.answer),
			score: a.score,
			max: a.max
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.learnerId.localeCompare(b.learnerId));
}

/** The key of an item as the item page shows it under "The answer". */
export function solutionOf(module: QuizModule, item: Item) {
	const names = reportNames(module.sources);
	const solution = kindOf(item).solution(item) as { explanation: string; evidence?: Highlight['span'][] };
	return {
		explanation: solution.explanation,
		evidence: solution.evidence ?? [],
		names
	};
}

// ------------------------------------------------------------------ one learner

/**
 * A learner's attempts, and the answers and feedback of one of them (the
 * counted one unless asked otherwise). `closed`: the assignment has closed,
 * so every attempt is final and its unanswered questions count as 0.
 */
export function learnerReport(
	module: QuizModule,
	found: LearnerAttempts,
	attemptParam: string | null,
	closed: boolean
) {
	const final = (a: { finishedAt: string | null }) => closed || a.finishedAt !== null;
	const attempts = found.attempts.map((a) => {
		const total = resultsView(module, a.responses, final(a)).total;
		return {
			number: a.number,
			createdAt: a.createdAt,
			finishedAt: a.finishedAt,
			answered: a.responses.length,
			score: total.score,
			max: total.max,
			soFar: total.soFar,
			/** Whether this is the attempt the grading method counts. */
			counts: a.number === found.counted
		};
	});
	let chosen = found.attempts.find((a) => a.number === found.counted) ?? found.attempts.at(-1);
	if (attemptParam !== null) {
		chosen = /^\d{1,4}$/.test(attemptParam) ? found.attempts.find((a) => a.number === Number(attemptParam)) : undefined;
		if (!chosen) error(404, m.t_lr_no_attempt({ attempt: attemptParam }));
	}
	if (!chosen) return { attempts, shown: null };

	const byItem = new Map(chosen.responses.map((r) => [r.itemId, r]));
	const highlights: Highlight[] = [];
	const items = module.items.map((item, index) => {
		const response = byItem.get(item.id);
		if (response) {
			// The evidence each feedback links to must exist in the reports below.
			for (const h of highlightsFor(item, true)) {
				if (h.role === 'evidence') highlights.push({ ...h, label: m.t_lr_evidence_for({ n: index + 1 }) });
			}
		}
		return {
			n: index + 1,
			item: publicItem(item),
			skill: skillLabel(item),
			max: maxOf(item),
			answeredAt: response?.updatedAt ?? null,
			feedback: response ? feedbackFor(item, response) : null
		};
	});
	const view = resultsView(module, chosen.responses, final(chosen));
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

/** An answer in words, for a spreadsheet, as its kind summarises it; '' for a stored value of another shape. */
export const describeAnswer = (module: QuizModule, item: Item, answer: unknown): string =>
	kindOf(item).summarise(item, answer, moduleNames(module));

export const csvColumns = [
	'class',
	'module',
	'assignment',
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
	assignment: { className: string; name: string; code: string },
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
				assignment.name,
				assignment.code,
				result.learner.displayName,
				result.attempt ? String(result.attempt.number) : '',
				result.attempt?.finishedAt ?? '',
				String(index + 1),
				item.id,
				item.kind,
				// The CSV's values that name things stay English, as its column headers do.
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

/** A CSV file for spreadsheets: the header row, then the rows, every cell (the header's too) made safe. */
export function spreadsheetCsv(header: readonly string[], rows: readonly string[][]): string {
	const cells = [header, ...rows].map((row) => row.map(neutralizeCell));
	// The byte-order mark tells spreadsheet programs that the file is UTF-8, so accented names survive;
	// CRLF line ends are what RFC 4180 asks for.
	return stringify(cells, { bom: true, record_delimiter: 'windows' });
}

/** The whole export: a header row, then every cell made safe for a spreadsheet. */
export function resultsCsv(
	assignment: { className: string; name: string; code: string },
	module: QuizModule,
	results: readonly LearnerResult[]
): string {
	return spreadsheetCsv(csvColumns, csvRows(assignment, module, results));
}

/** A file name with nothing a browser or a file system could misread ("results-…" or "markbook-…"). */
export function csvFileName(
	assignment: { className: string; code: string },
	module: { id: string },
	what: 'results' | 'markbook' = 'results'
): string {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			// Accents come off ("Ü" → "U"); anything else that is not a letter or digit becomes a dash.
			.replace(/\p{M}/gu, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.toLowerCase()
			.slice(0, 40);
	return [what, slug(assignment.className), slug(module.id), slug(assignment.code)].filter(Boolean).join('-') + '.csv';
}
