import { describe, expect, it } from 'vitest';
import { choiceCounts, tallies } from './tally';

describe('choiceCounts', () => {
	const attribution = [
		{ speaker: 'putin', mode: 'paraphrase' },
		{ speaker: 'putin', mode: 'direct-quote' },
		{ speaker: 'nato', mode: 'paraphrase' },
		null,
		'garbage'
	];
	const disputed = [
		{ asserters: ['putin'], disputers: ['nato', 'nato'] },
		{ asserters: ['putin', 'nato'], disputers: [] },
		{ asserters: 'putin', disputers: [42] }
	];

	it('counts a single-choice field, offered values first and in order, zeros included', () => {
		expect(choiceCounts(attribution, 'speaker', ['nato', 'peskov', 'putin'])).toEqual([
			{ value: 'nato', count: 1 },
			{ value: 'peskov', count: 0 },
			{ value: 'putin', count: 2 }
		]);
	});

	it('counts a many-choice field once per answer and value, and keeps stored values that are not offered', () => {
		expect(choiceCounts(disputed, 'asserters', ['nato'])).toEqual([
			{ value: 'nato', count: 1 },
			{ value: 'putin', count: 3 }
		]);
		expect(choiceCounts(disputed, 'disputers', [])).toEqual([{ value: 'nato', count: 1 }]);
	});
});

describe('tallies', () => {
	it('names each value and marks those in the key, stored values nobody was offered included', () => {
		const answers = [{ speaker: 'putin' }, { speaker: 'putin' }, { speaker: 'someone' }];
		const label = (id: string) => id.toUpperCase();
		expect(tallies(answers, 'speaker', ['nato', 'putin'], label, (id) => id === 'putin')).toEqual([
			{ id: 'nato', label: 'NATO', count: 0, key: false },
			{ id: 'putin', label: 'PUTIN', count: 2, key: true },
			{ id: 'someone', label: 'SOMEONE', count: 1, key: false }
		]);
	});
});
