/** The module folders' files, gathered at build time by the quiz-sources plugin in vite.config.ts. */
declare module 'virtual:quiz-sources' {
	import type { Component } from 'svelte';
	import type { AnyModuleKey } from '$lib/modules/module';

	/** `<root>/<module>/key.ts`: each module's typed key. */
	export const keys: Record<string, AnyModuleKey>;
	/** `<root>/<module>/documents/<id>.txt`: the documents, verbatim. */
	export const documents: Record<string, string>;
	/** `<root>/<module>/<name>.svx`: the module's prose. */
	export const prose: Record<string, Component>;
	/** `<root>/<module>/<name>.svx` again, as the Markdown text its author wrote, loaded on demand (exports). */
	export const proseSources: Record<string, () => Promise<string>>;
}
