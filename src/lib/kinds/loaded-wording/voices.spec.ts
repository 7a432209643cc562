import { describe, expect, it } from 'vitest';
import { whoseWord } from './voices';

describe('whoseWord', () => {
	it('says whose word a target is in each voice', () => {
		expect(whoseWord('quoted', 'Vladimir Putin')).toBe('Vladimir Putin’s word, quoted');
		expect(whoseWord('paraphrased', 'Vladimir Putin')).toBe('Vladimir Putin’s point, in the reporter’s words');
		expect(whoseWord('outlet', 'outlet')).toBe('the outlet’s own word');
	});

	it('writes a name as it reads inside a sentence', () => {
		expect(whoseWord('quoted', 'The White House')).toBe('the White House’s word, quoted');
		expect(whoseWord('paraphrased', 'Critics')).toBe('Critics’ point, in the reporter’s words');
		expect(whoseWord('quoted', 'Liz Truss')).toBe('Liz Truss’ word, quoted');
	});
});
