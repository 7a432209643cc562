import { describe, expect, it } from 'vitest';
import { oneLine } from './label';

describe('oneLine', () => {
	it('keeps a short text, with its white space squashed', () => {
		expect(oneLine('  Russia  does not\nthreaten anyone ')).toBe('Russia does not threaten anyone');
	});

	it('cuts a long text at a word boundary, without a trailing comma, and marks the cut', () => {
		const text = 'Russia does not threaten anyone, the president said, and the West must give guarantees';
		const line = oneLine(text, 40);
		expect(line).toBe('Russia does not threaten anyone, the…');
		expect(line.length).toBeLessThanOrEqual(40);
	});

	it('cuts inside one very long word rather than leaving a stub', () => {
		expect(oneLine(`a ${'x'.repeat(60)}`, 20)).toBe(`a ${'x'.repeat(17)}…`);
	});
});
