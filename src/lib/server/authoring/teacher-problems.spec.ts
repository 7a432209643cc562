import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import { libraryClosureCopy } from '../data/authored-fixture';
import { emptyWorkingCopy, type WorkingCopy } from '../data/authored-modules';
import { teacherProblems } from './teacher-problems';

const ID = 'draft-under-test';
const EDITOR = `/teach/modules/${ID}/edit`;

/** The teacher's view of what the compile step says of a draft. */
function problemsOf(copy: WorkingCopy) {
	const compiled = compileSource({ id: ID, ...copy }, renderMarkdown);
	if (compiled.ok) throw new Error('the draft compiles');
	return teacherProblems(ID, compiled.problems);
}

/** The test module with one change. */
function changed(change: (copy: WorkingCopy & { key: { items: Array<Record<string, unknown>> } }) => void) {
	const copy = libraryClosureCopy() as WorkingCopy & { key: { items: Array<Record<string, unknown>> } };
	change(copy);
	return copy;
}

describe('the compile step’s problems for a teacher', () => {
	afterEach(restoreLocale);

	it('says an empty field in plain words, links to it, and keeps the compile step’s wording beside', () => {
		const [problem] = problemsOf(changed((copy) => (copy.prose.teacherNotes = '')));
		expect(problem).toEqual({
			where: 'Teacher notes (Markdown)',
			href: `${EDITOR}#prose-teacherNotes`,
			text: 'It is empty. Write notes for teachers: the goals, the timing, how to run the discussion.',
			detail: `quizzes/${ID}: prose "teacherNotes" is missing or empty`
		});
		useLocale('de');
		expect(
			problemsOf(changed((copy) => (copy.prose.teacherNotes = ''))).map(({ where, text }) => ({ where, text }))
		).toEqual([
			{
				where: 'Hinweise für Lehrkräfte (Markdown)',
				text: 'Das Feld ist leer. Schreiben Sie Hinweise für Lehrkräfte: die Ziele, die Zeitplanung, wie Sie die Besprechung führen.'
			}
		]);
	});

	it('sends a new module’s teacher to its summary, its reports and its questions', () => {
		const problems = problemsOf(emptyWorkingCopy('Nothing in it yet'));
		expect(problems.map(({ where, href }) => [where, href])).toEqual([
			['Summary', `${EDITOR}#details`],
			['Documents', `${EDITOR}#documents`],
			['Items', `${EDITOR}#items`]
		]);
		expect(problems.map((p) => p.text)).toContain('The module has no questions yet. Add at least one.');
		for (const problem of problems) expect(problem.text, problem.detail).not.toMatch(/quizzes\/|"|key\.ts/);
	});

	it('sends a question’s problems to that question’s editor', () => {
		const [first] = libraryClosureCopy().key.items as Array<{ id: string }>;
		const prompt = problemsOf(changed((copy) => (copy.key.items[0].prompt = ' ')));
		expect(prompt).toMatchObject([
			{
				where: `Question “${first.id}”`,
				href: `${EDITOR}/items/${first.id}`,
				text: 'The question has no prompt. Write what learners are asked.'
			}
		]);
		const quote = problemsOf(
			changed((copy) => (copy.key.items[0].statement = { source: 'gazette', quote: 'words the report never had' }))
		);
		expect(quote.map((p) => p.text)).toEqual([
			'The words “words the report never had” are not in the report; the closest words in it are “said the branch had”. Choose the words again from the report’s text, or copy them exactly.'
		]);
		expect(quote[0].detail).toContain('quote "words the report never had" is not in the document');
		// A typo: the closest words of the report are said, as the compile step says them.
		const typo = problemsOf(
			changed(
				(copy) => (copy.key.items[0].statement = { source: 'gazette', quote: 'a building open that nobody loves' })
			)
		);
		expect(typo.map((p) => p.text)).toEqual([
			expect.stringMatching(
				/^The words “a building open that nobody loves” are not in the report; the closest words in it are “[^”]*nobody uses[^”]*”\. Choose/
			)
		]);
	});

	it('keeps a problem it does not know, linked to the editor', () => {
		expect(teacherProblems(ID, ['something new the compile step says'])).toEqual([
			{
				where: 'Editor',
				href: EDITOR,
				text: 'Something in the module needs fixing before it can be shown. Check each part of the editor.',
				detail: 'something new the compile step says'
			}
		]);
	});
});
