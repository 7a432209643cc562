import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * For specs that need the messages in one language. The unit specs share one module graph per worker
 * (vite.config.ts, `isolate: false`), so a spec that set getLocale and "restored" it with `() => baseLocale` left
 * every later spec of that worker without the runtime's own getLocale, the one that reads the request's locale
 * (request-locale.spec.ts failed so on CI). This keeps the runtime's own, taken when this module first loads,
 * before any spec replaces it (every spec that sets a locale does it through here), and puts it back.
 */
const runtimeGetLocale = getLocale;

/** Messages and getLocale() in `locale` until `restoreLocale()`. */
export const useLocale = (locale: Locale) => overwriteGetLocale(() => locale);

/** The runtime's own getLocale again (afterEach). */
export const restoreLocale = () => overwriteGetLocale(runtimeGetLocale);
