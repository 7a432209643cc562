import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * In the browser's build only, Paraglide's generated messages and runtime are replaced by ./messages.ts, which
 * reads the page's messages from the text the server sent in the page's language; so is ./kind-words.ts, for the
 * kinds' questions' words. Paraglide's own message functions hold every language's text, and each message shared
 * by two pages became a chunk of its own: on a question page that was 5 to 7 KB of JavaScript (gzip) and put it
 * over its 50 KB budget (README, "Languages").
 * The server's build is left alone: it renders with Paraglide's functions, from the same message files.
 */
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const generated = here('../../paraglide/');
const replacement = here('./messages.ts');
const kindWords = here('./kind-words.ts');
const settings = here('../project.inlang/settings.json');

const i18nGroup = {
	name: 'i18n',
	test: /[\\/]src[\\/]lib[\\/]((i18n|paraglide)[\\/]|quiz[\\/](names|format|types)\.ts$|components[\\/]Glossary\.svelte$)/
};

/** @returns {import('vite').Plugin} */
export function pageMessages() {
	return {
		name: 'page-messages',
		enforce: 'pre',
		/*
		 * The small modules of the page's language in one chunk for the browser: $lib/i18n, these, and the words
		 * every quiz page shows (the names of reports, speakers and skills, points), and the glossary's link, which
		 * four kinds' questions and the module's introduction show. Each was a file of its own, shared by a different
		 * set of pages, and each file costs a request and compresses on its own: the glossary's link was a request of
		 * its own on a move to a question of a new kind (bench/RESULTS.md, "Moves, second pass").
		 */
		config: (_, { isSsrBuild }) =>
			isSsrBuild ? undefined : { build: { rollupOptions: { output: { codeSplitting: { groups: [i18nGroup] } } } } },
		load(id, options) {
			const browser = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
			if (!browser) return;
			// A kind's question's words, which the server reads from every kind's files: in the browser, the page's.
			if (id === kindWords) return `export { kindWords } from ${JSON.stringify(replacement)};`;
			if (!id.startsWith(generated)) return;
			const file = id.slice(generated.length);
			if (file === 'messages.js' || file === 'messages/_index.js')
				return `export { m } from ${JSON.stringify(replacement)};`;
			if (file === 'runtime.js') {
				const { locales } = JSON.parse(readFileSync(settings, 'utf8'));
				return [
					`export { getLocale } from ${JSON.stringify(replacement)};`,
					`export const locales = ${JSON.stringify(locales)};`
				].join('\n');
			}
			// Nothing else of Paraglide's is meant for the browser: say so, rather than ship it.
			this.error(`${id}: only messages.js and runtime.js of Paraglide's output are replaced for the browser`);
		}
	};
}
