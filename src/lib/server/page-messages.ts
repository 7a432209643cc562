import en from '$lib/i18n/messages/en.json';
import de from '$lib/i18n/messages/de.json';
import { messageArea, messagesElementId, teacherMessagesAttribute } from '$lib/i18n/page/areas';

/*
 * The interface's messages a page needs in the browser, in its language only, as a JSON data block in the page's
 * <head> (README, "Languages"): src/lib/i18n/page/messages.ts reads them there. Sent with each page the server
 * renders, not with the data of a navigation in the page, so a learner's browser gets them once per visit.
 */

const files: Record<string, Record<string, string>> = { en, de };

const blocks = new Map<string, string>();

/** The <script type="application/json"> element of a page in `locale`, with the teacher's messages or without. */
export function messagesBlock(locale: string, teacher: boolean): string {
	const id = `${locale}:${teacher}`;
	let block = blocks.get(id);
	if (block === undefined) {
		const sent = Object.entries(files[locale] ?? en).filter(([key]) => {
			const area = messageArea(key);
			return key !== '$schema' && (area === 'shared' || (teacher && area === 'teacher'));
		});
		// `<` escaped, so that no message can end the element early.
		const json = JSON.stringify(Object.fromEntries(sent)).replace(/</g, '\\u003c');
		const marker = teacher ? ` ${teacherMessagesAttribute}` : '';
		block = `<script type="application/json" id="${messagesElementId}"${marker}>${json}</script>`;
		blocks.set(id, block);
	}
	return block;
}
