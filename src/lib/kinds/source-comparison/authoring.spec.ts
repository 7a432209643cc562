import { describe, expect, it } from 'vitest';
import { authoring } from './authoring';
import type { SourceComparisonKey } from './types';

const key: SourceComparisonKey<string, string> = {
	kind: 'source-comparison',
	id: 'who-says',
	prompt: 'Which reports tell you this?',
	statements: [
		{
			id: 'vote',
			text: 'The council voted to close the library.',
			in: ['gazette', 'courier'],
			evidence: [
				{ source: 'gazette', quote: 'voted on Monday' },
				{ source: 'courier', quote: 'the vote', occurrence: 2 }
			],
			explanation: 'Both say so.'
		},
		{ id: 'none', text: 'The library will reopen.', in: [], evidence: [], explanation: 'Neither says so.' }
	],
	explanation: 'The reports agree on the vote.'
};

const formOf = (values: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(values)) form.append(name, value);
	return form;
};

describe('source-comparison authoring', () => {
	it('reads back the key its form shows', () => {
		expect(authoring.fromForm(formOf(authoring.toForm(key)), 'who-says')).toEqual({ ok: true, key });
	});

	it('names a new statement by its place and drops blank rows', () => {
		const values = { ...authoring.toForm(key), 'statements.2.text': 'A third one.', 'statements.3.text': ' ' };
		const read = authoring.fromForm(formOf(values), 'who-says');
		expect(read.ok && read.key.statements.map((s) => s.id)).toEqual(['vote', 'none', 'statement-3']);
	});

	it('refuses a file, a bad occurrence and an item without statements', () => {
		const file = formOf(authoring.toForm(key));
		file.set('prompt', new File(['x'], 'x.txt'));
		expect(authoring.fromForm(file, 'who-says')).toEqual({
			ok: false,
			problems: ['every field must be text, not a file']
		});
		const occurrence = authoring.fromForm(
			formOf({ ...authoring.toForm(key), 'statements.0.evidence.0.occurrence': '-1' }),
			'who-says'
		);
		expect(occurrence.ok).toBe(false);
		const none = authoring.fromForm(formOf({ prompt: 'p', explanation: 'e' }), 'who-says');
		expect(!none.ok && none.problems.join('\n')).toMatch(/"statements" must be a list with at least one entry/);
	});
});
