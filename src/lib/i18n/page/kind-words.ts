import { getLocale } from '$lib/paraglide/runtime';

/*
 * A kind's question's words, in the page's language only in the browser (README, "Languages"). A kind that has them
 * keeps them in its own folder, in `question-words.ts`, which exports `en` and `de` as plain text (a {name} filled
 * in by format()). On the server they are read from those files, here; the server puts the page's language's into
 * the page's messages block, under `kindWordsKey` (src/lib/server/page-messages.ts). In the browser's build this
 * module is ./messages.ts (the Vite plugin in ./vite-plugin.js), which reads them from there, so the question's
 * script carries no language's words: with both in it, a move to loaded-wording's first question was 5.9 KB on the
 * wire, over the 5 KB of issue #8 §5.
 */

/** Words that can travel as JSON: text, or a table of texts (one per choice, say). */
export type KindWords = { readonly [key: string]: string | Readonly<Record<string, string>> };

type Tables = { en: KindWords; de: KindWords };

const files = import.meta.glob<Tables>('../../kinds/*/question-words.ts', { eager: true });

/** Each kind's tables, by the name of its folder (the kind's name). */
const tables = new Map(Object.entries(files).map(([path, file]) => [path.split('/').at(-2) ?? path, file]));

/** The words of `kind`'s question in the language of the request (server) or the page (browser). */
export const kindWords =
	<T extends KindWords>(kind: string): (() => T) =>
	() => {
		const found = tables.get(kind);
		if (!found) throw new Error(`No src/lib/kinds/${kind}/question-words.ts.`);
		return found[getLocale()] as unknown as T;
	};

/** Every kind's question's words in `locale`, by kind: what the page's messages block carries. */
export const everyKindsWords = (locale: string): Record<string, KindWords> =>
	Object.fromEntries([...tables].map(([kind, table]) => [kind, table[locale as keyof Tables] ?? table.en]));
