/*
 * Paraglide's compiler options, one copy for the Vite plugin (vite.config.ts) and for the compile on
 * `npm ci` (scripts/i18n.js). The locale is the cookie's (set by the language switch, /language), else the
 * browser's preferred language (Accept-Language on the server, navigator.languages in the page), else English.
 */
export const i18n = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	strategy: /** @type {const} */ (['cookie', 'preferredLanguage', 'baseLocale']),
	cookieName: 'locale',
	// Written out, so that the Vite plugin writes the same runtime as scripts/i18n.js: its own default for Vite,
	// `import.meta.env?.SSR`, is a type error where Vite's types are not loaded (the modules' tsc check). The
	// browser's build does not use this runtime at all (src/lib/i18n/page/vite-plugin.js).
	isServer: "typeof window === 'undefined'",
	emitReadme: false
};
