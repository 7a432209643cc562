import { describe, expect, it } from 'vitest';
import { answerer } from './answerer';

describe('answerer', () => {
	it('is the reader on their own pages', () => {
		expect(answerer()).toEqual({ They: 'You', they: 'you', their: 'your', self: true });
		expect(answerer('  ')).toEqual(answerer());
	});

	it('is the learner by name on their teacher’s page', () => {
		expect(answerer('Ana')).toEqual({ They: 'Ana', they: 'Ana', their: 'Ana’s', self: false });
	});
});
