import { describe, expect, it } from 'vitest';
import { problemsWith } from './fixtures';
import type { LoadedTargetKey } from './types';

/*
 * What the compile step says about a loaded-wording key: each problem names the
 * file, the item and the target or defensible word, as for every kind.
 */

const item = 'quizzes/fixture/key.ts: item kyiv-regime (loaded-wording)';
type Target = LoadedTargetKey<string>;
const loose = (target: Record<string, unknown>) => target as unknown as Target;

describe('loaded-wording keys', () => {
	it('compile as the fixture has them', () => {
		expect(problemsWith(() => {})).toEqual([]);
	});

	it('report a voice that is not one of the three', () => {
		const problems = problemsWith((key) => {
			key.targets[0] = loose({ ...key.targets[0], voice: 'gossip' });
		});
		expect(problems).toEqual([`${item}: target 1: "voice" must be "quoted", "paraphrased" or "outlet"`]);
	});

	it('report a quoted or paraphrased word that names no speaker, or an unknown one', () => {
		const problems = problemsWith((key) => {
			key.targets[0] = loose({ ...key.targets[0], voice: 'quoted', whose: undefined });
			key.targets[1] = loose({ ...key.targets[1], voice: 'paraphrased', whose: 'zelensky' });
		});
		expect(problems).toEqual([
			`${item}: target 1: a quoted word names its speaker in "whose"`,
			`${item}: target 2: unknown speaker "zelensky"`
		]);
	});

	it('report an outlet’s own word that names a speaker', () => {
		const problems = problemsWith((key) => {
			key.targets[2] = loose({ ...key.targets[2], whose: 'putin' });
		});
		expect(problems).toEqual([`${item}: target 3: the outlet’s own word names no speaker; leave out "whose"`]);
	});

	it('report two targets that touch but differ in voice: marked together they are one phrase', () => {
		const problems = problemsWith((key) => {
			key.targets[1] = { quote: 'is plotting a', connotes: 'x', neutral: 'y', voice: 'paraphrased', whose: 'putin' };
		});
		expect(problems).toEqual([
			`${item}: targets 2 and 3 touch (only punctuation between) but differ in voice: marked together they make one phrase, which has one voice`
		]);
		// The same voice is no problem: the one phrase is right for both.
		expect(
			problemsWith((key) => {
				key.targets[1] = { quote: 'is plotting', connotes: 'x', neutral: 'y', voice: 'paraphrased', whose: 'putin' };
			})
		).toEqual([]);
	});

	it('report a defensible word that is not in the passage, overlaps a target or gives no reason', () => {
		const problems = problemsWith((key) => {
			key.defensible = [
				{ quote: 'cheated', explanation: 'x' },
				{ quote: 'regime is', explanation: 'y' },
				{ quote: 'Donbas', explanation: ' ' }
			];
		});
		expect(problems).toEqual([
			`${item}: defensible 1: quote "cheated" is not in the document; closest match: "claimed" (searched inside the passage)`,
			`${item}: defensible 2: overlaps target 1`,
			`${item}: defensible 3: "explanation" is missing or empty`
		]);
	});

	it('report a not-loaded word that is not in the passage, overlaps a target or a defensible word, or gives no reason', () => {
		const problems = problemsWith((key) => {
			key.notLoaded = [
				{ quote: 'cheated', explanation: 'x' },
				{ quote: 'regime is', explanation: 'y' },
				{ quote: 'he claimed', explanation: 'z' },
				{ quote: 'Donbas', explanation: '' }
			];
		});
		expect(problems).toEqual([
			`${item}: not loaded 1: quote "cheated" is not in the document; closest match: "claimed" (searched inside the passage)`,
			`${item}: not loaded 2: overlaps target 1`,
			`${item}: not loaded 3: overlaps defensible 1`,
			`${item}: not loaded 4: "explanation" is missing or empty`
		]);
	});
});
