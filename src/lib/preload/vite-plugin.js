/*
 * In the browser's build only: shorter lists of what a dynamic import preloads. Vite writes, beside every dynamic
 * import, the files to fetch with it (`__vite__mapDeps`), as file names in the importing chunk. Two kinds of entries
 * are dead weight there, and the chunks that carry the longest lists are on every page (issue #8 §5):
 *
 * - the chunks that are loaded before the import can run: those the importing chunk imports, directly or not, and
 *   those SvelteKit's two entries import (every page loads both before anything else of the app runs);
 * - in SvelteKit's app entry, which names every page's node since the browser resolves routes itself
 *   (svelte.config.js, `router.resolution`), all the scripts: only the stylesheets stay, as they stay when the server
 *   resolves a route (its answer imports the node and loads the node's stylesheets, nothing else). A node's own
 *   imports are then fetched once the node's file has come, as with the server's routes.
 *
 * Vite keeps each import's stylesheets apart from these lists and always loads them (they must be in place before
 * the page shows).
 */

/** SvelteKit's app entry in the browser's build: `_app/immutable/entry/app.<hash>.js`. */
const APP_ENTRY = /(^|\/)entry\/app\.[^/]+\.js$/;
/** Its two entries, which every page imports first: `start` (the client's runtime) and `app`. */
const ENTRIES = /(^|\/)entry\/(start|app)\.[^/]+\.js$/;

/**
 * @typedef {Record<string, { type: string, imports?: readonly string[] }>} Bundle
 * the build's output by file name, as far as this needs it
 */

/**
 * The scripts a dynamic import in `host` should still preload.
 * @param {readonly string[]} deps the scripts Vite would preload (file names in the bundle)
 * @param {string} host the importing chunk's file name
 * @param {Bundle} bundle
 * @returns {string[]}
 */
export function preloadsWorthNaming(deps, host, bundle) {
	if (APP_ENTRY.test(host)) return [];
	const queue = [host, ...Object.keys(bundle).filter((file) => ENTRIES.test(file))];
	const loaded = new Set(queue);
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		for (const imported of bundle[file]?.imports ?? []) {
			if (!loaded.has(imported)) {
				loaded.add(imported);
				queue.push(imported);
			}
		}
	}
	return deps.filter((dep) => !loaded.has(dep));
}

/** @returns {import('vite').Plugin} */
export function lighterPreloads() {
	/** @type {Bundle} */
	let bundle = {};
	return {
		name: 'lighter-preloads',
		apply: 'build',
		configEnvironment: (environment) =>
			environment === 'client'
				? {
						build: {
							modulePreload: {
								resolveDependencies: (_file, deps, { hostId }) => preloadsWorthNaming(deps, hostId, bundle)
							}
						}
					}
				: undefined,
		// Before Vite's own hook of the same name, which writes the lists (and asks resolveDependencies for each).
		generateBundle: {
			order: 'pre',
			handler(_, output) {
				bundle = /** @type {Bundle} */ (/** @type {unknown} */ (output));
			}
		}
	};
}
