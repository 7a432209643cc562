import { format } from '$lib/i18n/page/format';
import { kindWords } from '$lib/i18n/page/kind-words';
import type { en } from './question-words';

/*
 * The words of the question alone, apart from the feedback's (text.ts): a question page loads only these, and in
 * the page's language only (question-words.ts holds them; PRODUCT.md's 50 KB budget, issue #8 §5's 5 KB a move).
 */

const words = kindWords<typeof en>('loaded-wording');

/** `one` or `more`, whichever fits n, with n in it. */
const counted = (n: number, one: string, more: string) => format(n === 1 ? one : more, { n });

/** The question's words in the page's language, and its count of what the learner marked. */
export function questionText() {
	const t = words();
	return {
		...t,
		/** "3 words marked, in 2 phrases.", or "1 word marked." before any phrase is whole. */
		marked: (marked: number, phrases: number) =>
			`${counted(marked, t.markedWord, t.markedWords)}${phrases ? counted(phrases, t.inPhrase, t.inPhrases) : ''}${t.markedEnd}`
	};
}
