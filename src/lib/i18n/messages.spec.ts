import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Every message exists in both languages with the same parameters: Paraglide falls back to English for a
 * missing German message without a word, and a parameter missing in one language is a blank in the sentence.
 */
const read = (locale: string): Record<string, string> => {
	const { $schema: _schema, ...messages } = JSON.parse(readFileSync(`src/lib/i18n/messages/${locale}.json`, 'utf8'));
	return messages;
};
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message files', () => {
	const en = read('en');
	const de = read('de');

	it('have the same keys', () => {
		expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
		expect(Object.keys(en).length).toBeGreaterThan(1);
	});

	it('give each message the same parameters', () => {
		const differing = Object.keys(en).filter((key) => params(en[key]).join() !== params(de[key] ?? '').join());
		expect(differing).toEqual([]);
	});

	it('have no empty message', () => {
		expect([...Object.entries(en), ...Object.entries(de)].filter(([, text]) => text.trim() === '')).toEqual([]);
	});
});
