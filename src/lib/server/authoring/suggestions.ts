import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { suggestItems } from '$lib/kinds/drafters';
import type { DraftAnchor } from '$lib/kinds/draft';
import type { AnyKind } from '$lib/kinds/kind';
import { kinds, type KindName } from '$lib/kinds/registry';
import type { WorkingCopy } from '../data/authored-modules';
import { contextFor } from '../draft/context';
import { readDocument } from '../draft/document';
import type { Draft } from '../draft/draft';
import { names } from './edit-copy';

/*
 * The drafter's output as suggestions in a module's editor, and a suggestion accepted into the
 * working copy. Each kind writes its own key item from its drafts (src/lib/kinds/<kind>/draft.ts);
 * here they are only carried, never read: an accepted item goes through the kind's editor form
 * (toForm, then fromForm with its keySchema), exactly as an item the teacher wrote by hand.
 */

export interface SpeakerProposal {
	id: string;
	name: string;
	description: string;
}

export interface ItemProposal {
	type: 'item';
	kind: string;
	key: { kind: string; id: string } & Record<string, unknown>;
	/** What it asks about, in the documents' words. */
	about: string;
	quotes: DraftAnchor[];
	/** Speaker ids, `outlet:<document id>`, `reporter` or `unnamed`. */
	owners: string[];
	/** Speakers the key names that the module did not have when drafted: added with the item. */
	speakers: SpeakerProposal[];
}

export type Proposal = ItemProposal | { type: 'speaker'; speaker: SpeakerProposal };

/** A proposal and what identifies it across drafts: one accepted or dismissed is not proposed again. */
export interface Signed {
	signature: string;
	proposal: Proposal;
}

/** Limits of the editor's speaker form (editor-forms.ts): a proposed speaker must fit them. */
const NAME_MAX = 120;
const DESCRIPTION_MAX = 300;
const PRONOUN = /^(he|she|they|it|him|her|them|his|its|their)$/i;

const speakerIds = (copy: WorkingCopy) => Object.keys(copy.key.speakers ?? {});
const sourcesOf = (copy: WorkingCopy): string[] =>
	Array.isArray(copy.key.sources) ? copy.key.sources.filter((s) => Object.hasOwn(copy.documents, s)) : [];
const itemsOf = (copy: WorkingCopy): unknown[] => (Array.isArray(copy.key.items) ? [...copy.key.items] : []);
const itemIds = (copy: WorkingCopy) =>
	itemsOf(copy).flatMap((item) => {
		const id = (item as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [id] : [];
	});

/** The module's documents as the drafter takes them: its reports in reading order. */
export function draftFiles(copy: WorkingCopy): Array<{ id: string; raw: string }> {
	return sourcesOf(copy).map((id) => ({ id, raw: copy.documents[id] }));
}

/** What the suggestions were drafted from: a digest of the reports, changed by any change to their text or order. */
export function documentsRevision(copy: WorkingCopy): string {
	return createHash('sha256')
		.update(JSON.stringify(draftFiles(copy)))
		.digest('hex')
		.slice(0, 32);
}

/**
 * The draft as proposals for this working copy: its new speakers (names and the ways the reports refer
 * to them, worded by `describe`), then each kind's items, in the drafter's order. Drafts no kind can
 * make a valid item of are left out. Speakers the module has already are not proposed again.
 */
export function proposalsFrom(copy: WorkingCopy, draft: Draft, describe: (mentions: string[]) => string): Signed[] {
	const known = speakerIds(copy);
	const fresh: SpeakerProposal[] = draft.speakers
		.filter((s) => !known.includes(s.id))
		.map((s) => {
			const ways = s.mentions.filter((m) => m !== s.name && !PRONOUN.test(m) && m.length > 2);
			return {
				id: s.id,
				name: s.name.slice(0, NAME_MAX),
				description: describe(ways).slice(0, DESCRIPTION_MAX)
			};
		});
	const bodies = new Map(draftFiles(copy).map(({ id, raw }) => [id, readDocument(id, raw).body]));
	const ctx = contextFor(bodies, [...known, ...fresh.map((s) => s.id)], itemIds(copy));
	const items: Signed[] = suggestItems(draft.items, ctx).map(({ key, about, quotes, owners }) => ({
		signature: `item:${key.kind}:${JSON.stringify(quotes)}:${owners.join(',')}`,
		proposal: {
			type: 'item',
			kind: key.kind,
			key,
			about,
			quotes,
			owners,
			speakers: fresh.filter((s) => names(key, s.id))
		}
	}));
	const speakers: Signed[] = fresh.map((speaker) => ({
		signature: `speaker:${speaker.id}`,
		proposal: { type: 'speaker', speaker }
	}));
	return [...speakers, ...items];
}

export type Accepted = { ok: true; copy: WorkingCopy; itemId: string | null } | { ok: false; problems: string[] };

const isKind = (kind: string): kind is KindName => Object.hasOwn(kinds, kind);
/** Typed loosely, as kindOf does: the item's own type is checked by its keySchema. */
const kindNamed = (kind: KindName): AnyKind => kinds[kind];

/** An id not yet in the module: the drafted one, or it with -2, -3… */
function freeId(copy: WorkingCopy, wanted: string): string {
	const taken = new Set(itemIds(copy));
	let id = wanted;
	for (let n = 2; taken.has(id) || id === 'new'; n++) id = `${wanted}-${n}`;
	return id;
}

/** The editor's form fields for a proposed item, under a free id: what "Edit" opens the kind's editor with. */
export function proposalForm(copy: WorkingCopy, proposal: ItemProposal) {
	if (!isKind(proposal.kind)) return { ok: false as const, problems: [`no kind ${proposal.kind}`] };
	const { authoring, keySchema } = kindNamed(proposal.kind);
	const id = freeId(copy, proposal.key.id);
	const parsed = v.safeParse(keySchema, { ...proposal.key, id });
	if (!parsed.success) return { ok: false as const, problems: parsed.issues.map((issue) => issue.message) };
	return { ok: true as const, kind: proposal.kind, id, values: authoring.toForm(parsed.output) };
}

/** The copy with those of `speakers` added that the item names and the module does not have yet. */
export function withSpeakersNamed(copy: WorkingCopy, item: unknown, speakers: SpeakerProposal[]): WorkingCopy {
	const known = copy.key.speakers ?? {};
	const added = speakers.filter((s) => !Object.hasOwn(known, s.id) && names(item, s.id));
	if (!added.length) return copy;
	const more = Object.fromEntries(added.map((s) => [s.id, { name: s.name, description: s.description }]));
	return { ...copy, key: { ...copy.key, speakers: { ...known, ...more } } };
}

/**
 * The copy with the proposal accepted: an item becomes the module's last item, read from its kind's editor
 * form as a hand-written one is (with the speakers it names that the module lacks); a speaker is added.
 */
export function acceptProposal(copy: WorkingCopy, proposal: Proposal): Accepted {
	if (proposal.type === 'speaker') {
		const { id, name, description } = proposal.speaker;
		if (Object.hasOwn(copy.key.speakers ?? {}, id)) return { ok: true, copy, itemId: null };
		return {
			ok: true,
			copy: { ...copy, key: { ...copy.key, speakers: { ...copy.key.speakers, [id]: { name, description } } } },
			itemId: null
		};
	}
	const form = proposalForm(copy, proposal);
	if (!form.ok) return form;
	const posted = new FormData();
	for (const [name, value] of Object.entries(form.values)) posted.set(name, value);
	const read = kindNamed(form.kind).authoring.fromForm(posted, form.id);
	if (!read.ok) return read;
	const withItem = { ...copy, key: { ...copy.key, items: [...itemsOf(copy), read.key] as never } };
	return { ok: true, copy: withSpeakersNamed(withItem, read.key, proposal.speakers), itemId: form.id };
}
