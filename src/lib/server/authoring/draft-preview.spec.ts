import { describe, expect, it } from 'vitest';
import { kindOf } from '$lib/kinds/registry';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import { libraryClosureCopy } from '../data/authored-fixture';
import { checkAnswer } from '../items';
import { previewAnswer } from './draft-preview';

/** The test module as a teacher's draft, compiled as the preview compiles it. */
function draft() {
	const compiled = compileSource({ id: 'draft-under-test', ...libraryClosureCopy() }, renderMarkdown);
	if (!compiled.ok) throw new Error(compiled.problems.join('\n'));
	return compiled.module;
}

const formOf = (pairs: Array<[string, string]>) => {
	const form = new FormData();
	for (const [name, value] of pairs) form.append(name, value);
	return form;
};

describe('answering an item of a draft in its preview', () => {
	const module = draft();
	const random = () => 0.5;

	for (const item of module.items) {
		it(`${item.id}: grades as a learner's answer is graded, with the feedback a learner's page shows`, () => {
			const kind = kindOf(item);
			for (const variant of ['right', 'wrong', 'partial'] as const) {
				const form = () => formOf(kind.toForm(kind.sample(item, variant, random)));
				const answered = previewAnswer(item, form());
				const learner = checkAnswer(item, form());
				if (!answered.ok || !learner.ok) throw new Error(`${variant} refused`);
				expect(answered.itemId).toBe(item.id);
				expect(answered.feedback.grade.score, variant).toBe(learner.score);
				expect(answered.feedback.grade.max).toBe(kind.maxScore(item));
				expect(answered.feedback.answer).toEqual(learner.answer);
				expect(answered.feedback.solution).toEqual(kind.solution(item));
				expect(answered.highlights).toEqual(kind.highlights(item, true));
			}
		});
	}

	it('refuses a form that is no answer, with the message a learner gets', () => {
		const [item] = module.items;
		const forged = formOf([['nonsense', 'yes']]);
		const learner = checkAnswer(item, forged);
		if (learner.ok) throw new Error('a learner’s forged answer was taken');
		expect(previewAnswer(item, forged)).toEqual({ ok: false, message: learner.message });
	});
});
