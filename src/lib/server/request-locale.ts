import { AsyncLocalStorage } from 'node:async_hooks';
import {
	extractLocaleFromRequestWithStrategies,
	overwriteServerAsyncLocalStorage,
	routeStrategies,
	strategy,
	type Locale
} from '$lib/paraglide/runtime';

/*
 * What Paraglide's paraglideMiddleware does for this app, without the copy of the request it makes first
 * (`new Request(request.clone())`, for a middleware that changes the URL): a copy of a posted form tees its body,
 * and measured alone it cost a form post about 0.3 ms of CPU, more than a whole empty request (bench/RESULTS.md,
 * "Saving an answer, fourth pass"). Nothing here reads that copy. With the app's strategies (the cookie, the
 * browser's languages, English: src/lib/i18n/options.js) the middleware does nothing else: no URL strategy, so no
 * redirect and no URL to de-localize (request-locale.spec.ts checks both, and that this picks the locale it picks).
 */

const storage = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
// Where the messages (m.*) and getLocale() look for the request's locale on the server.
overwriteServerAsyncLocalStorage(storage);

/** Runs `work` with the request's locale as every message's and getLocale()'s, as paraglideMiddleware would. */
export function inRequestLocale<T>(request: Request, url: URL, work: (locale: Locale) => T): T {
	const locale = extractLocaleFromRequestWithStrategies(request, strategy, url);
	return storage.run({ locale, origin: url.origin, messageCalls: new Set() }, () => work(locale));
}

/** Whether the app's locale strategies are ones `inRequestLocale` follows as paraglideMiddleware would. */
export const followsMiddleware = () => !(strategy as readonly string[]).includes('url') && routeStrategies.length === 0;
