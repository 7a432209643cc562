import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { kindWordsKey } from '$lib/i18n/page/areas';
import { messagesBlock } from '$lib/server/page-messages';
import { questionText } from './question-text';
import { de, en } from './question-words';

describe('the question’s count of marked words', () => {
	afterEach(restoreLocale);

	it('says the words, and the phrases once there are any, one or more, in English', () => {
		useLocale('en');
		const { marked } = questionText();
		expect(marked(0, 0)).toBe('0 words marked.');
		expect(marked(1, 1)).toBe('1 word marked, in 1 phrase.');
		expect(marked(3, 2)).toBe('3 words marked, in 2 phrases.');
	});

	it('and in German', () => {
		useLocale('de');
		const { marked } = questionText();
		expect(marked(0, 0)).toBe('0 Wörter markiert.');
		expect(marked(1, 1)).toBe('1 Wort markiert, in 1 Wortgruppe.');
		expect(marked(3, 2)).toBe('3 Wörter markiert, in 2 Wortgruppen.');
	});

	it('with the rest of the question’s words in the page’s language', () => {
		useLocale('de');
		expect(questionText().step1Loaded).toBe('wertend');
		expect(questionText().voiceChoice.outlet).toMatch(/^Eigene Worte des Mediums/);
		useLocale('en');
		expect(questionText().step1Loaded).toBe('loaded');
	});
});

describe('the question’s words in the page’s messages block', () => {
	it('are there in the page’s language only, for the learner’s pages and the teacher’s', () => {
		for (const teacher of [false, true]) {
			const block = (locale: string) =>
				JSON.parse(messagesBlock(locale, teacher).json) as Record<string, Record<string, unknown>>;
			expect(block('de')[kindWordsKey]['loaded-wording']).toEqual(de);
			expect(block('en')[kindWordsKey]['loaded-wording']).toEqual(en);
			expect(messagesBlock('de', teacher).json).not.toContain(en.pressButton);
		}
	});
});
