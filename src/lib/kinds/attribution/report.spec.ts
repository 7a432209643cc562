import { describe, expect, it } from 'vitest';
import { moduleNames } from '$lib/quiz/names';
import { attribution } from './attribution';
import { attributionItem as item, attributionResponses as responses, fixtureModule } from '../fixtures';

const names = moduleNames(fixtureModule);
const scored = (answer: unknown) => ({ answer, ...attribution.grade(item, answer) });

describe('attribution.summarise', () => {
	it('names the speaker and the mode', () => {
		expect(attribution.summarise(item, responses.perfect, names)).toBe('Vladimir Putin; Partial quote');
		expect(attribution.summarise(item, { speaker: 'reporter', mode: 'reporter-claim' }, names)).toBe(
			'The reporter (no named source); The reporter’s own claim'
		);
	});

	it('says what is missing, and keeps a stored value it does not know', () => {
		expect(attribution.summarise(item, responses.empty, names)).toBe('no source; no attribution');
		expect(attribution.summarise(item, { speaker: 'someone', mode: 'gossip' }, names)).toBe('someone; gossip');
	});

	it('gives an empty string for an answer that is not an object', () => {
		for (const answer of [null, 'putin', 42]) expect(attribution.summarise(item, answer, names)).toBe('');
	});
});

describe('attribution.classify', () => {
	const answers = [responses.perfect, responses.partial, responses.allWrong].map(scored);

	it('counts answers per speaker and per mode, with the key marked', () => {
		const dist = attribution.classify(item, answers, names);
		expect(dist.statement).toBe(item.statement.text);
		expect(dist.speakers.map((s) => [s.id, s.label, s.count, s.key])).toEqual([
			['putin', 'Vladimir Putin', 2, true],
			['nato', 'NATO', 1, false],
			['reporter', 'The reporter (no named source)', 0, false],
			['unnamed', 'An unnamed or vague source', 0, false]
		]);
		expect(dist.modes.map((m) => [m.id, m.label, m.count, m.key])).toEqual([
			['direct-quote', 'Direct quote', 1, false],
			['partial-quote', 'Partial quote', 1, true],
			['paraphrase', 'Paraphrase of a named source', 0, false],
			['vague-source', 'Given to an unnamed or vague source', 0, false],
			['reporter-claim', 'The reporter’s own claim', 1, false]
		]);
		expect(dist.both).toBe(1);
	});

	it('skips answers of another shape, and lists stored values nobody was offered', () => {
		const odd = [null, 'putin', { speaker: 'someone', mode: 'gossip' }].map(scored);
		const dist = attribution.classify(item, [...answers, ...odd], names);
		expect(dist.speakers.map((s) => s.count)).toEqual([2, 1, 0, 0, 1]);
		expect(dist.speakers.at(-1)).toEqual({ id: 'someone', label: 'someone', count: 1, key: false });
		expect(dist.modes.at(-1)).toEqual({ id: 'gossip', label: 'gossip', count: 1, key: false });
		expect(dist.both).toBe(1);
	});
});

describe('answers stored before per-item choices and the new modes', () => {
	// Stored when the item offered every speaker and three modes: they must still grade and summarise.
	const peskovParaphrase = { speaker: 'peskov', mode: 'paraphrase' };

	it('grades an old mode as any mode: the speaker right, the mode not', () => {
		expect(attribution.grade(item, responses.oldParaphrase)).toMatchObject({
			score: 1,
			valid: true,
			detail: { speaker: { given: 'putin', correct: true }, mode: { given: 'paraphrase', correct: false } }
		});
		expect(attribution.summarise(item, responses.oldParaphrase, names)).toBe(
			'Vladimir Putin; Paraphrase of a named source'
		);
	});

	it('grades, names and counts a speaker the item no longer offers', () => {
		expect(attribution.grade(item, peskovParaphrase)).toMatchObject({ score: 0, valid: true });
		expect(attribution.summarise(item, peskovParaphrase, names)).toBe('Dmitry Peskov; Paraphrase of a named source');
		const dist = attribution.classify(item, [responses.perfect, peskovParaphrase].map(scored), names);
		expect(dist.speakers.at(-1)).toEqual({ id: 'peskov', label: 'Dmitry Peskov', count: 1, key: false });
		expect(dist.modes.find((m) => m.id === 'paraphrase')?.count).toBe(1);
	});
});
