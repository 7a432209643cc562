/*
 * A .svx file is mdsvex: Markdown in which `{…}` and `<` outside code are Svelte (an expression, an element).
 * A teacher's Markdown may hold braces and "a < b" as plain text, so an export writes a brace as a Svelte
 * expression that makes one, `{String.fromCharCode(123)}` (an entity would not do: mdsvex decodes it before
 * Svelte reads the braces, and quotes would be curled by its smartypants), and "<" as `&lt;`; an import reads
 * both back. An autolink (`<https://…>`) stays. Code (`…` spans and fenced blocks) is left alone:
 * mdsvex escapes code itself. (Raw HTML never gets this far: an import refuses it.)
 */

const FENCE = /^ {0,3}(```|~~~)/;

/** Applies `change` to the text of the Markdown that is not code. */
function outsideCode(markdown: string, change: (text: string) => string): string {
	let fenced = false;
	return markdown
		.split('\n')
		.map((line) => {
			if (FENCE.test(line)) {
				fenced = !fenced;
				return line;
			}
			if (fenced) return line;
			return line
				.split(/(`+[^`]*?`+)/)
				.map((part, n) => (n % 2 ? part : change(part)))
				.join('');
		})
		.join('\n');
}

/** The Markdown as a .svx file's text. */
export const toSvx = (markdown: string) =>
	outsideCode(markdown, (text) =>
		text
			.replace(/[{}]/g, (brace) => `{String.fromCharCode(${brace.charCodeAt(0)})}`)
			.replace(/<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)/g, '&lt;')
	);

/** A .svx file's text as the Markdown it stands for. */
export const fromSvx = (svx: string) =>
	outsideCode(svx, (text) =>
		text
			.replace(/\{String\.fromCharCode\((123|125)\)\}/g, (_, code: string) => String.fromCharCode(Number(code)))
			.replace(/&lt;/g, '<')
	);
