import { describe, expect, it } from 'vitest';
import { markCounts } from './marks';

describe('markCounts', () => {
	/** "The Kyiv regime , bloody" with the comma as punctuation. */
	const tokens = [
		{ i: 10, kind: 'word' },
		{ i: 11, kind: 'word' },
		{ i: 12, kind: 'word' },
		{ i: 13, kind: 'punct' },
		{ i: 14, kind: 'word' }
	];
	const answers = {
		regimeAndBloody: { answer: { marks: [12, 14] } },
		regimeTwice: { answer: { marks: [12, 12] } },
		punctuationAndOutside: { answer: { marks: [13, 99, 11] } },
		nothing: { answer: { marks: [] } },
		malformed: { answer: 'regime' },
		wrongShape: { answer: { marks: 'twelve' } },
		nonNumbers: { answer: { marks: ['12', null] } }
	};

	it('counts each learner once per word', () => {
		const result = markCounts(tokens, [answers.regimeAndBloody, answers.regimeTwice]);
		expect(result).toEqual({ counts: { 10: 0, 11: 0, 12: 2, 14: 1 }, learners: 2, most: 2 });
	});

	it('ignores marks on punctuation, outside the passage, or of the wrong type', () => {
		const result = markCounts(tokens, [
			answers.punctuationAndOutside,
			answers.malformed,
			answers.wrongShape,
			answers.nonNumbers
		]);
		expect(result.counts).toEqual({ 10: 0, 11: 1, 12: 0, 14: 0 });
		expect(result.learners).toBe(4);
		expect(result.most).toBe(1);
	});

	it('has most 0 when nobody marked anything', () => {
		expect(markCounts(tokens, [answers.nothing]).most).toBe(0);
		expect(markCounts(tokens, []).most).toBe(0);
	});
});
