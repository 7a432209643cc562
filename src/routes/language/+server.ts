import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { cookieMaxAge, cookieName, locales } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { backTo } from '$lib/i18n/back-to';
import { servedOverHttps } from '$lib/server/cookies';
import type { RequestHandler } from './$types';

const Choice = v.object({ locale: v.picklist(locales), to: v.optional(v.string(), '/') });

/**
 * The language switch without JavaScript: the choice goes into Paraglide's cookie, and the learner goes back to the
 * page they were on (its path and query only: never to another site, never to a form action).
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const parsed = v.safeParse(Choice, Object.fromEntries(await request.formData()));
	if (!parsed.success) error(400, m.language_unknown());
	cookies.set(cookieName, parsed.output.locale, {
		path: '/',
		maxAge: cookieMaxAge,
		sameSite: 'lax',
		secure: servedOverHttps(url),
		// Paraglide's runtime in the page reads it, so that the page and the server agree on the language. It
		// holds no secret, unlike every other cookie of the app (src/lib/server/cookies.ts).
		httpOnly: false
	});
	redirect(303, backTo(parsed.output.to, url.origin));
};
