import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * In the browser's build only: each kind's Question view and the modules of its own folder that it imports (its
 * question's words, its types, its helpers) in one chunk. Each of them was a file of its own, since the kind's
 * other views import them too, so going on to a question of a new kind fetched four files, a request each
 * (issue #8 §5: bytes per move from item to item). The other views import from that chunk instead.
 *
 * The view's `<style>` (a module of its own, by a query on the view's id) goes into the chunk too: left out, it
 * stayed in the view's entry, which became a file that only re-exported the chunk, a second request for each kind
 * with styles (1,041–1,130 B on the wire, nearly all headers; bench/RESULTS.md, "Moves, third pass").
 */

/** A module of a kind's folder: the folder, and the path of the folder's Question view. */
const KIND_MODULE = /^(.*[\\/]src[\\/]lib[\\/]kinds[\\/])([^\\/]+)[\\/][^\\/?]+$/;
/** The query of the module that carries a Svelte component's `<style>`. */
const STYLE = /\?svelte&type=style&lang\.css$/;

/**
 * @typedef {Record<string, { file: string, src?: string, isDynamicEntry?: boolean, imports?: string[],
 *   dynamicImports?: string[] }>} Manifest
 * Vite's manifest of the browser's build, as far as this needs it
 */

/**
 * The manifest with each Question view's chunk under the view's own name, as the view's chunk would be without the
 * group. The chunk holds the view (its `import()`'s target) and the view's style, so no other file re-exports it; but
 * the bundler then names no module as the chunk's entry, and Vite's manifest lists it as `_<file>`. SvelteKit links
 * into the server-rendered page the stylesheets of what a page's load imports, matching the browser's build to the
 * server's by these names (its find_deps' stylesheet_map): without this, a question's styles would be missing from
 * the page as it comes without JavaScript.
 * @param {Manifest} manifest
 * @param {ReadonlyMap<string, string>} views each Question view's source path (from the root) by its chunk's file
 * @returns {Manifest}
 */
export function namedByTheirViews(manifest, views) {
	/** @type {Map<string, string>} */
	const renamed = new Map();
	for (const [key, entry] of Object.entries(manifest)) {
		const src = views.get(entry.file);
		if (src && !entry.isDynamicEntry) renamed.set(key, src);
	}
	const rename = (/** @type {string} */ key) => renamed.get(key) ?? key;
	return Object.fromEntries(
		Object.entries(manifest).map(([key, entry]) => {
			const named = { ...entry };
			if (entry.imports) named.imports = entry.imports.map(rename);
			if (entry.dynamicImports) named.dynamicImports = entry.dynamicImports.map(rename);
			const src = renamed.get(key);
			return src ? [src, { ...named, src, isDynamicEntry: true }] : [key, named];
		})
	);
}

/**
 * @typedef {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} Graph
 * rolldown's chunking context (output.codeSplitting.groups[].name)
 */

/** @returns {import('vite').Plugin} */
export function kindChunks() {
	/** @type {Map<string, Set<string>>} the modules of each Question view, by the view's id */
	const questions = new Map();

	/**
	 * The modules of the Question view's own folder that it imports, directly or through each other.
	 * @param {string} question @param {string} folder @param {Graph} graph
	 */
	function ownModules(question, folder, graph) {
		let found = questions.get(question);
		if (found) return found;
		found = new Set([question]);
		const queue = [question];
		for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
			for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) {
				if (!found.has(imported) && imported.startsWith(folder) && (!imported.includes('?') || STYLE.test(imported))) {
					found.add(imported);
					queue.push(imported);
				}
			}
		}
		questions.set(question, found);
		return found;
	}

	/** @param {string} id @param {Graph} graph */
	function name(id, graph) {
		const match = KIND_MODULE.exec(id.replace(STYLE, ''));
		if (!match) return null;
		const [, kinds, kind] = match;
		const folder = `${kinds}${kind}/`;
		const question = `${folder}Question.svelte`;
		if (!graph.getModuleInfo(question)) return null;
		return ownModules(question, folder, graph).has(id) ? `question-${kind}` : null;
	}

	return {
		name: 'kind-chunks',
		// After the files are written, the manifest among them; SvelteKit reads it once the browser's build is done.
		writeBundle(options, bundle) {
			const { name, config } = this.environment;
			if (name !== 'client' || !config.build.manifest || !options.dir) return;
			const file = join(
				options.dir,
				typeof config.build.manifest === 'string' ? config.build.manifest : '.vite/manifest.json'
			);
			/** @type {Map<string, string>} */
			const views = new Map();
			for (const chunk of Object.values(bundle)) {
				const question = chunk.type === 'chunk' ? chunk.moduleIds.find((id) => questions.has(id)) : undefined;
				if (question) views.set(chunk.fileName, relative(config.root, question).replaceAll('\\', '/'));
			}
			const manifest = /** @type {Manifest} */ (JSON.parse(readFileSync(file, 'utf8')));
			writeFileSync(file, JSON.stringify(namedByTheirViews(manifest, views), null, 2));
		},
		configEnvironment: (environment) =>
			environment === 'client'
				? {
						build: {
							rollupOptions: {
								/*
								 * Only the folder's own modules go into the chunk: the Svelte runtime and the shared components stay
								 * where they are. The bundler then asks that an entry (a page's node) may export more than it
								 * declares, which no page's loader notices.
								 */
								preserveEntrySignatures: 'allow-extension',
								output: {
									codeSplitting: {
										groups: [{ name, debugName: 'kind-question', includeDependenciesRecursively: false }]
									}
								}
							}
						}
					}
				: undefined
	};
}
