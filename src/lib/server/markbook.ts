import type { QuizModule } from '$lib/modules/module';
import { attemptTotal, scoreBySkill, type Total } from '$lib/quiz/progress';
import { skills, type Skill } from '$lib/quiz/types';
import { toDateTimeLocal } from '$lib/teaching/time';
import type { LearnerResult } from './data/results';
import { skillOf } from './items';
import { maxOf, spreadsheetCsv } from './reports';

/*
 * The mark book: one row per learner, as a teacher copies marks into a
 * gradebook, beside the long export (reports.ts) of one row per learner and
 * question. Totals follow the rule of every total (src/lib/quiz/progress.ts):
 * once the counted attempt is submitted or the assignment closed, unanswered
 * questions count 0 of their points; before, the score is of the questions
 * answered so far, and the status column says so.
 */

export type MarkStatus = 'submitted' | 'closed' | 'in progress' | 'not started';

export interface MarkBookOptions {
	/** The zone the times are written in: the teacher's. */
	zone: string;
	/** The assignment has closed: every attempt is final. */
	closed: boolean;
}

/** "2026-12-01 10:51" in the zone: sortable, and read as a date and time by spreadsheet programs. */
const localTime = (iso: string | null | undefined, zone: string) =>
	iso ? toDateTimeLocal(iso, zone).replace('T', ' ') : '';

/** "66.7": the share of the points, to one decimal, as a plain number a spreadsheet can add up; '' of nothing. */
export const percentOf = (t: Pick<Total, 'score' | 'max'>) =>
	t.max > 0 ? String(Math.round((1000 * t.score) / t.max) / 10) : '';

/** The module's skills, in the order the learner's summary lists them, with their full maxima. */
function moduleSkills(module: QuizModule): Array<{ skill: Skill; label: string; max: number }> {
	return (Object.keys(skills) as Skill[])
		.map((skill) => {
			const own = module.items.filter((item) => skillOf(item) === skill);
			return { skill, label: skills[skill], max: own.reduce((n, item) => n + maxOf(item), 0), items: own.length };
		})
		.filter((s) => s.items > 0)
		.map(({ skill, label, max }) => ({ skill, label, max }));
}

export function markBookHeader(module: QuizModule, zone: string): string[] {
	return [
		'class',
		'assignment',
		'module',
		'learner',
		`joined (${zone})`,
		`submitted (${zone})`,
		'status',
		'attempt number',
		'answered',
		'score',
		'max',
		'percent',
		...moduleSkills(module).map((s) => `${s.label} (of ${s.max})`)
	];
}

/** A learner's status in the mark book: whether their score is final, and why. */
export function markStatus(result: LearnerResult, closed: boolean): MarkStatus {
	if (result.attempt?.finishedAt) return 'submitted';
	if (closed) return 'closed';
	return result.responses.length ? 'in progress' : 'not started';
}

/** One row per learner, in the order they joined, from each learner's counted attempt. */
export function markBookRows(
	assignment: { className: string; name: string },
	module: QuizModule,
	results: readonly LearnerResult[],
	{ zone, closed }: MarkBookOptions
): string[][] {
	const items = module.items.map((item) => ({ id: item.id, skill: skillOf(item), max: maxOf(item) }));
	const ids = new Set(items.map((item) => item.id));
	const skillList = moduleSkills(module);
	return results.map((result) => {
		const status = markStatus(result, closed);
		const final = status === 'submitted' || status === 'closed';
		// Answers to questions no longer in the module count in neither the total nor the answered count.
		const responses = result.responses.filter((r) => ids.has(r.itemId));
		// Nothing to mark yet: empty cells, not a 0 that reads as a result.
		const blank = status === 'not started';
		const sum = attemptTotal(items, responses, final);
		const bySkill = new Map(scoreBySkill(items, responses, final).map((s) => [s.skill, s.score]));
		return [
			assignment.className,
			assignment.name,
			module.title,
			result.learner.displayName,
			localTime(result.learner.createdAt, zone),
			localTime(result.attempt?.finishedAt, zone),
			status,
			result.attempt ? String(result.attempt.number) : '',
			String(responses.length),
			blank ? '' : String(sum.score),
			blank ? '' : String(sum.max),
			blank ? '' : percentOf(sum),
			...skillList.map((s) => (blank ? '' : String(bySkill.get(s.skill) ?? 0)))
		];
	});
}

/** The mark book as a CSV file, written as the long export is (byte-order mark, CRLF, formulas neutralized). */
export function markBookCsv(
	assignment: { className: string; name: string },
	module: QuizModule,
	results: readonly LearnerResult[],
	options: MarkBookOptions
): string {
	return spreadsheetCsv(markBookHeader(module, options.zone), markBookRows(assignment, module, results, options));
}
