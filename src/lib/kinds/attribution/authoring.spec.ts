import { describe, expect, it } from 'vitest';
import { authoring } from './authoring';
import type { AttributionKey } from './types';

const key: AttributionKey<string, string> = {
	kind: 'attribution',
	id: 'closing',
	prompt: 'Who is speaking?',
	statement: { source: 'report-a', quote: 'the library will close', occurrence: 2 },
	choices: ['mayor', 'librarian'],
	speaker: 'mayor',
	mode: 'paraphrase',
	evidence: [
		{ source: 'report-a', quote: 'the mayor said' },
		{ source: 'report-b', quote: 'according to the mayor' }
	],
	explanation: 'The mayor is named, not quoted.'
};

const formOf = (values: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(values)) form.append(name, value);
	return form;
};

describe('attribution authoring', () => {
	it('reads back the key its form shows', () => {
		expect(authoring.fromForm(formOf(authoring.toForm(key)), 'closing')).toEqual({ ok: true, key });
	});

	it('drops blank rows and trims the white space a selection brings', () => {
		const values = {
			...authoring.toForm(key),
			'statement.quote': '  the library will close\n',
			'evidence.2.source': 'report-b',
			'evidence.2.quote': '   ',
			'choice.2': ''
		};
		expect(authoring.fromForm(formOf(values), 'closing')).toEqual({ ok: true, key });
	});

	it('gives a blank item its id and a form with every field empty', () => {
		const blank = authoring.blank('new-one');
		expect(blank.id).toBe('new-one');
		const values = authoring.toForm(blank);
		expect(values['statement.quote']).toBe('');
		expect(values['choice.0']).toBe('');
		expect(values['evidence.0.quote']).toBe('');
	});

	it('refuses a file, a field sent twice, a bad occurrence, an unknown mode and missing lists', () => {
		const file = formOf(authoring.toForm(key));
		file.set('prompt', new File(['x'], 'x.txt'));
		expect(authoring.fromForm(file, 'closing')).toEqual({
			ok: false,
			problems: ['every field must be text, not a file']
		});

		const twice = formOf(authoring.toForm(key));
		twice.append('speaker', 'librarian');
		expect(authoring.fromForm(twice, 'closing')).toEqual({
			ok: false,
			problems: ['the field "speaker" is sent twice']
		});

		const occurrence = formOf({ ...authoring.toForm(key), 'statement.occurrence': 'two' });
		expect(authoring.fromForm(occurrence, 'closing')).toEqual({
			ok: false,
			problems: ['statement: "occurrence" must be a whole number from 1, or empty']
		});

		const odd = authoring.fromForm(
			formOf({
				...authoring.toForm(key),
				mode: 'rumour',
				'choice.0': '',
				'choice.1': '',
				'evidence.0.quote': '',
				'evidence.1.quote': ''
			}),
			'closing'
		);
		expect(odd.ok).toBe(false);
		expect(!odd.ok && odd.problems.join('\n')).toMatch(/choices.*one to three/);
		expect(!odd.ok && odd.problems.join('\n')).toMatch(/"mode" must be one of/);
		expect(!odd.ok && odd.problems.join('\n')).toMatch(/"evidence" must be a list with at least one entry/);
	});
});
