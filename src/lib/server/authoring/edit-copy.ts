import type { WorkingCopy } from '../data/authored-modules';
import { documentFile, documentParts, type DocumentDetails } from '$lib/modules/document-file';

/*
 * The editor's changes to a working copy, as pure functions: each returns a new copy, or why the
 * change cannot be made (a code the page words in the teacher's language). Whether the copy is a
 * module that compiles is publishing's question (compileSource), not these.
 */

export type Refusal = 'document-exists' | 'no-document' | 'speaker-exists' | 'no-speaker' | 'speaker-named' | 'no-item';
export type Changed = { ok: true; copy: WorkingCopy } | { ok: false; refusal: Refusal };

type Key = Record<string, unknown> & { sources: string[]; speakers: Record<string, unknown>; items: unknown[] };

/** The key with its lists as lists whatever was stored: a working copy's key may be unfinished. */
function keyOf(copy: WorkingCopy): Key {
	const key = copy.key as unknown as Record<string, unknown>;
	const speakers = key.speakers;
	return {
		...key,
		sources: Array.isArray(key.sources) ? key.sources.filter((s): s is string => typeof s === 'string') : [],
		speakers: speakers && typeof speakers === 'object' && !Array.isArray(speakers) ? { ...speakers } : {},
		items: Array.isArray(key.items) ? [...key.items] : []
	};
}

const withKey = (copy: WorkingCopy, key: Key): Changed => ({
	ok: true,
	copy: { ...copy, key: key as unknown as WorkingCopy['key'] }
});

export interface ItemLine {
	kind: string;
	id: string;
	prompt: string;
}

/** Each item's kind, id and prompt, as far as they are there. */
export function itemLines(copy: WorkingCopy): ItemLine[] {
	return keyOf(copy).items.map((item, index) => {
		const fields = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
		const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
		return { kind: text('kind'), id: text('id') || `#${index + 1}`, prompt: text('prompt') };
	});
}

export function setDetails(copy: WorkingCopy, details: { title: string; summary: string; minutes: number }): Changed {
	return withKey(copy, { ...keyOf(copy), ...details });
}

export const setProse = (copy: WorkingCopy, prose: WorkingCopy['prose']): Changed => ({
	ok: true,
	copy: { ...copy, prose }
});

/** A new document, last in reading order. */
export function addDocument(copy: WorkingCopy, id: string, details: DocumentDetails, body: string): Changed {
	if (Object.hasOwn(copy.documents, id)) return { ok: false, refusal: 'document-exists' };
	const key = keyOf(copy);
	return withKey(
		{ ...copy, documents: { ...copy.documents, [id]: documentFile(details, body) } },
		{ ...key, sources: [...key.sources.filter((s) => s !== id), id] }
	);
}

/** New details for a document; its body and other front matter stay as they are. */
export function editDocument(copy: WorkingCopy, id: string, details: DocumentDetails): Changed {
	const raw = Object.hasOwn(copy.documents, id) ? copy.documents[id] : undefined;
	if (raw === undefined) return { ok: false, refusal: 'no-document' };
	const parts = documentParts(raw) ?? { body: raw, others: {} };
	return {
		ok: true,
		copy: { ...copy, documents: { ...copy.documents, [id]: documentFile(details, parts.body, parts.others) } }
	};
}

/** Removes a document; items that quote it are then reported by publishing, by name. */
export function removeDocument(copy: WorkingCopy, id: string): Changed {
	if (!Object.hasOwn(copy.documents, id)) return { ok: false, refusal: 'no-document' };
	const documents = { ...copy.documents };
	delete documents[id];
	const key = keyOf(copy);
	return withKey({ ...copy, documents }, { ...key, sources: key.sources.filter((s) => s !== id) });
}

export function addSpeaker(copy: WorkingCopy, id: string, speaker: { name: string; description: string }): Changed {
	const key = keyOf(copy);
	if (Object.hasOwn(key.speakers, id)) return { ok: false, refusal: 'speaker-exists' };
	return withKey(copy, { ...key, speakers: { ...key.speakers, [id]: speaker } });
}

export function editSpeaker(copy: WorkingCopy, id: string, speaker: { name: string; description: string }): Changed {
	const key = keyOf(copy);
	if (!Object.hasOwn(key.speakers, id)) return { ok: false, refusal: 'no-speaker' };
	return withKey(copy, { ...key, speakers: { ...key.speakers, [id]: speaker } });
}

/**
 * Whether any field of the item, at any depth, is exactly the id. Kinds name speakers in fields of
 * their own (which this file may not know); a quote that is exactly a speaker's id is a rare false
 * alarm, and the safe side: the speaker stays.
 */
export function names(value: unknown, id: string): boolean {
	if (value === id) return true;
	if (Array.isArray(value)) return value.some((inner) => names(inner, id));
	if (value && typeof value === 'object') return Object.values(value).some((inner) => names(inner, id));
	return false;
}

/** Removes a speaker no item names. */
export function removeSpeaker(copy: WorkingCopy, id: string): Changed {
	const key = keyOf(copy);
	if (!Object.hasOwn(key.speakers, id)) return { ok: false, refusal: 'no-speaker' };
	if (key.items.some((item) => names(item, id))) return { ok: false, refusal: 'speaker-named' };
	const speakers = { ...key.speakers };
	delete speakers[id];
	return withKey(copy, { ...key, speakers });
}

const indexOfItem = (key: Key, itemId: string) =>
	key.items.findIndex((item) => !!item && typeof item === 'object' && (item as { id?: unknown }).id === itemId);

/** Moves an item one place up or down; at either end it stays. */
export function moveItem(copy: WorkingCopy, itemId: string, direction: 'up' | 'down'): Changed {
	const key = keyOf(copy);
	const at = indexOfItem(key, itemId);
	if (at < 0) return { ok: false, refusal: 'no-item' };
	const to = direction === 'up' ? at - 1 : at + 1;
	if (to >= 0 && to < key.items.length) [key.items[at], key.items[to]] = [key.items[to], key.items[at]];
	return withKey(copy, key);
}

export function deleteItem(copy: WorkingCopy, itemId: string): Changed {
	const key = keyOf(copy);
	const at = indexOfItem(key, itemId);
	if (at < 0) return { ok: false, refusal: 'no-item' };
	key.items.splice(at, 1);
	return withKey(copy, key);
}
