import type { AnyModuleKey, Prose } from './module';

/**
 * A module as its author wrote it, before the compile step: the key as data, each document's
 * file text verbatim (front matter included) by document id, and the prose as Markdown source.
 * A file module in `quizzes/` and a teacher's module in the database are both this, so that both
 * go through the same `compileModule` and the same archive format (export and import).
 *
 * `key` is typed for convenience; anything read from a request, the database or an archive is
 * checked before it is trusted.
 */
export interface ModuleSource {
	/** The module's id: its folder name, or the authored module's id. */
	id: string;
	key: AnyModuleKey;
	/** Raw document files by document id (a file's name without `.txt`). */
	documents: Record<string, string>;
	/** Markdown source of the intro, debrief and teacher notes (`.svx` files hold plain Markdown). */
	prose: Prose;
}
