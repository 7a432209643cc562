/*
 * In the browser's build only: each kind's Question view and the modules of its own folder that it imports (its
 * question's words, its types, its helpers) in one chunk. Each of them was a file of its own, since the kind's
 * other views import them too, so going on to a question of a new kind fetched four files, a request each
 * (issue #8 §5: bytes per move from item to item). The other views import from that chunk instead.
 */

/** A module of a kind's folder: the folder, and the path of the folder's Question view. */
const KIND_MODULE = /^(.*[\\/]src[\\/]lib[\\/]kinds[\\/])([^\\/]+)[\\/][^\\/?]+$/;

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
				if (!found.has(imported) && imported.startsWith(folder) && !imported.includes('?')) {
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
		const match = KIND_MODULE.exec(id);
		if (!match) return null;
		const [, kinds, kind] = match;
		const folder = `${kinds}${kind}/`;
		const question = `${folder}Question.svelte`;
		if (!graph.getModuleInfo(question)) return null;
		return ownModules(question, folder, graph).has(id) ? `question-${kind}` : null;
	}

	return {
		name: 'kind-chunks',
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
