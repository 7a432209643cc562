import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadedWording } from './loaded-wording';
import type { ExtraMark, Voice, WordState } from './types';
import {
	connotes,
	defensibleExplanations,
	explanations,
	formData,
	loadedWordingItem as item,
	loadedWordingResponses as responses,
	passageToken,
	wireTokenOutsidePassage
} from '../fixtures';
import { variantItem } from './fixtures';
import { costOf, overall, plainReason, whyNotLoaded } from './extras';

const grade = (given: unknown) => loadedWording.grade(item, given);
const marking = (...words: string[]) => ({ marks: words.map(passageToken), voices: {} });
const at = (word: string) => String(passageToken(word));

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

const nothingFound = {
	found: [false, false, false],
	said: [[], [], []],
	voiceRight: [false, false, false],
	wrongMarks: 0,
	extras: [],
	words: states(missedAll)
};

describe('loaded-wording fixture', () => {
	it('resolves its targets, with their voices, and its defensible word inside the passage', () => {
		expect(item.targets.map((t) => [t.span.text, t.voice, t.whose])).toEqual([
			['Kyiv regime', 'paraphrased', 'putin'],
			['plotting', 'paraphrased', 'putin'],
			['bloody, senseless', 'outlet', 'outlet']
		]);
		expect(item.defensible).toEqual([
			{ span: expect.objectContaining({ text: 'claimed' }), explanation: defensibleExplanations.claimed }
		]);
		for (const { span } of [...item.targets, ...item.defensible]) {
			expect(span.start).toBeGreaterThanOrEqual(item.passage.start);
			expect(span.end).toBeLessThanOrEqual(item.passage.end);
		}
		expect(item.tokens.map((t) => t.i)).toEqual(
			Array.from({ length: item.passage.end - item.passage.start }, (_, n) => item.passage.start + n)
		);
	});
});

describe('loaded-wording.grade', () => {
	it('is out of two points per phrase: one for finding it, one for whose words it is', () => {
		expect(loadedWording.maxScore(item)).toBe(6);
		expect(grade(null).max).toBe(6);
	});

	it('whose word, right: full marks for one word of each phrase and the key’s voice', () => {
		expect(grade(responses.whoseRight)).toEqual({
			score: 6,
			max: 6,
			valid: true,
			detail: {
				found: [true, true, true],
				said: [['paraphrased'], ['paraphrased'], ['outlet']],
				voiceRight: [true, true, true],
				wrongMarks: 0,
				extras: [],
				words: states({ Kyiv: 'hit', regime: 'found', plotting: 'hit', bloody: 'found', senseless: 'hit' })
			}
		});
	});

	it('whose word, wrong: the phrases found score, the voices do not', () => {
		const result = grade(responses.whoseWrong);
		expect(result).toMatchObject({ score: 3, max: 6, valid: true });
		expect(result.detail.found).toEqual([true, true, true]);
		expect(result.detail.said).toEqual([['quoted'], ['quoted'], ['quoted']]);
		expect(result.detail.voiceRight).toEqual([false, false, false]);
	});

	it('a defensible extra mark costs nothing, and is told apart from a wrong one', () => {
		const result = grade(responses.defensibleExtra);
		expect(result).toMatchObject({ score: 6, max: 6, valid: true });
		expect(result.detail.wrongMarks).toBe(0);
		expect(result.detail.extras).toEqual([
			{ text: 'claimed', defensible: 0, notLoaded: null, words: 1 }
		] satisfies ExtraMark[]);
		expect(result.detail.words[passageToken('claimed')]).toBe('fair');
		// The same answer with an unloaded word instead costs one.
		const wrong = grade({ ...responses.whoseRight, marks: [...responses.whoseRight.marks, passageToken('Donbas')] });
		expect(wrong.score).toBe(5);
		expect(wrong.detail.extras).toEqual([{ text: 'Donbas', defensible: null, notLoaded: null, words: 1 }]);
		expect(wrong.detail.words[passageToken('Donbas')]).toBe('wrong');
	});

	it('grades an old-shape answer (marks only, stored before the voices were asked): the voices score 0', () => {
		const result = grade(responses.oldShape);
		expect(result).toMatchObject({ score: 3, max: 6, valid: true });
		expect(result.detail.found).toEqual([true, true, true]);
		expect(result.detail.said).toEqual([[null], [null], [null]]);
		expect(result.detail.voiceRight).toEqual([false, false, false]);
	});

	it('counts a phrase once however many of its words are marked', () => {
		const every = grade(responses.perfectEveryWord);
		expect(every.score).toBe(6);
		expect(every.detail.words).toEqual(
			states({ Kyiv: 'hit', regime: 'hit', plotting: 'hit', bloody: 'hit', senseless: 'hit' })
		);
		const both = grade({
			marks: [passageToken('Kyiv'), passageToken('regime')],
			voices: { [at('Kyiv')]: 'paraphrased' }
		});
		expect(both.score).toBe(2);
		expect(both.detail.found).toEqual([true, false, false]);
	});

	it('takes a phrase’s voice from whichever of its words has one, so a phrase that grew keeps it', () => {
		const grown = grade({
			marks: [passageToken('Kyiv'), passageToken('regime')],
			voices: { [at('regime')]: 'paraphrased' }
		});
		expect(grown.detail.voiceRight).toEqual([true, false, false]);
		// A voice at a word nobody marked is ignored.
		const stray = grade({ marks: [passageToken('plotting')], voices: { [at('Kyiv')]: 'paraphrased' } });
		expect(stray.detail.said).toEqual([[], [null], []]);
		expect(stray.score).toBe(1);
	});

	it('gives one phrase one voice: a phrase over two targets of different voices is right for one only', () => {
		// "plotting a bloody": plotting is Putin’s point, bloody the outlet’s; "a" is not loaded.
		const result = grade({
			marks: ['plotting', 'a', 'bloody'].map(passageToken),
			voices: { [at('plotting')]: 'outlet' }
		});
		expect(result.detail.found).toEqual([false, true, true]);
		expect(result.detail.voiceRight).toEqual([false, false, true]);
		expect(result.detail.extras).toEqual([{ text: 'a', defensible: null, notLoaded: null, words: 1 }]);
		expect(result.score).toBe(2 + 1 - 1);
	});

	it('gives the voice point only when every phrase that covers the target names its voice', () => {
		const wide = variantItem((key) => {
			key.targets[2] = {
				quote: 'bloody, senseless offensive',
				connotes: 'war',
				neutral: 'an attack',
				voice: 'outlet'
			};
		});
		const word = (text: string) => wide.tokens.find((t) => t.text === text)!.i;
		const answer = (first: Voice, second: Voice) => ({
			marks: [word('bloody'), word('offensive')],
			voices: { [word('bloody')]: first, [word('offensive')]: second }
		});
		const split = loadedWording.grade(wide, answer('outlet', 'quoted'));
		expect(split.detail.said[2]).toEqual(['outlet', 'quoted']);
		expect(split.detail.voiceRight[2]).toBe(false);
		expect(split.score).toBe(1);
		const agreed = loadedWording.grade(wide, answer('outlet', 'outlet'));
		expect(agreed.detail.voiceRight[2]).toBe(true);
		expect(agreed.score).toBe(2);
	});

	it('scores no marks 0 and shows every phrase as missed', () => {
		expect(grade(responses.empty)).toEqual({ score: 0, max: 6, valid: true, detail: nothingFound });
	});

	it('takes one off for a wrong word, and names every word’s state', () => {
		expect(grade(responses.partial)).toEqual({
			score: 2,
			max: 6,
			valid: true,
			detail: {
				found: [true, true, false],
				said: [['paraphrased'], ['outlet'], []],
				voiceRight: [true, false, false],
				wrongMarks: 1,
				extras: [{ text: 'offensive', defensible: null, notLoaded: null, words: 1 }],
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
		const perfect = responses.perfect;
		const adding = (...words: string[]) => ({ ...perfect, marks: [...perfect.marks, ...words.map(passageToken)] });
		expect(grade(adding('offensive')).score).toBe(5);
		expect(grade(adding('offensive', 'Donbas')).score).toBe(4);
		const twice = grade(adding('offensive', 'offensive'));
		expect(twice.score).toBe(5);
		expect(twice.detail.wrongMarks).toBe(1);
		// A run of wrong words is one extra, costing one per word.
		const run = grade(adding('offensive', 'against', 'Donbas'));
		expect(run.detail.extras).toEqual([
			{ text: 'offensive against Donbas', defensible: null, notLoaded: null, words: 3 }
		]);
		expect(run.score).toBe(3);
	});

	it('never scores below 0', () => {
		const allWrong = grade(responses.allWrong);
		expect(allWrong).toMatchObject({ score: 0, max: 6, valid: true });
		expect(allWrong.detail.wrongMarks).toBe(3);
		expect(allWrong.detail.words).toEqual(states({ ...missedAll, The: 'wrong', offensive: 'wrong', Donbas: 'wrong' }));
		const many = grade(marking('Kyiv', 'The', 'is', 'a', 'offensive', 'against', 'Donbas', 'he'));
		expect(many.score).toBe(0);
		expect(many.detail.wrongMarks).toBe(7);
	});

	it('ignores marks outside the passage', () => {
		const outside = [wireTokenOutsidePassage('spokesperson'), wireTokenOutsidePassage('NATO'), 10_000];
		const result = grade({ ...responses.perfect, marks: [...responses.perfect.marks, ...outside] });
		expect(result.score).toBe(6);
		expect(result.detail.wrongMarks).toBe(0);
		expect(Object.keys(result.detail.words).map(Number)).not.toContain(outside[0]);
		expect(grade({ marks: outside }).detail).toEqual(nothingFound);
	});

	// fits() turns such a mark away; the grader must agree with it and with its own word states.
	it('does not count a punctuation mark inside a phrase as finding it', () => {
		const [, , bloodySenseless] = item.targets;
		const comma = item.tokens.find(
			(t) => t.kind === 'punct' && t.i >= bloodySenseless.span.start && t.i < bloodySenseless.span.end
		);
		expect(comma?.text).toBe(',');
		const result = grade({ marks: [comma!.i], voices: { [comma!.i]: 'outlet' } });
		expect(result).toMatchObject({ score: 0, valid: true });
		expect(result.detail).toEqual(nothingFound);
	});

	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		const graded = () => grade(given);
		expect(graded).not.toThrow();
		expect(graded()).toEqual({ score: 0, max: 6, valid: false, detail: nothingFound });
	});
});

describe('loaded-wording response', () => {
	const collect = (...fields: Array<[string, string]>) => loadedWording.fromForm(formData(fields));
	const marks = (...values: string[]) => values.map((m): [string, string] => ['mark', m]);

	it('collects marks as token indices, and voices by the token they are posted at', () => {
		const [kyiv, plotting] = [passageToken('Kyiv'), passageToken('plotting')];
		const collected = collect(...marks(String(kyiv), String(plotting)), [`whose-${kyiv}`, 'quoted']);
		expect(v.parse(loadedWording.response, collected)).toEqual({
			marks: [kyiv, plotting],
			voices: { [kyiv]: 'quoted' }
		});
		expect(v.parse(loadedWording.response, collect())).toEqual({ marks: [], voices: {} });
	});

	it('takes an answer stored without voices', () => {
		expect(v.safeParse(loadedWording.response, responses.oldShape).success).toBe(true);
	});

	it.each(['-1', '1.5', '1e3', '1234567', '', 'Kyiv'])('rejects the posted mark "%s"', (mark) => {
		expect(v.safeParse(loadedWording.response, collect(...marks(mark))).success).toBe(false);
	});

	it.each([
		['a voice nobody offers', 'whose-12', 'gossip'],
		['an empty voice', 'whose-12', ''],
		['a voice at no token', 'whose-Kyiv', 'quoted'],
		['a voice at a negative token', 'whose--1', 'quoted']
	])('rejects %s', (_, name, value) => {
		const parsed = v.safeParse(loadedWording.response, collect([name, value]));
		expect(parsed.success).toBe(false);
	});

	it('rejects more than 500 marks', () => {
		const mark = String(passageToken('Kyiv'));
		expect(v.safeParse(loadedWording.response, collect(...marks(...Array(500).fill(mark)))).success).toBe(true);
		expect(v.safeParse(loadedWording.response, collect(...marks(...Array(501).fill(mark)))).success).toBe(false);
	});

	it('fits only words of the passage, for marks and for voices', () => {
		const view = loadedWording.publicView(item);
		expect(loadedWording.fits(view, { marks: [] })).toBeNull();
		expect(loadedWording.fits(view, responses.perfectEveryWord)).toBeNull();
		const message = 'Marks must be words of the passage.';
		expect(loadedWording.fits(view, { marks: [wireTokenOutsidePassage('spokesperson')] })).toBe(message);
		expect(loadedWording.fits(view, { marks: [item.passage.end] })).toBe(message);
		expect(loadedWording.fits(view, { marks: [10_000] })).toBe(message);
		const punctuation = item.tokens.filter((t) => t.kind === 'punct');
		for (const t of punctuation) {
			expect(loadedWording.fits(view, { marks: [passageToken('Kyiv'), t.i] })).toBe(message);
		}
		const voiceMessage = 'Whose words: each answer must be about words of the passage.';
		const outside = String(wireTokenOutsidePassage('spokesperson'));
		expect(loadedWording.fits(view, { marks: [], voices: { [outside]: 'quoted' } })).toBe(voiceMessage);
		expect(loadedWording.fits(view, { marks: [], voices: { [punctuation[0].i]: 'quoted' } })).toBe(voiceMessage);
		// A voice left at a word the learner unmarked (without JavaScript it stays in the form) fits, and is ignored.
		expect(loadedWording.fits(view, { marks: [], voices: { [at('Kyiv')]: 'quoted' } })).toBeNull();
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
		for (const field of ['targets', 'defensible', 'explanation']) expect(view).not.toHaveProperty(field);
		for (const text of [
			...Object.values(connotes),
			...Object.values(defensibleExplanations),
			explanations.loadedWording,
			'the Ukrainian government',
			'planning',
			'paraphrased'
		]) {
			expect(json).not.toContain(text);
		}
		expect(json).not.toMatch(/"(whose|voice|explanation|connotes|neutral|span)"/);
	});
});

describe('loaded-wording.solution', () => {
	it('gives the targets with their voices, the defensible words and the explanation', () => {
		expect(loadedWording.solution(item)).toEqual({
			targets: item.targets,
			defensible: item.defensible,
			notLoaded: [],
			explanation: explanations.loadedWording
		});
	});
});

describe('loaded-wording: a word marked that is not loaded', () => {
	const why = 'A plain word for an attack by an army; it judges no one.';
	const withReason = variantItem((key) => {
		key.notLoaded = [{ quote: 'offensive', explanation: why }];
	});
	const marks = [...responses.whoseRight.marks, ...['offensive', 'against', 'Donbas'].map(passageToken)];
	const result = loadedWording.grade(withReason, { ...responses.whoseRight, marks });

	it('still costs a point when the key gives its reason, and the run carries which reason it is', () => {
		expect(result.score).toBe(3);
		expect(result.detail.extras).toEqual([
			{ text: 'offensive', defensible: null, notLoaded: 0, words: 1 },
			{ text: 'against Donbas', defensible: null, notLoaded: null, words: 2 }
		] satisfies ExtraMark[]);
		expect(loadedWording.solution(withReason).notLoaded).toEqual([
			{ span: expect.objectContaining({ text: 'offensive' }), explanation: why }
		]);
		expect(loadedWording.publicView(withReason)).not.toHaveProperty('notLoaded');
	});

	it('is explained by the key’s reason for that word, else by the plain sentence', () => {
		const solution = loadedWording.solution(withReason);
		const [reasoned, plain] = result.detail.extras;
		expect(whyNotLoaded(reasoned, solution.notLoaded)).toBe(why);
		expect(whyNotLoaded(plain, solution.notLoaded)).toBeNull();
		expect(plainReason).toMatch(/^says what it means here without praising or blaming anyone, so it is not loaded\.$/);
		expect([costOf(reasoned), costOf(plain)]).toEqual(['It cost 1 point.', 'It cost 2 points.']);
	});

	it('never reads as a failure when every phrase was found, whatever the extra marks cost', () => {
		expect(overall(result)).toBe('partly');
		const everyWord = item.tokens.filter((t) => t.kind === 'word').map((t) => t.i);
		const all = grade({ marks: everyWord, voices: {} });
		expect(all.score).toBe(0);
		expect(overall(all)).toBe('partly');
		expect(overall(grade(responses.whoseRight))).toBe('right');
		expect(overall(grade({ marks: [passageToken('Donbas')], voices: {} }))).toBe('wrong');
	});
});
