import type { Names, ScoredAnswer } from '../kind';
import { oneLine } from '../label';
import { tallies, unkeyedTallies, type Tally } from '../tally';
import { questionText } from './question-text';
import { teacherText } from './teacher-text';
import { modes, type AttributionItem, type Mode } from './types';

/** How a class attributed one statement: who they said speaks, and how. */
export interface AttributionDistribution {
	statement: string;
	speakers: Tally[];
	modes: Tally[];
	/** Learners who chose both the right speaker and the right mode. */
	both: number;
}

/** A mode in words, in the page's language; a stored value that is no mode (even "constructor") as it is. */
const modeName = (mode: string): string => (Object.hasOwn(modes, mode) ? questionText().modes[mode as Mode] : mode);

export const report = {
	/** The statement to attribute. */
	about: (item: AttributionItem): string => oneLine(item.statement.text),

	unkeyed: (data: AttributionDistribution): AttributionDistribution => ({
		statement: data.statement,
		speakers: unkeyedTallies(data.speakers),
		modes: unkeyedTallies(data.modes),
		both: 0
	}),

	/** "Vladimir Putin; Paraphrase of a named source". */
	summarise(_item: AttributionItem, answer: unknown, names: Names): string {
		if (typeof answer !== 'object' || answer === null) return '';
		const given = answer as Record<string, unknown>;
		const tt = teacherText();
		const speaker = typeof given.speaker === 'string' ? names.speaker(given.speaker) : tt.noSource;
		const mode = typeof given.mode === 'string' ? modeName(given.mode) : tt.noAttribution;
		return `${speaker}; ${mode}`;
	},

	classify(item: AttributionItem, answers: readonly ScoredAnswer[], names: Names): AttributionDistribution {
		const given = answers.map((r) => r.answer);
		return {
			statement: item.statement.text,
			speakers: tallies(
				given,
				'speaker',
				item.speakers,
				(id) => names.speaker(id),
				(id) => id === item.speaker
			),
			modes: tallies(given, 'mode', Object.keys(modes), modeName, (id) => id === item.mode),
			// Full marks is both parts right: the score says it without grading again.
			both: answers.filter((r) => r.score === r.max && r.max > 0).length
		};
	}
};
