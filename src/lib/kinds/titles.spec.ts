import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { kindChoices, kindTitle, kinds } from './registry';

/* Each kind names itself for teachers (its authoring part), in each language: the editor shows no raw kind names. */
describe('kind titles', () => {
	afterEach(restoreLocale);

	for (const locale of ['en', 'de'] as const) {
		it(`every kind has its own title in ${locale}, never its raw name`, () => {
			useLocale(locale);
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
		useLocale('en');
		const english = kindChoices().map((choice) => choice.title);
		useLocale('de');
		kindChoices().forEach((choice, n) => expect(choice.title).not.toBe(english[n]));
		expect(kindTitle('no-such-kind')).toBe('no-such-kind');
	});
});
