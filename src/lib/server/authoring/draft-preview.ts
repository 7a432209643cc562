import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { checkResponse } from '$lib/kinds/check';
import type { Item } from '$lib/kinds/registry';
import { compileSource } from '$lib/modules/compile-source';
import type { CompileResult } from '$lib/modules/compile';
import { renderMarkdown } from '$lib/modules/markdown';
import type { Highlight } from '$lib/quiz/types';
import { db } from '../db/app';
import { findOwnModule, type AuthoredModule } from '../data/authored-modules';
import { isId } from '../forms';
import { feedbackFor, highlightsFor, type Feedback } from '../items';
import { teacherId } from '../teacher';

/*
 * The preview of a module's working copy, before it is published: compiled by the same step as
 * publishing (compileSource), shown with the learner's own item views, answered and graded as a
 * learner's answer is (the kind's checks, then the feedback as the learner's page builds it), and
 * stored nowhere: no attempt, no response, nothing in any result or statistic. Only the module's
 * owner has it; to anyone else it is not found, as the editor is.
 */

/** A compiled working copy, by module and revision: every save moves the revision, so an entry never goes stale. */
const CACHED = 20;
const compiled = new Map<string, CompileResult>();

function compiledDraft(module: AuthoredModule): CompileResult {
	const key = `${module.id}\u0000${module.revision}`;
	let found = compiled.get(key);
	if (found) compiled.delete(key);
	else found = compileSource({ id: module.id, ...module.working }, renderMarkdown);
	compiled.set(key, found);
	if (compiled.size > CACHED) compiled.delete(compiled.keys().next().value!);
	return found;
}

/** The teacher's own module and its working copy compiled; 404 for anyone else's, or none. */
export async function ownDraft(locals: App.Locals, moduleId: string) {
	const module = isId(moduleId) ? await findOwnModule(await db(), teacherId(locals), moduleId) : undefined;
	if (!module) error(404, m.t_ed_no_module());
	return { module, draft: compiledDraft(module) };
}

export type PreviewAnswer =
	{ ok: true; itemId: string; feedback: Feedback; highlights: Highlight[] } | { ok: false; message: string };

/**
 * A posted answer to an item of the draft, checked as a learner's is before it is saved, and its
 * feedback as the learner's page shows it after: the same two steps, without the storing between.
 */
export function previewAnswer(item: Item, form: FormData): PreviewAnswer {
	const checked = checkResponse(item, form);
	if (!checked.ok) return checked;
	return {
		ok: true,
		itemId: item.id,
		feedback: feedbackFor(item, { answer: checked.answer }),
		highlights: highlightsFor(item, true)
	};
}
