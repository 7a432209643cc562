import { strToU8, zipSync, type ZipAttributes } from 'fflate';
import type { ModuleSource } from '$lib/modules/source';
import { moduleFiles } from './export';

/** Test helpers: archives of a module's files, changed as a test needs, built with fflate. */

type Entry = Uint8Array | [Uint8Array, ZipAttributes];

/** A .zip of these entries, by their full path. */
export const zipOf = (entries: Record<string, Entry | string>) =>
	zipSync(
		Object.fromEntries(Object.entries(entries).map(([path, e]) => [path, typeof e === 'string' ? strToU8(e) : e]))
	);

/** A module's folder as zip entries, with some files replaced, added (a string or bytes) or removed (null). */
export function entriesOf(source: ModuleSource, change: Record<string, Entry | string | null> = {}) {
	const entries: Record<string, Entry | string> = {};
	for (const [path, text] of Object.entries(moduleFiles(source))) entries[`${source.id}/${path}`] = text;
	for (const [path, value] of Object.entries(change)) {
		if (value === null) delete entries[path];
		else entries[path] = value;
	}
	return entries;
}

/** Offsets of every central directory header in a .zip, to make an archive lie about itself. */
export function centralHeaders(zip: Uint8Array): number[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const found: number[] = [];
	for (let at = 0; at + 4 <= zip.byteLength; at++) if (view.getUint32(at, true) === 0x02014b50) found.push(at);
	return found;
}

/** The archive with the declared unpacked size of the entry named `name` replaced. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	for (const at of centralHeaders(copy)) {
		const length = view.getUint16(at + 28, true);
		if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + length)) === name)
			view.setUint32(at + 24, size, true);
	}
	return copy;
}
