/*
 * Which of the interface's messages a page is sent (src/lib/server/page-messages.ts). The learner's pages need
 * the shared ones; the teacher's pages, and signing up and in, also those whose keys start with `t_`. Keys that
 * start with `srv_` are the refusals of forms, read on the server only, and are never sent.
 */

/** The id of the page's element that holds its messages, as JSON (written in src/app.html). */
export const messagesElementId = 'messages';

/**
 * The entry of that JSON that holds each kind's question's words, by kind (./kind-words.ts): not a message's key,
 * which is a name (src/lib/i18n/message-format.js), so no message can take its place.
 */
export const kindWordsKey = '@kinds';

/** Set on that element when it holds the teacher's messages too. */
export const teacherMessagesAttribute = 'data-teacher';

/** Whether a route (SvelteKit's id, layout groups left out) is on the teacher's side, and so needs the `t_` messages. */
export const teacherArea = (routeId: string | null | undefined): boolean =>
	routeId != null && /^\/(teach|login|signup)(\/|$)/.test(routeId.replace(/\/\([^/]*\)/g, ''));

/** Which messages a key belongs to. */
export const messageArea = (key: string): 'server' | 'teacher' | 'shared' =>
	key.startsWith('srv_') ? 'server' : key.startsWith('t_') ? 'teacher' : 'shared';
