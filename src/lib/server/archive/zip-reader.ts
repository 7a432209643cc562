import { Inflate } from 'fflate';
import { limits, megabytes } from './limits';
import { pathProblem } from './paths';

/*
 * Reads a .zip without trusting it. fflate's unzipSync trusts the sizes an archive declares and cannot see
 * symbolic links (its filter is given no file attributes), so the central directory is read here, every entry
 * checked before any byte is inflated, and each file inflated through fflate's streaming Inflate with a cap:
 * a file that unpacks to more than it declared is stopped at the first chunk past it.
 */

export interface ArchiveFile {
	/** The path inside the archive or folder: `<folder>/key.ts`, `<folder>/documents/es.txt`. */
	path: string;
	bytes: Uint8Array;
}

export type Read = { ok: true; files: ArchiveFile[] } | { ok: false; problems: string[] };

interface Entry {
	name: string;
	method: number;
	flags: number;
	crc: number;
	packed: number;
	unpacked: number;
	offset: number;
	symlink: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const CHUNK = 4096;

const refuse = (...problems: string[]): Read => ({ ok: false, problems });

function endRecord(view: DataView): number {
	const last = view.byteLength - 22;
	for (let at = last; at >= Math.max(0, last - 0xffff); at--) if (view.getUint32(at, true) === EOCD) return at;
	return -1;
}

/** The central directory's entries, or why it cannot be read. */
function directory(bytes: Uint8Array): Entry[] | string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = bytes.byteLength >= 22 ? endRecord(view) : -1;
	if (end < 0) return 'The file is not a .zip archive.';
	const count = view.getUint16(end + 10, true);
	const size = view.getUint32(end + 12, true);
	const start = view.getUint32(end + 16, true);
	if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
		return 'The archive is split over several files; make one .zip.';
	}
	if (count === 0xffff || start === 0xffffffff) return 'The archive is a ZIP64 archive, far larger than a module.';
	if (count > limits.files) return `The archive holds ${count} files; a module has at most ${limits.files}.`;
	if (start + size > end) return 'The archive is damaged: its table of contents lies outside it.';
	const entries: Entry[] = [];
	let at = start;
	for (let n = 0; n < count; n++) {
		if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
			return 'The archive is damaged: its table of contents is cut short.';
		const nameLength = view.getUint16(at + 28, true);
		const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		const mode = view.getUint32(at + 38, true) >>> 16;
		entries.push({
			name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			crc: view.getUint32(at + 16, true),
			packed: view.getUint32(at + 20, true),
			unpacked: view.getUint32(at + 24, true),
			offset: view.getUint32(at + 42, true),
			symlink: view.getUint8(at + 5) === UNIX && (mode & S_IFMT) === S_IFLNK
		});
		at += 46 + skip;
	}
	return entries;
}

/** What is wrong with one entry, judged on what it declares: nothing is inflated yet. */
function entryProblem(entry: Entry): string | null {
	const path = pathProblem(entry.name);
	if (path) return path;
	if (entry.symlink) return `"${entry.name}" is a symbolic link; an archive of a module holds only files.`;
	if (entry.flags & 1) return `"${entry.name}" is encrypted; export the module again without a password.`;
	if (entry.method !== 0 && entry.method !== 8)
		return `"${entry.name}" is packed in a way this app does not read (method ${entry.method}).`;
	if (entry.unpacked > limits.fileBytes) {
		return `"${entry.name}" unpacks to ${megabytes(entry.unpacked)}; a file may have at most ${megabytes(limits.fileBytes)}.`;
	}
	if (entry.method === 0 && entry.packed !== entry.unpacked) return `"${entry.name}" is damaged: its sizes disagree.`;
	if (entry.unpacked > limits.ratioFrom && entry.unpacked > entry.packed * limits.ratio) {
		return `"${entry.name}" unpacks to ${Math.round(entry.unpacked / Math.max(entry.packed, 1))} times its packed size, as a zip bomb does; text packs about ten times.`;
	}
	return null;
}

/** Where each entry's packed data lies, checked against the archive's bounds and the other entries'. */
function dataRanges(bytes: Uint8Array, entries: Entry[]): Array<[number, number]> | string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const ranges = entries.map((entry): [number, number] | null => {
		const at = entry.offset;
		if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) return null;
		const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
		return start + entry.packed <= bytes.byteLength ? [start, start + entry.packed] : null;
	});
	if (ranges.includes(null)) return 'The archive is damaged: a file lies outside it.';
	const sorted = (ranges as Array<[number, number]>)
		.map((range, n) => [entries[n].offset, range[1]])
		.sort((a, b) => a[0] - b[0]);
	// Files that share their packed bytes are how the smallest zip bombs multiply themselves.
	for (let n = 1; n < sorted.length; n++) {
		if (sorted[n][0] < sorted[n - 1][1]) return 'The archive is damaged: two files overlap, as in a zip bomb.';
	}
	return ranges as Array<[number, number]>;
}

/** The file's bytes, or null when it unpacks to more or less than it declared. */
function inflate(packed: Uint8Array, declared: number): Uint8Array | null {
	const out = new Uint8Array(declared);
	let length = 0;
	let over = false;
	const inflater = new Inflate((chunk) => {
		if (length + chunk.length > declared) over = true;
		else out.set(chunk, length);
		length += chunk.length;
	});
	try {
		for (let at = 0; at < packed.length && !over; at += CHUNK) {
			inflater.push(packed.subarray(at, at + CHUNK), at + CHUNK >= packed.length);
		}
	} catch {
		return null;
	}
	return !over && length === declared ? out : null;
}

const table = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** The files of a .zip, each checked, or every reason to refuse it; nothing is inflated unless all entries pass. */
export function readZip(bytes: Uint8Array): Read {
	if (bytes.byteLength > limits.archiveBytes) {
		return refuse(`The archive is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.archiveBytes)}.`);
	}
	const entries = directory(bytes);
	if (typeof entries === 'string') return refuse(entries);
	const problems = entries.map(entryProblem).filter((p): p is string => p !== null);
	const names = entries.map((e) => e.name.replace(/\/$/, ''));
	const twice = names.filter((name, n) => names.indexOf(name) !== n);
	if (twice.length) problems.push(`The archive holds "${twice[0]}" twice.`);
	const total = entries.reduce((sum, e) => sum + e.unpacked, 0);
	if (total > limits.totalBytes) {
		problems.push(
			`The archive unpacks to ${megabytes(total)}; a module may have at most ${megabytes(limits.totalBytes)}.`
		);
	}
	if (problems.length) return refuse(...problems);
	const ranges = dataRanges(bytes, entries);
	if (typeof ranges === 'string') return refuse(ranges);

	const files: ArchiveFile[] = [];
	for (const [n, entry] of entries.entries()) {
		if (entry.name.endsWith('/')) continue;
		const packed = bytes.subarray(...ranges[n]);
		const data = entry.method === 0 ? packed.slice() : inflate(packed, entry.unpacked);
		if (!data)
			return refuse(`"${entry.name}" does not unpack to the size it declares: a damaged archive or a zip bomb.`);
		if (crc32(data) !== entry.crc) return refuse(`"${entry.name}" is damaged (its checksum does not match).`);
		files.push({ path: entry.name, bytes: data });
	}
	return { ok: true, files };
}
