import { describe, expect, it } from 'vitest';
import { startingAnswer } from './starting';
import { phrasesOf, voiceOf } from './phrases';
import { loadedWordingItem as item, passageToken, wireTokenOutsidePassage } from '../fixtures';

const kyiv = passageToken('Kyiv');
const plotting = passageToken('plotting');
const query = (q: string) => new URLSearchParams(q);

/** The phrases the question asks about, with the voice each starts with: what the learner sees. */
const asked = (params: URLSearchParams, answer: unknown) => {
	const start = startingAnswer(params, answer);
	return phrasesOf(item.tokens, start.marks as Set<number>).map((p) => [p.text, voiceOf(p, start.voices as never)]);
};

describe('startingAnswer', () => {
	it('takes the marks and voices of the address after “Next: whose words are they?”', () => {
		expect(asked(query(`mark=${kyiv}&mark=${plotting}&whose-${kyiv}=quoted&step=whose`), null)).toEqual([
			['Kyiv', 'quoted'],
			['plotting', null]
		]);
	});

	it('takes the saved answer unless the address says it is step 2', () => {
		const saved = { marks: [plotting], voices: { [plotting]: 'outlet' } };
		expect(asked(query(`mark=${kyiv}`), saved)).toEqual([['plotting', 'outlet']]);
		expect(asked(query(`mark=${kyiv}&step=whose`), saved)).toEqual([['Kyiv', null]]);
	});

	it('asks about words of the passage only, whatever the address or the draft holds', () => {
		const outside = wireTokenOutsidePassage('NATO');
		const comma = item.tokens.find((t) => t.kind === 'punct')!.i;
		const address = `step=whose&mark=${outside}&mark=${comma}&mark=1e3&mark=x&mark=${kyiv}&whose-${kyiv}=gossip`;
		// A voice nobody offers is carried, and checks none of the three choices.
		expect(asked(query(address), null)).toEqual([['Kyiv', 'gossip']]);
		const odd = { marks: [kyiv, 'x', outside, { i: 1 }], voices: { constructor: 'quoted' } };
		expect(asked(query(''), odd)).toEqual([['Kyiv', null]]);
		for (const answer of [null, 'Kyiv', [kyiv], { marks: 'Kyiv', voices: 'quoted' }]) {
			expect(asked(query(''), answer)).toEqual([]);
		}
	});
});
