import * as v from 'valibot';
import { compileModule, type CompileResult } from './compile';
import { moduleKeySchema } from './key-schema';
import type { ModuleSource } from './source';

/*
 * An authored module (or an archive's) is compiled as a file module is: its key's shape is checked
 * first (what TypeScript checks in a key.ts), then the same compileModule resolves every quote and
 * applies every rule, with the same messages. Problems name the file the module would have as a
 * folder of quizzes/ (its export), so that a message reads alike wherever the module came from.
 */

/** A document id names its file (documents/<id>.txt) in an export: kept to what any file system takes. */
const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

const sourceSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'the module id must be 1–64 letters, digits, - or _')),
	documents: v.record(
		v.pipe(v.string(), v.regex(DOCUMENT_ID, 'a document id must be 1–40 lower-case letters, digits or hyphens')),
		v.string('a document must be text')
	),
	prose: v.strictObject({ intro: v.string(), debrief: v.string(), teacherNotes: v.string() }),
	key: v.unknown()
});

/** Where an issue sits: `item <id> (<kind>): <field path>` for an item's field, else the field's path. */
function describeIssue(key: unknown, issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? []).map((step) => step.key as string | number);
	const named = (fields: Array<string | number>, message: string) => {
		// An unknown kind is about the item, not its field: the compile step's own message.
		if (fields.length === 0 || issue.type === 'variant') return message;
		// A message that names its field already ("explanation" is missing…) is the compile step's own wording.
		if (fields.length === 1 && message.startsWith(`"${fields[0]}"`)) return message;
		return `${fields.join('.')}: ${message}`;
	};
	if (path[0] === 'items' && typeof path[1] === 'number') {
		const found: unknown = (key as { items: unknown[] }).items[path[1]];
		const item = (typeof found === 'object' && found) || {};
		const itemId = 'id' in item && typeof item.id === 'string' && item.id ? item.id : `#${path[1] + 1}`;
		const kind = 'kind' in item && typeof item.kind === 'string' ? item.kind : 'no kind';
		return `item ${itemId} (${kind}): ${named(path.slice(2), issue.message)}`;
	}
	return named(path, issue.message);
}

/**
 * Compiles a module held as data. `renderProse` turns the prose's Markdown into HTML (renderMarkdown
 * for authored modules); anything in `source` is checked before it is trusted, whatever its type says.
 */
export function compileSource(source: ModuleSource, renderProse: (markdown: string) => string): CompileResult {
	const shape = v.safeParse(sourceSchema, source);
	if (!shape.success)
		return { ok: false, problems: shape.issues.map((issue) => `module: ${describeIssue(null, issue)}`) };
	const { id, documents, prose } = shape.output;
	const keyFile = `quizzes/${id}/key.ts`;
	const key = v.safeParse(moduleKeySchema, source.key);
	if (!key.success) {
		return { ok: false, problems: key.issues.map((issue) => `${keyFile}: ${describeIssue(source.key, issue)}`) };
	}
	return compileModule({
		id,
		key: key.output,
		documents,
		prose: {
			intro: renderProse(prose.intro),
			debrief: renderProse(prose.debrief),
			teacherNotes: renderProse(prose.teacherNotes)
		}
	});
}
