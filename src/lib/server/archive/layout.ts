import type { Prose } from '$lib/modules/module';

/*
 * The files of a module folder, as in quizzes/<id>/ (README, "Writing a module"): the archives hold exactly
 * these, under one folder named by the module's id.
 */

export const KEY_FILE = 'key.ts';
export const DOCUMENTS_FOLDER = 'documents';

/** Each part of the prose and the file that holds its Markdown. */
export const PROSE_FILES: Record<keyof Prose, string> = {
	intro: 'intro.svx',
	debrief: 'debrief.svx',
	teacherNotes: 'teacher-notes.svx'
};

/** A module's id, a folder name: lower-case letters, digits and hyphens, as the shipped modules' folders. */
export const MODULE_ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** A document's id, its file's name without `.txt`: letters, digits, hyphens and underscores. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,40}$/;

export const documentPath = (id: string) => `${DOCUMENTS_FOLDER}/${id}.txt`;
