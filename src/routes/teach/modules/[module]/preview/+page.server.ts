import { ownDraft } from '$lib/server/authoring/draft-preview';
import { teacherProblems } from '$lib/server/authoring/teacher-problems';
import { modulePreview } from '$lib/server/preview';
import type { PageServerLoad } from './$types';

/*
 * The preview of the owner's draft (the working copy as saved now, not a published version): the
 * answer key as the teacher's module page shows it, and a link to answer each item as a learner.
 * A draft that does not compile lists the compile step's problems instead, in the teacher's words, each
 * linked to where the editor fixes it.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const { module, draft } = await ownDraft(locals, params.module);
	if (!draft.ok)
		return { id: module.id, title: module.title, problems: teacherProblems(module.id, draft.problems), preview: null };
	return { id: module.id, title: draft.module.title, problems: [], preview: modulePreview(draft.module) };
};
