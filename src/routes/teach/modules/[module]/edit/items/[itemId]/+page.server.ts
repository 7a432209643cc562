import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { kinds, kindTitle, type KindName } from '$lib/kinds/registry';
import type { AnyKind, FormValues } from '$lib/kinds/kind';
import { parseDocument } from '$lib/quiz/document';
import { itemProblems } from '$lib/modules/item-problems';
import { db } from '$lib/server/db/app';
import { findOwnModule, saveWorkingCopy, type AuthoredModule } from '$lib/server/data/authored-modules';
import { readForm } from '$lib/server/forms';
import { closeSuggestion, findOpenSuggestion } from '$lib/server/data/draft-suggestions';
import {
	proposalForm,
	withSpeakersNamed,
	type ItemProposal,
	type SpeakerProposal
} from '$lib/server/authoring/suggestions';
import { teacherId } from '$lib/server/teacher';
import { teacherProblems } from '$lib/server/authoring/teacher-problems';
import type { Actions, PageServerLoad } from './$types';

/*
 * One item of a teacher's own module, in its kind's editor beside the module's reports. Any other
 * teacher's module, and an item or kind that does not exist, are not found. A save stores the item
 * even when the compile step still has problems with it: the working copy is a draft, and the page
 * lists the problems, which publishing refuses.
 */

type Item = { kind: string; id: string } & Record<string, unknown>;

const NEW = 'new';
const notFound = (): never => error(404, m.t_ed_no_item());
/** Typed loosely, as kindOf does: the item's own type is checked by its keySchema. */
const kindNamed = (kind: KindName): AnyKind => kinds[kind];
const isKind = (kind: string | null): kind is KindName => kind !== null && Object.hasOwn(kinds, kind);
const itemsOf = (module: AuthoredModule): Item[] =>
	Array.isArray(module.working.key.items) ? (module.working.key.items as unknown as Item[]) : [];

/** The smallest free `item-<n>` id: never `new`, and unique in the module. */
function freshId(items: Item[]): string {
	const taken = new Set(items.map((item) => item.id));
	let n = items.length + 1;
	while (taken.has(`item-${n}`)) n++;
	return `item-${n}`;
}

async function ownModule(locals: App.Locals, moduleId: string) {
	const module = await findOwnModule(await db(), teacherId(locals), moduleId);
	return module ?? notFound();
}

/** The item the URL names, or a new one of the kind ?kind= names; 404 otherwise. */
function target(module: AuthoredModule, itemId: string, url: URL) {
	const items = itemsOf(module);
	if (itemId === NEW) {
		const kind = url.searchParams.get('kind');
		if (!isKind(kind)) notFound();
		return { kind: kind as KindName, id: freshId(items), index: -1, stored: undefined };
	}
	const index = items.findIndex((item) => item.id === itemId);
	const stored = items[index];
	if (!stored || !isKind(stored.kind)) notFound();
	return { kind: stored.kind as KindName, id: itemId, index, stored };
}

/**
 * A new item from a drafted suggestion (?suggestion=, with its kind): the suggestion, its form fields and
 * its id. Null without one; 404 for a suggestion that is not open in this module or of another kind.
 */
async function fromSuggestion(module: AuthoredModule, kind: KindName, url: URL) {
	const id = url.searchParams.get('suggestion');
	if (id === null) return null;
	const found = /^[0-9a-f-]{36}$/.test(id) ? await findOpenSuggestion(await db(), module.id, id) : undefined;
	if (!found || found.proposal.type !== 'item' || found.proposal.kind !== kind) return notFound();
	const form = proposalForm(module.working, found.proposal);
	if (!form.ok) return notFound();
	return { id: found.id, proposal: found.proposal as ItemProposal, itemId: form.id, values: form.values };
}

/** The module's speakers and reports by name, and its reports to read beside the editor. */
function moduleNames(module: AuthoredModule, drafted: SpeakerProposal[] = []) {
	const key = module.working.key;
	const speakers = [
		...Object.entries(key.speakers ?? {}).map(([id, speaker]) => ({ id, name: speaker.name || id })),
		// A suggestion's new speakers, offered as the module's: added when the item that names them is saved.
		...drafted.filter((s) => !Object.hasOwn(key.speakers ?? {}, s.id)).map(({ id, name }) => ({ id, name }))
	];
	const ids = Array.isArray(key.sources) ? key.sources : [];
	const documents = ids.flatMap((id) => {
		const raw = module.working.documents[id];
		const parsed = raw === undefined ? undefined : parseDocument(id, raw);
		return parsed?.ok ? [parsed.document] : [];
	});
	const sources = ids.map((id) => ({ id, name: documents.find((doc) => doc.id === id)?.meta.title || id }));
	return { speakers, sources, documents };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const module = await ownModule(locals, params.module);
	const { kind, stored, ...item } = target(module, params.itemId, url);
	const suggestion = stored ? null : await fromSuggestion(module, kind, url);
	const problems = stored && itemProblems({ id: module.id, ...module.working }, stored);
	const id = suggestion?.itemId ?? item.id;
	const { authoring, keySchema } = kindNamed(kind);
	const parsed = stored && v.safeParse(keySchema, stored);
	// A stored item the key schema refuses (saved by an older editor, say) opens blank rather than half-read.
	const unreadable = parsed !== undefined && !parsed.success;
	const values: FormValues =
		suggestion?.values ?? authoring.toForm(parsed?.success ? parsed.output : authoring.blank(id));
	return {
		moduleId: module.id,
		title: module.title,
		revision: module.revision,
		kind,
		kindTitle: kindTitle(kind),
		itemId: id,
		isNew: stored === undefined,
		unreadable,
		values,
		saved: url.searchParams.has('saved'),
		// In the teacher's words, as the preview and Publish say them.
		problems: problems ? { ...problems, own: teacherProblems(module.id, problems.own) } : null,
		suggestion: suggestion?.id ?? null,
		...moduleNames(module, suggestion?.proposal.speakers)
	};
};

const revisionSchema = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,9}$/), v.transform(Number));

/**
 * The posted form's text fields, to show again beside a refusal. Not one named `__proto__`: no editor has
 * it, and SvelteKit's serializer (devalue) refuses an object with that key, which made the refusal a 500.
 */
const posted = (form: FormData): FormValues =>
	Object.fromEntries(
		[...form.entries()].filter(
			(entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '__proto__'
		)
	);

async function save(
	module: AuthoredModule,
	locals: App.Locals,
	items: Item[],
	revision: number,
	values: FormValues,
	drafted: SpeakerProposal[] = []
) {
	const copy = withSpeakersNamed(
		{ ...module.working, key: { ...module.working.key, items: items as never } },
		items,
		drafted
	);
	const result = await saveWorkingCopy(await db(), teacherId(locals), module.id, copy, revision);
	if (result.ok) return null;
	if (result.reason === 'not-found') return notFound();
	if (result.reason === 'stale') return fail(409, { stale: true, values, problems: [m.t_edit_stale()] });
	return fail(400, { stale: false, values, problems: [result.problem] });
}

export const actions = {
	save: async ({ locals, params, request, url }) => {
		const module = await ownModule(locals, params.module);
		const { kind, index, ...item } = target(module, params.itemId, url);
		// An edited suggestion is saved under the id it was opened with, and is then no longer open.
		const suggestion = index < 0 ? await fromSuggestion(module, kind, url) : null;
		const id = suggestion?.itemId ?? item.id;
		const body = await readForm(request);
		if (!body.ok) return fail(body.status, { stale: false, values: {}, problems: [body.message] });
		const form = body.data;
		const values = posted(form);
		const revision = v.safeParse(revisionSchema, form.get('revision'));
		if (!revision.success) return fail(400, { stale: false, values, problems: [m.t_ed_no_revision()] });
		const read = kindNamed(kind).authoring.fromForm(form, id);
		if (!read.ok) return fail(400, { stale: false, values, problems: read.problems });
		const items = [...itemsOf(module)];
		if (index < 0) items.push(read.key as Item);
		else items[index] = read.key as Item;
		const refused = await save(module, locals, items, revision.output, values, suggestion?.proposal.speakers);
		if (refused) return refused;
		if (suggestion) await closeSuggestion(await db(), module.id, suggestion.id, 'accepted');
		redirect(303, `/teach/modules/${module.id}/edit/items/${encodeURIComponent(id)}?saved`);
	},

	delete: async ({ locals, params, request, url }) => {
		const module = await ownModule(locals, params.module);
		const { index } = target(module, params.itemId, url);
		if (index < 0) notFound();
		const body = await readForm(request);
		if (!body.ok) return fail(body.status, { stale: false, values: {}, problems: [body.message] });
		const revision = v.safeParse(revisionSchema, body.data.get('revision'));
		if (!revision.success) return fail(400, { stale: false, values: {}, problems: [m.t_ed_no_revision()] });
		const items = itemsOf(module).filter((_, n) => n !== index);
		const refused = await save(module, locals, items, revision.output, {});
		if (refused) return refused;
		redirect(303, `/teach/modules/${module.id}/edit`);
	}
} satisfies Actions;
