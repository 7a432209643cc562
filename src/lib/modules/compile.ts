import { kinds, type Item, type KindName } from '$lib/kinds/registry';
import type { AnyKind, ResolveContext } from '$lib/kinds/kind';
import { describeProblem, resolveQuote, type Searchable } from '$lib/quiz/anchor';
import { parseDocument } from '$lib/quiz/document';
import type { AnyModuleKey, Prose, QuizModule } from './module';
import { proseProblems } from './prose';
import type { SourceDocument, Span } from '$lib/quiz/types';

export interface ModuleFiles {
	/** The module's folder name. */
	id: string;
	key: AnyModuleKey;
	/** Raw document files by document id (file name without `.txt`). */
	documents: Record<string, string>;
	prose: Prose;
}

export type CompileResult = { ok: true; module: QuizModule } | { ok: false; problems: string[] };

/**
 * Checks a module's files and resolves every quote in its key. Problems name
 * the file and the item, so an author can go straight to the mistake.
 */
export function compileModule(files: ModuleFiles): CompileResult {
	const problems: string[] = [];
	const { key } = files;
	const keyFile = `quizzes/${files.id}/key.ts`;

	const sources: SourceDocument[] = [];
	const searchable = new Map<string, Searchable>();
	for (const id of key.sources) {
		const raw = files.documents[id];
		const file = `quizzes/${files.id}/documents/${id}.txt`;
		if (raw === undefined) {
			problems.push(`${keyFile}: source "${id}" has no file ${file}`);
			continue;
		}
		const parsed = parseDocument(id, raw);
		if (!parsed.ok) {
			problems.push(...parsed.problems.map((p) => `${file}: ${p}`));
			continue;
		}
		sources.push(parsed.document);
		searchable.set(id, parsed.searchable);
	}
	for (const id of Object.keys(files.documents)) {
		if (!key.sources.includes(id)) {
			problems.push(`quizzes/${files.id}/documents/${id}.txt: not listed in the key's sources`);
		}
	}
	// The key is TypeScript, but a module loaded at run time is only as typed as its author made it.
	const practice: unknown = (key as { practice?: unknown }).practice;
	if (practice !== undefined && typeof practice !== 'boolean') {
		problems.push(`${keyFile}: "practice" must be true or false (leave it out to keep the module out of practice)`);
	}
	for (const [name, html] of Object.entries(files.prose)) {
		if (!html.trim()) problems.push(`quizzes/${files.id}: prose "${name}" is missing or empty`);
		for (const what of proseProblems(html)) {
			problems.push(
				`quizzes/${files.id}: prose "${name}" has ${what}, which the pages do not allow (no scripts, inline styles or handlers)`
			);
		}
	}
	if (problems.length) return { ok: false, problems };

	const items: Item[] = [];
	const seen = new Set<string>();
	for (const [n, itemKey] of key.items.entries()) {
		const where = `${keyFile}: item ${itemKey.id || `#${n + 1}`} (${itemKey.kind})`;
		const report = (message: string) => problems.push(`${where}: ${message}`);
		if (seen.has(itemKey.id)) report('duplicate item id');
		seen.add(itemKey.id);
		if (!/^[a-z0-9-]{1,40}$/.test(itemKey.id)) report('id must be 1–40 lower-case letters, digits or hyphens');
		for (const field of ['prompt', 'explanation'] as const) {
			const value = (itemKey as unknown as Record<string, unknown>)[field];
			if (typeof value !== 'string' || !value.trim()) report(`"${field}" is missing or empty`);
		}
		const kind: AnyKind | undefined = Object.hasOwn(kinds, itemKey.kind) ? kinds[itemKey.kind as KindName] : undefined;
		if (!kind) {
			report(`unknown kind "${itemKey.kind}"`);
			continue;
		}
		const resolved = kind.resolve(itemKey, context(key, searchable, report));
		if (resolved) items.push(resolved);
	}
	if (items.length === 0 && problems.length === 0) problems.push(`${keyFile}: the module has no items`);
	if (problems.length) return { ok: false, problems };

	return {
		ok: true,
		module: {
			id: files.id,
			title: key.title,
			summary: key.summary,
			minutes: key.minutes,
			practice: key.practice === true,
			sources,
			speakers: key.speakers,
			items,
			prose: files.prose
		}
	};
}

function context(
	key: AnyModuleKey,
	searchable: Map<string, Searchable>,
	report: (message: string) => void
): ResolveContext {
	const find = (source: string, quote: string, occurrence: number | undefined, label: string, within?: Span) => {
		const doc = searchable.get(source);
		if (!doc) {
			report(`${label}: unknown source "${source}"`);
			return null;
		}
		const found = resolveQuote(doc, quote, occurrence, within);
		if (found.ok) return found.span;
		report(`${label}: ${describeProblem(quote, found)}${within ? ' (searched inside the passage)' : ''}`);
		return null;
	};
	return {
		speakers: key.speakers,
		sources: key.sources,
		problem: report,
		span: (anchor, label) => find(anchor.source, anchor.quote, anchor.occurrence, label),
		spanWithin: (within, quote, occurrence, label) => find(within.source, quote, occurrence, label, within),
		tokens: (span) => searchable.get(span.source)?.tokenized.tokens.slice(span.start, span.end) ?? []
	};
}
