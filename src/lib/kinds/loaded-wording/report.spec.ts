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
	it('lists marked words, joining neighbours into phrases', () => {
		expect(loadedWording.summarise(item, responses.perfectEveryWord, names)).toBe(
			'Kyiv regime; plotting; bloody, senseless'
		);
		expect(loadedWording.summarise(item, responses.partial, names)).toBe('regime; plotting; offensive');
		expect(loadedWording.summarise(item, responses.empty, names)).toBe('no words marked');
	});

	it('gives an empty string for an answer that is not an object', () => {
		for (const answer of [null, 'Kyiv']) expect(loadedWording.summarise(item, answer, names)).toBe('');
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
		expect(dist.targets.map((t) => t.foundBy)).toEqual([2, 2, 1]);
		expect(dist.top[0]).toMatchObject({ count: 2 });
		expect(dist.top.find((w) => w.text === 'offensive')?.target).toBe(false);
	});

	it('says whose word each target is', () => {
		const dist = loadedWording.classify(item, answers, names);
		expect(dist.targets.map((t) => t.whose)).toEqual(item.targets.map((t) => names.whose(t.whose)));
		expect(names.whose('outlet')).toBe('the outlet’s own word');
		expect(names.whose('putin')).toBe('Vladimir Putin’s word');
	});

	it('finds nothing in a response of another shape, as the grader does', () => {
		// A valid mark beside a bad one: the grader refuses the whole response, so no target is found.
		const dist = loadedWording.classify(item, [scored(responses.malformed['valid marks plus one bad'])], names);
		expect(dist.targets.map((t) => t.foundBy)).toEqual([0, 0, 0]);
		const odd = Object.values(responses.malformed).map(scored);
		expect(() => loadedWording.classify(item, odd, names)).not.toThrow();
	});
});
