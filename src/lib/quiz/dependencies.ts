/**
 * What an item page's data depends on besides its URL: the learner's answers. After an answer the item
 * pages invalidate this alone, so SvelteKit's client keeps the layout's data (the documents, tens of KB)
 * and fetches only the page's: the documents are sent once per visit, not once per question.
 */
export const ANSWERS = 'app:answers';
