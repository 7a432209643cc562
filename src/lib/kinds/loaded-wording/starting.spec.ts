import { describe, expect, it } from 'vitest';
import { startingAnswer } from './starting';
import { loadedWordingItem as item, passageToken, wireTokenOutsidePassage } from '../fixtures';

const kyiv = passageToken('Kyiv');
const plotting = passageToken('plotting');
const query = (q: string) => new URLSearchParams(q);

describe('startingAnswer', () => {
	it('takes the marks and voices of the address after “Next: whose words are they?”', () => {
		const start = startingAnswer(item, query(`mark=${kyiv}&mark=${plotting}&whose-${kyiv}=quoted&step=whose`), null);
		expect(start).toEqual({ marks: new Set([kyiv, plotting]), voices: { [kyiv]: 'quoted' } });
	});

	it('prefers the address to the saved answer only when it says it is step 2', () => {
		const saved = { marks: [plotting], voices: { [plotting]: 'outlet' } };
		expect(startingAnswer(item, query(`mark=${kyiv}`), saved)).toEqual({
			marks: new Set([plotting]),
			voices: { [plotting]: 'outlet' }
		});
	});

	it('keeps only words of the passage and the three voices, from either', () => {
		const outside = wireTokenOutsidePassage('NATO');
		const comma = item.tokens.find((t) => t.kind === 'punct')!.i;
		const address = `step=whose&mark=${outside}&mark=${comma}&mark=1e3&mark=${kyiv}&whose-${kyiv}=gossip&whose-${outside}=quoted&whose-x=outlet`;
		expect(startingAnswer(item, query(address), null)).toEqual({ marks: new Set([kyiv]), voices: {} });
		const odd = {
			marks: [kyiv, 'x', outside],
			voices: { [kyiv]: 'gossip', constructor: 'quoted', [plotting]: 'quoted' }
		};
		expect(startingAnswer(item, query(''), odd)).toEqual({ marks: new Set([kyiv]), voices: { [plotting]: 'quoted' } });
		for (const answer of [null, 'Kyiv', [kyiv], { marks: 'Kyiv', voices: 'quoted' }]) {
			expect(startingAnswer(item, query(''), answer)).toEqual({ marks: new Set(), voices: {} });
		}
	});
});
