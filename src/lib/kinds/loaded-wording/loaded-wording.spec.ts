import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadedWording } from './loaded-wording';
import type { WordState } from './types';
import {
	connotes,
	explanations,
	formData,
	loadedWordingItem as item,
	loadedWordingResponses as responses,
	passageToken,
	wireTokenOutsidePassage
} from '../fixtures';

const grade = (given: unknown) => loadedWording.grade(item, given);
const marking = (...words: string[]) => ({ marks: words.map(passageToken) });

/** The expected state of every word of the passage: the ones named, and 'plain' for the rest. */
function states(named: Record<string, WordState>): Record<number, WordState> {
	return Object.fromEntries(item.tokens.filter((t) => t.kind === 'word').map((t) => [t.i, named[t.text] ?? 'plain']));
}

const missedAll = {
	Kyiv: 'missed',
	regime: 'missed',
	plotting: 'missed',
	bloody: 'missed',
	senseless: 'missed'
} as const;

describe('loaded-wording fixture', () => {
	it('resolves its targets inside the passage', () => {
		expect(item.targets.map((t) => t.span.text)).toEqual(['Kyiv regime', 'plotting', 'bloody, senseless']);
		for (const { span } of item.targets) {
			expect(span.start).toBeGreaterThanOrEqual(item.passage.start);
			expect(span.end).toBeLessThanOrEqual(item.passage.end);
		}
		expect(item.tokens.map((t) => t.i)).toEqual(
			Array.from({ length: item.passage.end - item.passage.start }, (_, n) => item.passage.start + n)
		);
	});
});

describe('loaded-wording.grade', () => {
	it('gives full marks for one word of each phrase', () => {
		expect(grade(responses.perfect)).toEqual({
			score: 3,
			max: 3,
			valid: true,
			detail: {
				found: [true, true, true],
				wrongMarks: 0,
				words: states({ Kyiv: 'hit', regime: 'found', plotting: 'hit', bloody: 'found', senseless: 'hit' })
			}
		});
	});

	it('counts a phrase once however many of its words are marked', () => {
		const every = grade(responses.perfectEveryWord);
		expect(every.score).toBe(3);
		expect(every.detail.words).toEqual(
			states({ Kyiv: 'hit', regime: 'hit', plotting: 'hit', bloody: 'hit', senseless: 'hit' })
		);
		const both = grade(marking('Kyiv', 'regime'));
		expect(both.score).toBe(1);
		expect(both.detail.found).toEqual([true, false, false]);
	});

	it('scores no marks 0 and shows every phrase as missed', () => {
		expect(grade(responses.empty)).toEqual({
			score: 0,
			max: 3,
			valid: true,
			detail: { found: [false, false, false], wrongMarks: 0, words: states(missedAll) }
		});
	});

	it('takes one off the phrases found for a wrong word, and names every word’s state', () => {
		expect(grade(responses.partial)).toEqual({
			score: 1,
			max: 3,
			valid: true,
			detail: {
				found: [true, true, false],
				wrongMarks: 1,
				words: states({
					Kyiv: 'found',
					regime: 'hit',
					plotting: 'hit',
					bloody: 'missed',
					senseless: 'missed',
					offensive: 'wrong'
				})
			}
		});
	});

	it('costs one per wrong word, and one only when the same word is marked twice', () => {
		const perfect = responses.perfect.marks;
		expect(grade({ marks: [...perfect, passageToken('offensive')] }).score).toBe(2);
		expect(grade({ marks: [...perfect, passageToken('offensive'), passageToken('Donbas')] }).score).toBe(1);
		const twice = grade({ marks: [...perfect, passageToken('offensive'), passageToken('offensive')] });
		expect(twice.score).toBe(2);
		expect(twice.detail.wrongMarks).toBe(1);
	});

	it('never scores below 0', () => {
		const allWrong = grade(responses.allWrong);
		expect(allWrong).toMatchObject({ score: 0, max: 3, valid: true });
		expect(allWrong.detail.wrongMarks).toBe(3);
		expect(allWrong.detail.words).toEqual(states({ ...missedAll, The: 'wrong', offensive: 'wrong', Donbas: 'wrong' }));
		const many = grade(marking('Kyiv', 'The', 'is', 'a', 'offensive', 'against', 'Donbas', 'he', 'claimed'));
		expect(many.score).toBe(0);
		expect(many.detail.wrongMarks).toBe(8);
	});

	it('ignores marks outside the passage', () => {
		const outside = [wireTokenOutsidePassage('spokesperson'), wireTokenOutsidePassage('NATO'), 10_000];
		const result = grade({ marks: [...responses.perfect.marks, ...outside] });
		expect(result.score).toBe(3);
		expect(result.detail.wrongMarks).toBe(0);
		expect(Object.keys(result.detail.words).map(Number)).not.toContain(outside[0]);
		expect(grade({ marks: outside }).detail).toEqual({
			found: [false, false, false],
			wrongMarks: 0,
			words: states(missedAll)
		});
	});

	// fits() turns such a mark away; the grader must agree with it and with its own word states.
	it('does not count a punctuation mark inside a phrase as finding it', () => {
		const [, , bloodySenseless] = item.targets;
		const comma = item.tokens.find(
			(t) => t.kind === 'punct' && t.i >= bloodySenseless.span.start && t.i < bloodySenseless.span.end
		);
		expect(comma?.text).toBe(',');
		const result = grade({ marks: [comma!.i] });
		expect(result).toMatchObject({ score: 0, valid: true });
		expect(result.detail.found).toEqual([false, false, false]);
		expect(result.detail.words).toEqual(states(missedAll));
	});

	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		const graded = () => grade(given);
		expect(graded).not.toThrow();
		expect(graded()).toEqual({
			score: 0,
			max: 3,
			valid: false,
			detail: { found: [false, false, false], wrongMarks: 0, words: states(missedAll) }
		});
	});
});

describe('loaded-wording response', () => {
	const collect = (...values: string[]) => loadedWording.fromForm(formData(values.map((m) => ['mark', m])));

	it('collects marks from the form as token indices', () => {
		const [kyiv, plotting] = [passageToken('Kyiv'), passageToken('plotting')];
		const collected = collect(String(kyiv), String(plotting));
		expect(v.parse(loadedWording.response, collected)).toEqual({ marks: [kyiv, plotting] });
		expect(v.parse(loadedWording.response, collect())).toEqual({ marks: [] });
	});

	it.each(['-1', '1.5', '1e3', '1234567', '', 'Kyiv'])('rejects the posted mark "%s"', (mark) => {
		expect(v.safeParse(loadedWording.response, collect(mark)).success).toBe(false);
	});

	it('rejects more than 500 marks', () => {
		const mark = String(passageToken('Kyiv'));
		expect(v.safeParse(loadedWording.response, collect(...Array(500).fill(mark))).success).toBe(true);
		expect(v.safeParse(loadedWording.response, collect(...Array(501).fill(mark))).success).toBe(false);
	});

	it('fits only words of the passage', () => {
		const view = loadedWording.publicView(item);
		expect(loadedWording.fits(view, { marks: [] })).toBeNull();
		expect(loadedWording.fits(view, responses.perfectEveryWord)).toBeNull();
		const message = 'Marks must be words of the passage.';
		expect(loadedWording.fits(view, { marks: [wireTokenOutsidePassage('spokesperson')] })).toBe(message);
		expect(loadedWording.fits(view, { marks: [item.passage.end] })).toBe(message);
		expect(loadedWording.fits(view, { marks: [10_000] })).toBe(message);
		const punctuation = item.tokens.filter((t) => t.kind === 'punct');
		expect(punctuation.map((t) => t.text)).toEqual([',', ',', '.']);
		for (const t of punctuation) {
			expect(loadedWording.fits(view, { marks: [passageToken('Kyiv'), t.i] })).toBe(message);
		}
	});
});

describe('loaded-wording.publicView', () => {
	const view = loadedWording.publicView(item);
	const json = JSON.stringify(view);

	it('shows the passage and its tokens', () => {
		expect(view).toEqual({
			kind: 'loaded-wording',
			id: 'kyiv-regime',
			prompt: item.prompt,
			passage: item.passage,
			tokens: item.tokens
		});
	});

	it('carries none of the answer', () => {
		for (const field of ['targets', 'explanation']) expect(view).not.toHaveProperty(field);
		for (const text of [
			...Object.values(connotes),
			explanations.loadedWording,
			'the Ukrainian government',
			'planning'
		]) {
			expect(json).not.toContain(text);
		}
		expect(json).not.toMatch(/"(whose|connotes|neutral|span)"/);
	});
});

describe('loaded-wording.solution', () => {
	it('gives the targets and the explanation', () => {
		expect(loadedWording.solution(item)).toEqual({ targets: item.targets, explanation: explanations.loadedWording });
	});
});
