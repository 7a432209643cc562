import { ownDraft } from '$lib/server/authoring/draft-preview';
import { modulePreview } from '$lib/server/preview';
import type { PageServerLoad } from './$types';

/*
 * The preview of the owner's draft (the working copy as saved now, not a published version): the
 * answer key as the teacher's module page shows it, and a link to answer each item as a learner.
 * A draft that does not compile lists the compile step's problems instead, as publishing does.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const { module, draft } = await ownDraft(locals, params.module);
	if (!draft.ok) return { id: module.id, title: module.title, problems: draft.problems, preview: null };
	return { id: module.id, title: draft.module.title, problems: [], preview: modulePreview(draft.module) };
};
