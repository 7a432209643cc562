import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { kindChoices, kindTitle, kinds } from './registry';

/* Each kind names itself for teachers (its authoring part), in each language: the editor shows no raw kind names. */
describe('kind titles', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	for (const locale of ['en', 'de'] as const) {
		it(`every kind has its own title in ${locale}, never its raw name`, () => {
			overwriteGetLocale(() => locale);
			const choices = kindChoices();
			expect(choices.map((choice) => choice.name)).toEqual(Object.keys(kinds));
			for (const { name, title } of choices) {
				expect(title.trim(), name).not.toBe('');
				expect(title, name).not.toBe(name);
				expect(kindTitle(name)).toBe(title);
			}
			expect(new Set(choices.map((choice) => choice.title)).size).toBe(choices.length);
		});
	}

	it('titles differ between the languages, and an unknown stored name is shown as it is', () => {
		overwriteGetLocale(() => 'en');
		const english = kindChoices().map((choice) => choice.title);
		overwriteGetLocale(() => 'de');
		kindChoices().forEach((choice, n) => expect(choice.title).not.toBe(english[n]));
		expect(kindTitle('no-such-kind')).toBe('no-such-kind');
	});
});
