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

/*
 * A number before a plural noun ("{n} minutes", "of {total} questions") reads wrong at 1 ("1 questions"): such a
 * message has a singular sibling (key_one beside key or key_many) that code picks when the count is 1. The
 * message format has no plural selectors (message-format.js), so the pairs are how the app words counts.
 */
describe('count messages', () => {
	const en = read('en');
	// A count given by configuration, never 1: the limits a form or a draft states.
	const neverOne = new Set([
		'a_welcome',
		'srv_too_long',
		't_password_rule',
		't_pw_too_long',
		't_pw_too_short',
		't_draft_too_large'
	]);
	const nouns = 'questions|minutes|hours|reports|learners|characters|answers|attempts|points|suggestions|assignments';
	const plural = new RegExp(`\\{\\w+\\} (?:of \\{\\w+\\} )?(?:new )?(?:${nouns})\\b`);
	const hasSingular = (key: string) => key.endsWith('_one') || `${key.replace(/_many$/, '')}_one` in en;

	it('have a singular for every count before a plural noun', () => {
		const lacking = Object.keys(en).filter((key) => plural.test(en[key]) && !neverOne.has(key) && !hasSingular(key));
		expect(lacking).toEqual([]);
	});
});
