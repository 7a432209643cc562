import { describe, expect, it } from 'vitest';
import { readAll } from './draft';
import { all } from './fixtures';
import { LEXICON } from './lexicon';

const march = `Brennan slams “reckless” march

Mayor Ada Brennan said the marchers were “a mob”, and she called the march “reckless”.

The march went on for a long, quiet hour along the harbour wall, and the marchers sang old songs.`;

const [r] = readAll([{ id: 'march', raw: march }]);
const at = (text: string) => r.loaded.filter((x) => x.phrase.text === text);

describe('loaded wording', () => {
	it('gives a quoted word to its speaker, and a verb of saying outside quotes to the outlet', () => {
		// The scare quote and the loaded word in it are one choice of words: the whole quote.
		expect(at('a mob')).toMatchObject([{ whose: 'brennan', neutral: 'a crowd' }]);
		expect(at('slams')).toMatchObject([{ whose: 'outlet', neutral: 'criticised' }]);
	});

	it('gives a headline’s scare quotes to the speaker the report goes on to quote', () => {
		expect(at('reckless')[0]?.whose).toBe('brennan');
	});

	it('ranks lexicon words above bare scare quotes, and flags no plain adjective', () => {
		const scores = r.loaded.map((x) => x.score);
		expect(scores).toEqual([...scores].sort((p, q) => q - p));
		expect(at('a mob')[0].score).toBeGreaterThan(at('reckless')[0].score);
		expect(r.loaded.map((x) => x.phrase.text)).not.toEqual(expect.arrayContaining(['long']));
		expect(r.loaded.map((x) => x.phrase.text)).not.toEqual(expect.arrayContaining(['quiet']));
	});

	it('keeps the list short: at most one candidate per 40 words of a longer report', () => {
		const [a] = readAll(all);
		expect(a.loaded.length).toBeLessThanOrEqual(Math.max(5, Math.round(a.analysed.words.length / 40)));
		expect(a.loaded.map((x) => x.phrase.text)).toContain('betrayal');
	});

	it('takes an adjective’s noun along ("bellicose rhetoric") and reads "anti-" labels', () => {
		const [x] = readAll([
			{ id: 'x', raw: 'The mayor said the paper ran an anti-council campaign of bellicose headlines.' }
		]);
		expect(x.loaded.map((l) => l.phrase.text)).toEqual(
			expect.arrayContaining(['anti-council campaign', 'bellicose headlines'])
		);
		expect(x.loaded.find((l) => l.phrase.text === 'bellicose headlines')?.neutral).toBe('confrontational headlines');
	});

	it('has a lexicon of our own whose entries all say what they connote, with weights in (0, 1]', () => {
		for (const [word, entry] of Object.entries(LEXICON)) {
			expect(word).toBe(word.toLowerCase());
			expect(entry.connotes.length).toBeGreaterThan(3);
			expect(entry.weight).toBeGreaterThan(0);
			expect(entry.weight).toBeLessThanOrEqual(1);
		}
	});

	it('ranks a quoted term the report keeps repeating below a one-off quote', () => {
		const [x] = readAll([
			{
				id: 'x',
				raw: 'The “green belt” plan was approved. Tom Okafor called the vote “a stitch-up”. The “green belt” will grow, and the “green belt” fund too.'
			}
		]);
		const score = (text: string) => x.loaded.find((l) => l.phrase.text === text)?.score ?? 0;
		expect(score('a stitch-up')).toBeGreaterThan(score('green belt'));
	});
});
