import { describe, expect, it } from 'vitest';
import { authoring } from './authoring';
import type { LoadedWordingKey } from './types';

const key: LoadedWordingKey<string, string> = {
	kind: 'loaded-wording',
	id: 'stunning',
	prompt: 'Mark the loaded words.',
	passage: { source: 'gazette', quote: 'In a stunning move, the council voted' },
	targets: [
		{ quote: 'stunning', connotes: 'shock', neutral: 'unexpected', voice: 'outlet' },
		{ quote: 'reckless', occurrence: 2, connotes: 'careless', neutral: 'risky', voice: 'quoted', whose: 'critics' }
	],
	defensible: [{ quote: 'beloved', explanation: 'Fair, but many say so.' }],
	notLoaded: [{ quote: 'voted', occurrence: 1, explanation: 'A plain verb.' }],
	explanation: 'The report’s own words take a side.'
};

const formOf = (values: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(values)) form.append(name, value);
	return form;
};

describe('loaded-wording authoring', () => {
	it('reads back the key its form shows, with and without the optional lists', () => {
		expect(authoring.fromForm(formOf(authoring.toForm(key)), 'stunning')).toEqual({ ok: true, key });
		const { defensible: _, notLoaded: __, ...plain } = key;
		expect(authoring.fromForm(formOf(authoring.toForm(plain)), 'stunning')).toEqual({ ok: true, key: plain });
	});

	it('drops a speaker left chosen for the outlet’s own word', () => {
		const values = { ...authoring.toForm(key), 'targets.0.whose': 'critics' };
		expect(authoring.fromForm(formOf(values), 'stunning')).toEqual({ ok: true, key });
	});

	it('starts a new item with one blank target', () => {
		const values = authoring.toForm(authoring.blank('new-one'));
		expect(values['targets.0.quote']).toBe('');
		expect(values['passage.quote']).toBe('');
	});

	it('refuses an unknown voice, a bad occurrence and no targets', () => {
		const voice = authoring.fromForm(formOf({ ...authoring.toForm(key), 'targets.1.voice': 'shouted' }), 'stunning');
		expect(!voice.ok && voice.problems.join('\n')).toMatch(/"voice" must be "quoted", "paraphrased" or "outlet"/);
		const occurrence = authoring.fromForm(formOf({ ...authoring.toForm(key), 'targets.0.occurrence': '0' }), 'x');
		expect(occurrence).toEqual({
			ok: false,
			problems: ['targets.0: "occurrence" must be a whole number from 1, or empty']
		});
		const none = authoring.fromForm(
			formOf({ ...authoring.toForm(key), 'targets.0.quote': '', 'targets.1.quote': ' ' }),
			'stunning'
		);
		expect(!none.ok && none.problems.join('\n')).toMatch(/"targets" must be a list with at least one entry/);
	});
});
