import { describe, expect, it } from 'vitest';
import { emptyWorkingCopy } from '../data/authored-modules';
import { libraryClosureCopy } from '../data/authored-fixture';
import { parseDocument } from '$lib/quiz/document';
import {
	addDocument,
	addSpeaker,
	deleteItem,
	editDocument,
	itemLines,
	moveItem,
	removeDocument,
	removeSpeaker,
	type Changed
} from './edit-copy';

const copyOf = (changed: Changed) => {
	if (!changed.ok) throw new Error(changed.refusal);
	return changed.copy;
};
const details = {
	title: 'Ferry fares rise',
	outlet: 'Invented Tribune',
	origin: 'Written for this test',
	language: 'English'
};

describe('the editor’s changes to a working copy', () => {
	it('adds a document last in reading order, stored verbatim, and removes it again', () => {
		const added = copyOf(addDocument(emptyWorkingCopy('A'), 'tribune', details, 'Fares go up.\n'));
		expect((added.key as unknown as { sources: string[] }).sources).toEqual(['tribune']);
		const parsed = parseDocument('tribune', added.documents.tribune);
		expect(parsed.ok && parsed.document.body).toBe('Fares go up.\n');
		expect(addDocument(added, 'tribune', details, 'x')).toEqual({ ok: false, refusal: 'document-exists' });
		const edited = copyOf(editDocument(added, 'tribune', { ...details, outlet: 'Other' }));
		const again = parseDocument('tribune', edited.documents.tribune);
		expect(again.ok && again.document.meta.outlet).toBe('Other');
		const removed = copyOf(removeDocument(edited, 'tribune'));
		expect(removed.documents).toEqual({});
		expect((removed.key as unknown as { sources: string[] }).sources).toEqual([]);
	});

	it('refuses to remove a speaker an item names, and removes one no item names', () => {
		const copy = libraryClosureCopy();
		expect(removeSpeaker(copy, 'holt')).toEqual({ ok: false, refusal: 'speaker-named' });
		const spare = copyOf(addSpeaker(copy, 'clerk', { name: 'A clerk', description: 'Nobody quoted' }));
		expect(Object.keys(copyOf(removeSpeaker(spare, 'clerk')).key.speakers)).not.toContain('clerk');
		expect(removeSpeaker(copy, 'nobody')).toEqual({ ok: false, refusal: 'no-speaker' });
	});

	it('moves items up and down, stays at the ends, and deletes one', () => {
		const copy = libraryClosureCopy();
		const [first, second] = itemLines(copy).map((line) => line.id);
		expect(
			itemLines(copyOf(moveItem(copy, second, 'up')))
				.map((l) => l.id)
				.slice(0, 2)
		).toEqual([second, first]);
		expect(itemLines(copyOf(moveItem(copy, first, 'up')))[0].id).toBe(first);
		const fewer = copyOf(deleteItem(copy, first));
		expect(itemLines(fewer)).toHaveLength(itemLines(copy).length - 1);
		expect(deleteItem(copy, 'no-such-item')).toEqual({ ok: false, refusal: 'no-item' });
	});
});
