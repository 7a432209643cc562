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
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

/*
 * One item of a teacher's own module, in its kind's editor beside the module's reports. Any other
 * teacher's module, and an item or kind that does not exist, are not found. A save stores the item
 * even when the compile step still has problems with it: the working copy is a draft, and the page
 * lists the problems, which publishing refuses.
 */

type Item = { kind: string; id: string } & Record<string, unknown>;

const NEW = 'new';
const notFound = (): never => error(404, 'There is no such module or question.');
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

/** The module's speakers and reports by name, and its reports to read beside the editor. */
function moduleNames(module: AuthoredModule) {
	const key = module.working.key;
	const speakers = Object.entries(key.speakers ?? {}).map(([id, speaker]) => ({ id, name: speaker.name || id }));
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
	const { kind, id, stored } = target(module, params.itemId, url);
	const { authoring, keySchema } = kindNamed(kind);
	const parsed = stored && v.safeParse(keySchema, stored);
	// A stored item the key schema refuses (saved by an older editor, say) opens blank rather than half-read.
	const unreadable = parsed !== undefined && !parsed.success;
	const values: FormValues = authoring.toForm(parsed?.success ? parsed.output : authoring.blank(id));
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
		problems: stored ? itemProblems({ id: module.id, ...module.working }, stored) : null,
		...moduleNames(module)
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

async function save(module: AuthoredModule, locals: App.Locals, items: Item[], revision: number, values: FormValues) {
	const copy = { ...module.working, key: { ...module.working.key, items: items as never } };
	const result = await saveWorkingCopy(await db(), teacherId(locals), module.id, copy, revision);
	if (result.ok) return null;
	if (result.reason === 'not-found') return notFound();
	if (result.reason === 'stale') return fail(409, { stale: true, values, problems: [m.t_edit_stale()] });
	return fail(400, { stale: false, values, problems: [result.problem] });
}

export const actions = {
	save: async ({ locals, params, request, url }) => {
		const module = await ownModule(locals, params.module);
		const { kind, id, index } = target(module, params.itemId, url);
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
		const refused = await save(module, locals, items, revision.output, values);
		if (refused) return refused;
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
