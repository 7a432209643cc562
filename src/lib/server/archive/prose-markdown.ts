import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '$lib/modules/markdown';
import { proseProblems } from '$lib/modules/prose';

/*
 * Prose from an archive is Markdown, and only Markdown: raw HTML in it is refused at the source (mdsvex would
 * pass it through if the folder were added to quizzes/), and what markdown-it renders with HTML off is checked
 * again with the same rules as a file module's rendered prose (src/lib/modules/prose.ts).
 */

/** Parses with HTML on only to find it: markdown-it then marks each piece of raw HTML as a token of its own. */
const finder = new MarkdownIt({ html: true });

const shorten = (html: string) => {
	const first = html.trim().split('\n')[0];
	return first.length > 40 ? `${first.slice(0, 40)}…` : first;
};

/** Everything in a prose file that the pages do not allow, each message naming the file and the line. */
export function markdownProblems(markdown: string, file: string): string[] {
	const problems: string[] = [];
	for (const token of finder.parse(markdown, {})) {
		const line = token.map ? `line ${token.map[0] + 1}: ` : '';
		const html = [token, ...(token.children ?? [])].filter((t) => t.type === 'html_block' || t.type === 'html_inline');
		for (const found of html) {
			problems.push(
				`${file}: ${line}raw HTML (${shorten(found.content)}) is not allowed in the prose; write Markdown instead`
			);
		}
	}
	for (const what of proseProblems(renderMarkdown(markdown))) {
		problems.push(`${file}: has ${what}, which the pages do not allow (no scripts, inline styles or handlers)`);
	}
	return problems;
}
