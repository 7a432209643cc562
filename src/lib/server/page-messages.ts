import en from '$lib/i18n/messages/en.json';
import de from '$lib/i18n/messages/de.json';
import { kindWordsKey, messageArea, teacherMessagesAttribute } from '$lib/i18n/page/areas';
import { everyKindsWords } from '$lib/i18n/page/kind-words';

/*
 * The interface's messages a page needs in the browser, in its language only, as a JSON data block in the page's
 * <head> (README, "Languages"): src/lib/i18n/page/messages.ts reads them there. Sent with each page the server
 * renders, not with the data of a navigation in the page, so a learner's browser gets them once per visit.
 */

const files: Record<string, Record<string, string>> = { en, de };

const blocks = new Map<string, string>();

/**
 * The page's messages in `locale`, with the teacher's or without: the JSON inside app.html's
 * <script type="application/json" id="messages"> (which carries the request's CSP nonce, as every script element
 * does), and the attributes that element gets.
 */
export function messagesBlock(locale: string, teacher: boolean): { json: string; attributes: string } {
	const id = `${locale}:${teacher}`;
	let json = blocks.get(id);
	if (json === undefined) {
		const sent = Object.entries(files[locale] ?? en).filter(([key]) => {
			const area = messageArea(key);
			return key !== '$schema' && (area === 'shared' || (teacher && area === 'teacher'));
		});
		// `<` escaped, so that no message can end the element early.
		// With the kinds' questions' words, which any page may go on to show in the browser (a question, the preview).
		const words = { ...Object.fromEntries(sent), [kindWordsKey]: everyKindsWords(locale) };
		json = JSON.stringify(words).replace(/</g, '\\u003c');
		blocks.set(id, json);
	}
	return { json, attributes: teacher ? teacherMessagesAttribute : '' };
}
