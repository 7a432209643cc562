import { describe, expect, it } from 'vitest';
import { compileModule } from './compile';
import { proseProblems } from './prose';
import { fixtureFiles } from '$lib/kinds/fixtures';

describe('proseProblems', () => {
	it('accepts ordinary rendered Markdown: headings, lists, links, emphasis, quotes', () => {
		const html =
			'<h2>One press conference</h2><p>Read <a href="/modules/x">both reports</a> and <em>mark</em> the words.</p>' +
			'<ol><li><strong>Attribution.</strong> Who is speaking?</li></ol><blockquote><p>“on the one hand”</p></blockquote>' +
			'<p>Style matters; so does onomatopoeia. Data: 3 sources.</p><img src="/screenshot.png" alt="a screenshot">';
		expect(proseProblems(html)).toEqual([]);
	});

	it.each([
		['<p>x</p><script>alert(1)</script>', 'a <script> element'],
		['<SCRIPT src="/x.js"></SCRIPT>', 'a <script> element'],
		['<style>p { color: red }</style>', 'a <style> element'],
		['<img src="x" onerror="alert(1)">', 'an inline event handler (an on…= attribute)'],
		['<p\nonclick=alert(1)>x</p>', 'an inline event handler (an on…= attribute)'],
		['<p style="color: red">x</p>', 'an inline style attribute'],
		['<a href="javascript:alert(1)">x</a>', 'a javascript:, vbscript: or data: URL'],
		['<a href=" JavaScript:alert(1)">x</a>', 'a javascript:, vbscript: or data: URL'],
		['<iframe src="/"></iframe>', 'an element that loads, embeds or submits elsewhere'],
		['<object data="x.swf"></object>', 'an element that loads, embeds or submits elsewhere'],
		['<base href="https://evil.example/">', 'an element that loads, embeds or submits elsewhere'],
		[
			'<form action="https://evil.example/"><button>Go</button></form>',
			'an element that loads, embeds or submits elsewhere'
		]
	])('finds what the policy would block in %j', (html, what) => {
		const problems = proseProblems(html);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.some((p) => p.startsWith(what))).toBe(true);
	});

	it('stops a module whose prose has a handler, naming the module and the prose', () => {
		const files = fixtureFiles();
		files.prose.debrief = '<p>Well done!</p><img src="x" onerror="alert(1)">';
		const result = compileModule(files);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			'quizzes/fixture: prose "debrief" has an inline event handler (an on…= attribute), which the pages do not allow (no scripts, inline styles or handlers)'
		]);
	});
});
