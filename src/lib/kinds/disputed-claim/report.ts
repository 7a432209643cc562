import * as v from 'valibot';
import type { Names, ScoredAnswer } from '../kind';
import { tallies, type Tally } from '../tally';
import { response, sameSet } from './response';
import { parts, type DisputedClaimItem, type Part } from './types';

/** How a class answered each of the three questions about one claim. */
export interface DisputedClaimDistribution {
	claim: string;
	parts: Array<{
		part: Part;
		question: string;
		choices: Tally[];
		/** Learners who chose exactly the key's set for this part. */
		right: number;
	}>;
}

export const partQuestions: Record<Part, string> = {
	asserters: 'Who asserts the claim',
	disputers: 'Who disputes it',
	reportedIn: 'Which report tells you it is disputed'
};

/** A stored value as text; an object without a prototype has no way to say itself and would throw. */
const text = (value: unknown): string => {
	try {
		return String(value);
	} catch {
		return '?';
	}
};

const list = (value: unknown, name: (id: string) => string) =>
	Array.isArray(value) && value.length ? value.map((id) => name(text(id))).join(', ') : 'none';

export const report = {
	/** "Asserts: Vladimir Putin; Disputes: NATO; Reported in: Report A". */
	summarise(_item: DisputedClaimItem, answer: unknown, names: Names): string {
		if (typeof answer !== 'object' || answer === null) return '';
		const given = answer as Record<string, unknown>;
		return [
			`Asserts: ${list(given.asserters, (id) => names.speaker(id))}`,
			`Disputes: ${list(given.disputers, (id) => names.speaker(id))}`,
			`Reported in: ${list(given.reportedIn, (id) => names.report(id))}`
		].join('; ');
	},

	classify(item: DisputedClaimItem, answers: readonly ScoredAnswer[], names: Names): DisputedClaimDistribution {
		const given = answers.map((r) => r.answer);
		// As the grader sees it: a response of another shape has no part right.
		const valid = given.filter((answer) => v.is(response, answer));
		return {
			claim: item.claim,
			parts: parts.map((part) => {
				const reports = part === 'reportedIn';
				return {
					part,
					question: partQuestions[part],
					choices: tallies(
						given,
						part,
						reports ? item.sources : item.choices,
						(id) => (reports ? names.report(id) : names.speaker(id)),
						(id) => item[part].includes(id)
					),
					right: valid.filter((answer) => sameSet(answer[part], item[part])).length
				};
			})
		};
	}
};
