import { getLocale } from '$lib/paraglide/runtime';

/**
 * A kind's own interface text, kept in the kind's folder (nothing outside src/lib/kinds/<kind>/ may name a kind,
 * so its words cannot go into the shared message files). English gives the shape; German must have the same
 * keys and the same parameters, which the compiler checks. Call the result where the text is used: it picks
 * the language of the request (server) or the page (browser) at that moment.
 */
export function localized<T extends Record<string, unknown>>(table: { en: T; de: NoInfer<T> }): () => T {
	return () => table[getLocale()];
}

/** The language modules are written in: their reports, questions and explanations are in it, whatever the interface's. */
export const contentLanguage = 'en';

/** lang= for module content: set only when it differs from the interface's, so that screen readers switch voice. */
export const contentLang = (): string | undefined => (getLocale() === contentLanguage ? undefined : contentLanguage);
