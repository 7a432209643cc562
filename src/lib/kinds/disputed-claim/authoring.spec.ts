import { describe, expect, it } from 'vitest';
import { authoring } from './authoring';
import type { DisputedClaimKey } from './types';

const key: DisputedClaimKey<string, string> = {
	kind: 'disputed-claim',
	id: 'visitors',
	prompt: 'Who says what about the visitors?',
	claim: 'The library lost half of its visitors.',
	choices: ['holt', 'union', 'outlet:gazette'],
	asserters: ['holt'],
	disputers: ['union'],
	reportedIn: ['gazette'],
	evidence: [{ source: 'gazette', quote: 'Librarians dispute the figures.', occurrence: 1 }],
	explanation: 'The mayor says it; the union disputes it.'
};

const formOf = (values: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(values)) form.append(name, value);
	return form;
};

describe('disputed-claim authoring', () => {
	it('reads back the key its form shows', () => {
		expect(authoring.fromForm(formOf(authoring.toForm(key)), 'visitors')).toEqual({ ok: true, key });
	});

	it('takes only ticked boxes, in the form’s order', () => {
		const values = { ...authoring.toForm(key), 'disputer.outlet:gazette': 'off', 'reportedIn.courier': 'on' };
		const read = authoring.fromForm(formOf(values), 'visitors');
		expect(read.ok && read.key.disputers).toEqual(['union']);
		expect(read.ok && read.key.reportedIn).toEqual(['gazette', 'courier']);
	});

	it('starts a new item with nothing ticked', () => {
		const values = authoring.toForm(authoring.blank('new-one'));
		expect(Object.keys(values).filter((name) => values[name] === 'on')).toEqual([]);
	});

	it('refuses a file and an item with no parties offered, no asserter or no evidence', () => {
		const file = formOf(authoring.toForm(key));
		file.set('claim', new File(['x'], 'x.txt'));
		expect(authoring.fromForm(file, 'visitors')).toEqual({
			ok: false,
			problems: ['every field must be text, not a file']
		});
		const empty = authoring.fromForm(formOf({ prompt: 'p', claim: 'c', explanation: 'e' }), 'visitors');
		const problems = !empty.ok && empty.problems.join('\n');
		expect(problems).toMatch(/"choices" must be a list with at least one entry/);
		expect(problems).toMatch(/"asserters" must be a list with at least one entry/);
		expect(problems).toMatch(/"evidence" must be a list with at least one entry/);
	});
});
