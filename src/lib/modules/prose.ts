/*
 * A module's prose (intro, debrief, teacher notes) is mdsvex, rendered to HTML
 * on the server and shown with {@html}. It is written by the module's author,
 * not by users, but it must still live within the Content Security Policy
 * (kit.csp in svelte.config.js): no scripts, no inline styles or event
 * handlers, nothing that loads or embeds another page. Anything of the kind is
 * a problem that `npm run quizzes:check` reports and that stops the server at
 * start, rather than markup the browser silently refuses in front of a class.
 */

const rules: Array<{ pattern: RegExp; what: string }> = [
	{ pattern: /<script\b/i, what: 'a <script> element' },
	{ pattern: /<style\b/i, what: 'a <style> element' },
	{
		pattern: /<(iframe|frame|frameset|object|embed|applet|base|meta|link|form|portal)\b/i,
		what: 'an element that loads, embeds or submits elsewhere (<iframe>, <object>, <embed>, <base>, <meta>, <link>, <form>)'
	},
	{ pattern: /<[^>]*\son[a-z]+\s*=/i, what: 'an inline event handler (an on…= attribute)' },
	{ pattern: /<[^>]*\sstyle\s*=/i, what: 'an inline style attribute' },
	{ pattern: /<[^>]*\ssrcdoc\s*=/i, what: 'a srcdoc attribute' },
	{
		pattern: /<[^>]*\s(href|src|action|formaction|xlink:href|poster|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
		what: 'a javascript:, vbscript: or data: URL'
	}
];

/** What in the rendered prose the Content Security Policy would block or the app does not allow. */
export function proseProblems(html: string): string[] {
	return rules.filter(({ pattern }) => pattern.test(html)).map(({ what }) => what);
}
