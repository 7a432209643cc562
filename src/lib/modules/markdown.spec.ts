import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { proseProblems } from './prose';

describe('renderMarkdown', () => {
	it('renders headings, emphasis, lists and http(s) and mailto links', () => {
		const html = renderMarkdown(
			'## Before you start\n\nRead *both* reports.\n\n- one\n- two\n\n[Guide](https://example.org/a) or [mail](mailto:t@example.org)'
		);
		expect(html).toContain('<h2>Before you start</h2>');
		expect(html).toContain('<em>both</em>');
		expect(html).toContain('<li>one</li>');
		expect(html).toContain('<a href="https://example.org/a">Guide</a>');
		expect(html).toContain('<a href="mailto:t@example.org">mail</a>');
	});

	it('shows raw HTML as text, so no script, handler or style reaches the page', () => {
		const html = renderMarkdown(
			'<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<p style="color:red">x</p>\n\n<iframe src="https://example.org"></iframe>'
		);
		expect(html).not.toMatch(/<script|<img|<p style|<iframe/);
		expect(html).toContain('&lt;script&gt;');
		expect(proseProblems(html)).toEqual([]);
	});

	it('keeps links to other schemes, relative addresses and images out', () => {
		for (const url of [
			'javascript:alert(1)',
			'JAVASCRIPT:alert(1)',
			'data:text/html,x',
			'vbscript:x',
			'/teach',
			'file:///etc/passwd'
		]) {
			expect(renderMarkdown(`[x](${url})`)).not.toContain('<a');
		}
		expect(renderMarkdown('<javascript:alert(1)>')).not.toContain('<a');
		expect(renderMarkdown('![a cat](https://example.org/cat.png)')).not.toContain('<img');
	});

	it('renders empty prose as empty, for the compile step to report', () => {
		expect(renderMarkdown('  \n ')).toBe('');
	});
});
