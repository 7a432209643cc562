import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ModuleSource } from '$lib/modules/source';
import type { Prose } from '$lib/modules/module';
import { keyFile } from './key-literal';
import { DOCUMENTS_FOLDER, KEY_FILE, PROSE_FILES } from './layout';
import { toSvx } from './svx';

/** The files of a module's folder by their path inside it (`key.ts`, `documents/es.txt`, …), as text. */
export function moduleFiles(source: ModuleSource): Record<string, string> {
	const files: Record<string, string> = { [KEY_FILE]: keyFile(source.key as unknown as Record<string, unknown>) };
	for (const [id, text] of Object.entries(source.documents)) files[`${DOCUMENTS_FOLDER}/${id}.txt`] = text;
	for (const [part, file] of Object.entries(PROSE_FILES)) files[file] = toSvx(source.prose[part as keyof Prose]);
	return files;
}

/**
 * A module as a .zip of one folder, `<id>/`, laid out as a folder of quizzes/: unpacked there, it passes
 * `npm run quizzes:check` (export.check.spec.ts proves it for the shipped module and the test module).
 */
export function exportModule(source: ModuleSource): Uint8Array {
	const folder: Zippable = {};
	for (const [path, text] of Object.entries(moduleFiles(source))) folder[`${source.id}/${path}`] = strToU8(text);
	return zipSync(folder, { level: 9 });
}

/** The name a download of the module's archive gets. */
export const archiveName = (id: string) => `${id}.zip`;
