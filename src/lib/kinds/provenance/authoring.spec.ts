import { describe, expect, it } from 'vitest';
import { authoring } from './authoring';
import type { ProvenanceKey } from './types';

const key: ProvenanceKey<string, string> = {
	kind: 'provenance',
	id: 'signs',
	prompt: 'What does each sign show?',
	observations: [
		{
			id: 'link',
			at: { source: 'gazette', quote: 'Read more local stories' },
			category: 'republication',
			explanation: 'A link.'
		},
		{
			id: 'plain',
			at: { source: 'courier', quote: 'the council', occurrence: 2 },
			category: 'ordinary',
			explanation: 'Plain.'
		}
	],
	explanation: 'One sign of re-publication.'
};

const formOf = (values: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(values)) form.append(name, value);
	return form;
};

describe('provenance authoring', () => {
	it('reads back the key its form shows', () => {
		expect(authoring.fromForm(formOf(authoring.toForm(key)), 'signs')).toEqual({ ok: true, key });
	});

	it('names a new observation by its place and drops blank rows', () => {
		const values = {
			...authoring.toForm(key),
			'observations.2.at.source': 'gazette',
			'observations.2.at.quote': 'stunning',
			'observations.2.category': 'translation',
			'observations.3.at.quote': ''
		};
		const read = authoring.fromForm(formOf(values), 'signs');
		expect(read.ok && read.key.observations.map((o) => o.id)).toEqual(['link', 'plain', 'sign-3']);
	});

	it('refuses an unknown category, a field sent twice and no observations', () => {
		const category = authoring.fromForm(
			formOf({ ...authoring.toForm(key), 'observations.0.category': 'forgery' }),
			'signs'
		);
		expect(!category.ok && category.problems.join('\n')).toMatch(
			/"category" must be one of translation, republication, ordinary/
		);
		const twice = formOf(authoring.toForm(key));
		twice.append('prompt', 'again');
		expect(authoring.fromForm(twice, 'signs')).toEqual({ ok: false, problems: ['the field "prompt" is sent twice'] });
		const none = authoring.fromForm(formOf({ prompt: 'p', explanation: 'e' }), 'signs');
		expect(!none.ok && none.problems.join('\n')).toMatch(/"observations" must be a list with at least one entry/);
	});
});
