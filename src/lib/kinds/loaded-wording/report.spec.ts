import { describe, expect, it } from 'vitest';
import { moduleNames } from '$lib/quiz/names';
import { loadedWording } from './loaded-wording';
import {
	fixtureModule,
	loadedWordingItem as item,
	loadedWordingResponses as responses,
	passageToken
} from '../fixtures';

const names = moduleNames(fixtureModule);
const scored = (answer: unknown) => ({ answer, ...loadedWording.grade(item, answer) });

describe('loaded-wording.summarise', () => {
	it('lists the phrases marked, each with the voice the learner gave it', () => {
		expect(loadedWording.summarise(item, responses.perfectEveryWord, names)).toBe(
			'Kyiv regime (reported in the reporter’s words); plotting (reported in the reporter’s words); bloody, senseless (the outlet’s own)'
		);
		expect(loadedWording.summarise(item, responses.partial, names)).toBe(
			'regime (reported in the reporter’s words); plotting (the outlet’s own); offensive (the outlet’s own)'
		);
		expect(loadedWording.summarise(item, responses.whoseWrong, names)).toBe(
			'Kyiv (quoted); plotting (quoted); senseless (quoted)'
		);
		expect(loadedWording.summarise(item, responses.empty, names)).toBe('no words marked');
	});

	it('summarises an old-shape answer (marks only) as its phrases, without voices', () => {
		expect(loadedWording.summarise(item, responses.oldShape, names)).toBe('Kyiv; plotting; senseless');
	});

	it('gives an empty string for an answer of another shape', () => {
		for (const answer of [null, 'Kyiv', [], { marks: 'Kyiv' }, responses.malformed['voice not offered']]) {
			expect(loadedWording.summarise(item, answer, names)).toBe('');
		}
	});
});

describe('loaded-wording.classify', () => {
	const answers = [responses.perfect, responses.partial, responses.allWrong].map(scored);

	it('counts marks per word for the heatmap, and who found each target', () => {
		const dist = loadedWording.classify(item, answers, names);
		expect(dist.counts[passageToken('plotting')]).toBe(2);
		expect(dist.counts[passageToken('offensive')]).toBe(2);
		expect(dist.counts[passageToken('Kyiv')]).toBe(1);
		expect(dist.most).toBe(2);
		expect(dist.tokens).toHaveLength(item.tokens.length);
		expect(dist.targetTokens).toContain(passageToken('regime'));
		expect(dist.targetTokens).not.toContain(passageToken('offensive'));
		// One ◆ per phrase of the key, at its first word: "Kyiv regime" is marked once, not per word.
		expect(dist.targetStarts).toEqual(['Kyiv', 'plotting', 'bloody'].map(passageToken));
		expect(dist.targets.map((t) => t.foundBy)).toEqual([2, 2, 1]);
		expect(dist.top[0]).toMatchObject({ count: 2 });
		expect(dist.top.find((w) => w.text === 'offensive')?.target).toBe(false);
	});

	it('counts, per target, how many of those who found it named its voice, and what they said', () => {
		const dist = loadedWording.classify(
			item,
			[responses.whoseRight, responses.whoseWrong, responses.oldShape, responses.partial].map(scored),
			names
		);
		expect(dist.targets.map((t) => [t.foundBy, t.voiceRightBy])).toEqual([
			[4, 2],
			[4, 1],
			[3, 1]
		]);
		expect(dist.targets[1].said).toEqual({ quoted: 1, paraphrased: 1, outlet: 1, none: 1 });
		expect(dist.targets[2].said).toEqual({ quoted: 1, paraphrased: 0, outlet: 1, none: 1 });
	});

	it('says whose word each target is, voice and speaker', () => {
		const dist = loadedWording.classify(item, answers, names);
		expect(dist.targets.map((t) => [t.voice, t.whose])).toEqual([
			['paraphrased', 'Vladimir Putin’s point, in the reporter’s words'],
			['paraphrased', 'Vladimir Putin’s point, in the reporter’s words'],
			['outlet', 'the outlet’s own word']
		]);
	});

	it('finds nothing in a response of another shape, as the grader does', () => {
		// A valid mark beside a bad one: the grader refuses the whole response, so no target is found.
		const dist = loadedWording.classify(item, [scored(responses.malformed['valid marks plus one bad'])], names);
		expect(dist.targets.map((t) => t.foundBy)).toEqual([0, 0, 0]);
		const odd = Object.values(responses.malformed).map(scored);
		expect(() => loadedWording.classify(item, odd, names)).not.toThrow();
	});
});

describe('loaded-wording.unkeyed', () => {
	it('keeps the heat map and drops every word of the key', () => {
		const answers = [responses.perfectEveryWord, responses.partial].map(scored);
		const keyed = loadedWording.classify(item, answers, names);
		const unkeyed = loadedWording.unkeyed(keyed);
		expect(keyed.targetTokens.length).toBeGreaterThan(0);
		expect(unkeyed.counts).toEqual(keyed.counts);
		expect(unkeyed.targetTokens).toEqual([]);
		expect(unkeyed.targets).toEqual([]);
		expect(unkeyed.top.map((w) => w.i)).toEqual(keyed.top.map((w) => w.i));
		expect(unkeyed.top.some((w) => w.target)).toBe(false);
	});
});
