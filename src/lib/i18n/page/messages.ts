import { kindWordsKey, messagesElementId, teacherMessagesAttribute } from './areas';
import { format } from './format';
import type { KindWords } from './kind-words';

/*
 * In the browser, `$lib/paraglide/messages` and `$lib/paraglide/runtime` are this module (the Vite plugin in
 * ./vite-plugin.js): the messages are read from the text the server put into the page in its language
 * (src/lib/server/page-messages.ts), instead of Paraglide's functions, which carry every language's text to the
 * browser. The server renders with Paraglide's own functions, from the same message files.
 */

type Inputs = Record<string, unknown>;

let table: Record<string, unknown> | undefined;

function element(): HTMLElement | null {
	return document.getElementById(messagesElementId);
}

/** What the server sent under a key (a message), or under a key within it (a kind's words). */
function sent(...path: string[]): unknown {
	table ??= JSON.parse(element()?.textContent ?? '{}') as Record<string, unknown>;
	const found = path.reduce<unknown>((within, key) => (within as Record<string, unknown> | undefined)?.[key], table);
	// Loud rather than blank: a message the server did not send is a mistake in page-messages.ts or areas.ts.
	if (found === undefined) throw new Error(`The message “${path.join(' ')}” was not sent to this page.`);
	return found;
}

/** `m.key(inputs)`, as with Paraglide's messages. */
export const m = new Proxy({} as Record<string, (inputs?: Inputs) => string>, {
	get: (_, key) => (typeof key === 'string' ? (inputs?: Inputs) => format(sent(key) as string, inputs) : undefined)
});

/** `kindWords` of ./kind-words.ts, from the words the server sent in the page's language. */
export const kindWords =
	<T extends KindWords>(kind: string): (() => T) =>
	() =>
		sent(kindWordsKey, kind) as T;

/** The page's language, as the server chose it and wrote it into <html lang> (src/hooks.server.ts). */
export const getLocale = (): string => document.documentElement.lang;

/** Whether this page holds the teacher's messages too (see areas.ts). */
export const hasTeacherMessages = (): boolean => element()?.hasAttribute(teacherMessagesAttribute) ?? false;
