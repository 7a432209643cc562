import type { APIRequestContext, APIResponse } from '@playwright/test';

/*
 * Form actions posted as the page's JavaScript posts them (`x-sveltekit-action`,
 * JSON in reply), so that a test sees the action's own result: a redirect, a
 * refusal with its status and message, or an error.
 */

export interface ActionResult {
	/** The HTTP status: 200 for redirects and refusals, the error's status for errors. */
	http: number;
	type: 'redirect' | 'success' | 'failure' | 'error' | 'other';
	/** The action's status: 303 for a redirect, the fail() status for a refusal, the HTTP status otherwise. */
	status: number;
	location: string | null;
	/** The message of a refusal or an error. */
	message: string | null;
	body: string;
}

/**
 * The `data` of a refusal is devalue's flat JSON: an array whose first entry
 * maps each key to the index of its value. The message is a top-level string,
 * or (on the item editor, which lists every problem of the item) the first of `problems`.
 */
function messageOf(data: unknown): string | null {
	if (typeof data !== 'string') return null;
	try {
		const flat = JSON.parse(data) as unknown[];
		const root = flat[0] as Record<string, number>;
		const text = (at: unknown) =>
			typeof at === 'number' && typeof flat[at] === 'string' ? (flat[at] as string) : null;
		const problems = typeof root?.problems === 'number' ? flat[root.problems] : null;
		return text(root?.message) ?? (Array.isArray(problems) ? text(problems[0]) : null);
	} catch {
		return null;
	}
}

export async function actionResult(response: APIResponse): Promise<ActionResult> {
	const http = response.status();
	const body = await response.text();
	let parsed: { type?: string; status?: number; location?: string; data?: unknown; error?: { message?: string } } = {};
	try {
		parsed = JSON.parse(body);
	} catch {
		// not JSON: the hook's own replies ("Sign in first.") and SvelteKit's plain-text refusals
	}
	switch (parsed.type) {
		case 'redirect':
			return {
				http,
				type: 'redirect',
				status: parsed.status ?? 0,
				location: parsed.location ?? null,
				message: null,
				body
			};
		case 'success':
			return { http, type: 'success', status: parsed.status ?? http, location: null, message: null, body };
		case 'failure':
			return {
				http,
				type: 'failure',
				status: parsed.status ?? 0,
				location: null,
				message: messageOf(parsed.data),
				body
			};
		case 'error':
			return { http, type: 'error', status: http, location: null, message: parsed.error?.message ?? null, body };
		default:
			return {
				http,
				type: 'other',
				status: http,
				location: response.headers()['location'] ?? null,
				message: body || null,
				body
			};
	}
}

export interface PostOptions {
	origin: string;
	contentType?: string;
	headers?: Record<string, string>;
}

/** Posts a body (a form as `a=1&b=2` by default) to an action and reads its result. */
export async function postAction(
	ctx: APIRequestContext,
	path: string,
	body: string | Buffer,
	{ origin, contentType = 'application/x-www-form-urlencoded', headers = {} }: PostOptions
): Promise<ActionResult> {
	const response = await ctx.post(path, {
		headers: {
			origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': contentType,
			...headers
		},
		data: body,
		maxRedirects: 0,
		failOnStatusCode: false
	});
	return actionResult(response);
}

/** A form body from pairs, repeated names allowed. */
export const formOf = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
