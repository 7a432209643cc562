import type { QuizModule, Prose } from '$lib/modules/module';
import type { ModuleSource } from '$lib/modules/source';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import { DOCUMENT_ID, KEY_FILE, MODULE_ID, PROSE_FILES } from './layout';
import { limits, megabytes } from './limits';
import { markdownProblems } from './prose-markdown';
import { pathProblem } from './paths';
import { readKey } from './read-key';
import { fromSvx } from './svx';
import { readZip, type ArchiveFile } from './zip-reader';

/*
 * Import: an archive (or a folder's files) to a ModuleSource, or every reason to refuse it. Nothing is stored
 * here: the caller stores the source only when `ok` is true, so a refused archive leaves nothing behind.
 */

export type Imported = { ok: true; source: ModuleSource; module: QuizModule } | { ok: false; problems: string[] };

const refuse = (problems: string[]): Imported => ({ ok: false, problems });

/** What a computer adds to a folder or a .zip by itself (macOS's Finder, Windows' Explorer): passed over. */
const isClutter = (path: string) => /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/.test(path);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The files of one module folder, by their path inside it, or why they are not one. */
function folderOf(files: ArchiveFile[]): { id: string; files: Map<string, Uint8Array> } | string[] {
	const own = files.filter((f) => !isClutter(f.path));
	const folders = [...new Set(own.map((f) => f.path.split('/')[0]))];
	const loose = own.filter((f) => !f.path.includes('/'));
	if (!own.length) return ['The archive is empty.'];
	if (folders.length !== 1 || loose.length) {
		return [
			`An archive of a module holds one folder, named by the module's id, with the module's files in it; this one has ${loose.length ? `files outside a folder (${loose.map((f) => f.path).join(', ')})` : `${folders.length} folders (${folders.join(', ')})`}.`
		];
	}
	const id = folders[0];
	if (!MODULE_ID.test(id)) {
		return [`The folder "${id}" is not a module id: lower-case letters, digits and hyphens, at most 80.`];
	}
	return { id, files: new Map(own.map((f) => [f.path.slice(id.length + 1), f.bytes])) };
}

/** What may lie in a module folder, and what must. */
function layoutProblems(id: string, paths: string[]): string[] {
	const problems: string[] = [];
	const allowed = new Set<string>([KEY_FILE, ...Object.values(PROSE_FILES)]);
	for (const path of paths) {
		const document = /^documents\/(.+)\.txt$/.exec(path);
		if (allowed.has(path) || (document && DOCUMENT_ID.test(document[1]))) continue;
		problems.push(
			`quizzes/${id}/${path}: an unexpected file; a module folder holds key.ts, ${Object.values(PROSE_FILES).join(', ')} and documents/<id>.txt (letters, digits, - and _)`
		);
	}
	for (const needed of [KEY_FILE, ...Object.values(PROSE_FILES)]) {
		if (!paths.includes(needed)) problems.push(`quizzes/${id}/${needed}: missing`);
	}
	if (!paths.some((p) => p.startsWith('documents/'))) problems.push(`quizzes/${id}/documents/: no documents`);
	return problems;
}

/** Checks a module folder's files, whether they came from a .zip or from a folder, the same way. */
export function importFiles(files: ArchiveFile[]): Imported {
	const early: string[] = [];
	if (files.length > limits.files) early.push(`${files.length} files; a module has at most ${limits.files}.`);
	for (const file of files) {
		const problem = pathProblem(file.path);
		if (problem) early.push(problem);
		else if (file.bytes.byteLength > limits.fileBytes) {
			early.push(
				`"${file.path}" is ${megabytes(file.bytes.byteLength)}; a file may have at most ${megabytes(limits.fileBytes)}.`
			);
		}
	}
	const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
	if (total > limits.totalBytes)
		early.push(`The files come to ${megabytes(total)}; a module may have at most ${megabytes(limits.totalBytes)}.`);
	if (early.length) return refuse(early);

	const folder = folderOf(files);
	if (Array.isArray(folder)) return refuse(folder);
	const { id } = folder;
	const layout = layoutProblems(id, [...folder.files.keys()]);
	if (layout.length) return refuse(layout);

	const problems: string[] = [];
	const text = new Map<string, string>();
	for (const [path, bytes] of folder.files) {
		try {
			text.set(path, utf8.decode(bytes));
		} catch {
			problems.push(`quizzes/${id}/${path}: not UTF-8 text; save it as UTF-8`);
		}
	}
	if (problems.length) return refuse(problems);

	const keyFile = `quizzes/${id}/${KEY_FILE}`;
	const read = readKey(text.get(KEY_FILE)!, keyFile);
	if (!read.ok) problems.push(read.problem);
	const prose = {} as Prose;
	for (const [part, file] of Object.entries(PROSE_FILES) as Array<[keyof Prose, string]>) {
		prose[part] = fromSvx(text.get(file)!);
		problems.push(...markdownProblems(prose[part], `quizzes/${id}/${file}`));
	}
	if (problems.length || !read.ok) return refuse(problems);

	const documents: Record<string, string> = {};
	for (const [path, body] of text) {
		if (path.startsWith('documents/')) documents[path.slice('documents/'.length, -'.txt'.length)] = body;
	}
	const source: ModuleSource = { id, key: read.key as ModuleSource['key'], documents, prose };
	// The key's shape and every rule of a key.ts, with quizzes:check's messages: the same step as a stored module's.
	const compiled = compileSource(source, renderMarkdown);
	return compiled.ok ? { ok: true, source, module: compiled.module } : refuse(compiled.problems);
}

/** An uploaded .zip: refused before it is opened if it is too large, before anything is unpacked if any entry is wrong. */
export function importZip(bytes: Uint8Array): Imported {
	const read = readZip(bytes);
	return read.ok ? importFiles(read.files) : refuse(read.problems);
}
