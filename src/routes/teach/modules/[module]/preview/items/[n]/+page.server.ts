import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { ownDraft, previewAnswer } from '$lib/server/authoring/draft-preview';
import { itemAt } from '$lib/server/flow';
import { renderedFeedback } from '$lib/server/feedback-html';
import { readForm } from '$lib/server/forms';
import { aboutOf, highlightsFor, moduleView, publicItem, skillLabel } from '$lib/server/items';
import type { Actions, PageServerLoad } from './$types';

/*
 * One item of the owner's draft as a learner meets it: before an answer, its public view only (the
 * leak rule of every learner's page); the answer is checked and graded on the server against the
 * draft's key and its feedback sent back with the page, never stored. A draft that does not compile
 * has no items to answer: its preview lists the problems.
 */

async function draftItem(locals: App.Locals, moduleId: string, n: string) {
	const { module, draft } = await ownDraft(locals, moduleId);
	if (!draft.ok) redirect(303, `/teach/modules/${module.id}/preview`);
	const found = itemAt(draft.module, n);
	if (!found) error(404, m.srv_no_question_module({ n }));
	return { module: draft.module, ...found };
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { module, index, item } = await draftItem(locals, params.module, params.n);
	return {
		module: moduleView(module),
		index,
		item: publicItem(item),
		skill: skillLabel(item),
		about: aboutOf(item),
		review: 'after-item' as const,
		accepting: true,
		submitted: false,
		closed: false,
		answeredIds: [] as string[],
		draft: null,
		savedAt: null,
		feedback: null,
		highlights: highlightsFor(item, false)
	};
};

export const actions: Actions = {
	answer: async ({ locals, params, request }) => {
		const { module, item } = await draftItem(locals, params.module, params.n);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { message: form.message });
		const answered = previewAnswer(item, form.data);
		if (!answered.ok) return fail(400, { message: answered.message });
		// Rendered here, as a learner's feedback is: the page loads no Feedback view (src/lib/server/feedback-html.ts).
		const { itemId, highlights } = answered;
		return { itemId, highlights, feedback: await renderedFeedback(module, item, answered.feedback) };
	}
};
