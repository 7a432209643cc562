import { compileModule, type CompileResult } from '$lib/modules/compile';
import type { AnyModuleKey } from '$lib/modules/module';
import type { ModuleSource } from '$lib/modules/source';
import { renderMarkdown } from './prose-markdown';

/**
 * A ModuleSource through the same compile step as a file module, its Markdown prose rendered with markdown-it
 * (raw HTML off). A key that is the right shape on top but malformed inside an item (a quote that is a number,
 * say) can make a kind's resolve throw: that is reported as a problem of the key, never thrown.
 */
export function compileSource(source: ModuleSource): CompileResult {
	const prose = {
		intro: renderMarkdown(source.prose.intro),
		debrief: renderMarkdown(source.prose.debrief),
		teacherNotes: renderMarkdown(source.prose.teacherNotes)
	};
	try {
		return compileModule({ id: source.id, key: source.key as AnyModuleKey, documents: source.documents, prose });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			problems: [`quizzes/${source.id}/key.ts: an item is not shaped as its kind needs (${reason})`]
		};
	}
}
