import * as v from 'valibot';
import type { Names, ScoredAnswer } from '../kind';
import { oneLine } from '../label';
import { tallies, unkeyedTallies, type Tally } from '../tally';
import { response } from './response';
import { offeredFor, partCredit, partMax } from './credit';
import { teacherText } from './teacher-text';
import { parts, type DisputedClaimItem, type Part } from './types';

/** How a class answered each of the three questions about one claim. */
export interface DisputedClaimDistribution {
	claim: string;
	parts: Array<{
		part: Part;
		question: string;
		choices: Tally[];
		/** What the part is worth. */
		max: number;
		/** Learners with full marks on this part: every box right. */
		right: number;
		/** The part's points summed over every answer (an answer of another shape scores 0). */
		points: number;
	}>;
}

/** Each part's question, in the page's language. */
export const partQuestion = (part: Part): string => teacherText().tallyQuestions[part];

/** A stored value as text; an object without a prototype has no way to say itself and would throw. */
const text = (value: unknown): string => {
	try {
		return String(value);
	} catch {
		return '?';
	}
};

const list = (value: unknown, name: (id: string) => string) =>
	Array.isArray(value) && value.length ? value.map((id) => name(text(id))).join(', ') : teacherText().none;

export const report = {
	/** The claim in dispute. */
	about: (item: DisputedClaimItem): string => oneLine(item.claim),

	/** The counts of each box; not which boxes are right, nor how many got each part right. */
	unkeyed: (data: DisputedClaimDistribution): DisputedClaimDistribution => ({
		claim: data.claim,
		parts: data.parts.map((part) => ({ ...part, choices: unkeyedTallies(part.choices), right: 0, points: 0 }))
	}),

	/** "Asserts: Vladimir Putin; Disputes: NATO; Reported in: Report A". */
	summarise(_item: DisputedClaimItem, answer: unknown, names: Names): string {
		if (typeof answer !== 'object' || answer === null) return '';
		const given = answer as Record<string, unknown>;
		const tt = teacherText();
		return [
			`${tt.asserts}: ${list(given.asserters, (id) => names.speaker(id))}`,
			`${tt.disputes}: ${list(given.disputers, (id) => names.speaker(id))}`,
			`${tt.reportedIn}: ${list(given.reportedIn, (id) => names.report(id))}`
		].join('; ');
	},

	classify(item: DisputedClaimItem, answers: readonly ScoredAnswer[], names: Names): DisputedClaimDistribution {
		const given = answers.map((r) => r.answer);
		// As the grader sees it, under today's rule (a stored score may be from an older one):
		// a response of another shape scores nothing.
		const valid = given.filter((answer) => v.is(response, answer));
		return {
			claim: item.claim,
			parts: parts.map((part) => {
				const reports = part === 'reportedIn';
				const credits = valid.map((answer) => partCredit(offeredFor(item, part), item[part], answer[part]));
				return {
					part,
					question: partQuestion(part),
					choices: tallies(
						given,
						part,
						offeredFor(item, part),
						(id) => (reports ? names.report(id) : names.speaker(id)),
						(id) => item[part].includes(id)
					),
					max: partMax(item[part]),
					right: credits.filter((credit) => credit.correct).length,
					points: credits.reduce((sum, credit) => sum + credit.score, 0)
				};
			})
		};
	}
};
