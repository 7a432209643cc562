import { describe, expect, it } from 'vitest';
import { parseForm } from '../schemas';
import { detailsForm, documentDetailsForm, speakerForm } from './editor-forms';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
};

const details = { title: 'Council vote', summary: '', minutes: '10', visibility: 'private' };
const speaker = { speakerId: 'holt', name: 'Dana Holt', description: 'Mayor' };
const documentDetails = {
	documentId: 'gazette',
	title: 'Library closes',
	outlet: 'The Gazette',
	origin: 'Invented.',
	language: 'English'
};

describe('the editor’s one-line fields', () => {
	// Learners and other teachers see a module's title, its reports' details and its speakers' names, as they
	// see class and learner names: the same characters are refused (a right-to-left override, NUL, …).
	it('refuse control and format characters, as names do', () => {
		for (const hidden of ['\u202e', '\u0000', '\u200b', '\u2066', '\u0007']) {
			const cases = [
				parseForm(detailsForm, form({ ...details, title: `Council${hidden}vote` })),
				parseForm(detailsForm, form({ ...details, summary: `A${hidden}b` })),
				parseForm(speakerForm, form({ ...speaker, name: `Dana${hidden}Holt` })),
				parseForm(documentDetailsForm, form({ ...documentDetails, outlet: `The${hidden}Gazette` }))
			];
			for (const parsed of cases) {
				expect(parsed, JSON.stringify(hidden)).toMatchObject({
					ok: false,
					message: expect.stringMatching(/cannot be shown/)
				});
			}
		}
	});

	it('keep what correct spelling needs: a joiner between letters, accents, other scripts', () => {
		expect(parseForm(speakerForm, form({ ...speaker, name: 'فاطمه‌زاده' }))).toMatchObject({ ok: true });
		expect(parseForm(detailsForm, form({ ...details, title: 'Zoë’s «library» 図書館' }))).toMatchObject({ ok: true });
		expect(parseForm(documentDetailsForm, form(documentDetails))).toMatchObject({ ok: true });
	});
});
