import { describe, expect, it } from 'vitest';
import { fromSvx, toSvx } from './svx';

describe('toSvx and fromSvx', () => {
	it('write braces and a bare "<" so that mdsvex shows them, and read them back', () => {
		const markdown = 'In {braces}, a < b, <https://example.org> and {@html x}.';
		expect(toSvx(markdown)).toBe(
			'In {String.fromCharCode(123)}braces{String.fromCharCode(125)}, a &lt; b, <https://example.org> and {String.fromCharCode(123)}@html x{String.fromCharCode(125)}.'
		);
		expect(fromSvx(toSvx(markdown))).toBe(markdown);
	});

	it('leave code alone: spans and fenced blocks', () => {
		const markdown = 'A `{span}` and `` a<b ``\n\n```\n{fenced} < x\n```\n\nAfter {x}';
		expect(toSvx(markdown)).toBe(
			'A `{span}` and `` a<b ``\n\n```\n{fenced} < x\n```\n\nAfter {String.fromCharCode(123)}x{String.fromCharCode(125)}'
		);
		expect(fromSvx(toSvx(markdown))).toBe(markdown);
	});

	it('leave plain Markdown unchanged', () => {
		const markdown = '## Goals\n\n- one “quoted” *word*\n- [a link](https://example.org)\n';
		expect(toSvx(markdown)).toBe(markdown);
		expect(fromSvx(markdown)).toBe(markdown);
	});
});
