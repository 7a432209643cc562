import { describe, expect, it } from 'vitest';
import { describeProblem, fold, resolveQuote, type Searchable } from './anchor';
import { tokenize } from './tokenize';

const doc = (text: string): Searchable => ({ source: 'doc', text, tokenized: tokenize(text) });

/** Resolves a quote that must be found, and returns its span. */
function span(d: Searchable, quote: string, occurrence?: number) {
	const found = resolveQuote(d, quote, occurrence);
	if (!found.ok) throw new Error(`"${quote}" did not resolve: ${JSON.stringify(found)}`);
	return found.span;
}

const tokenTexts = (d: Searchable, s: { start: number; end: number }) =>
	d.tokenized.tokens.slice(s.start, s.end).map((t) => t.text);

describe('fold', () => {
	it('makes curly quotes straight and collapses white space, remembering the origin of each character', () => {
		const text = '“Russia’s”\n\n  turn';
		const { folded, origin } = fold(text);
		expect(folded).toBe(`"Russia's" turn`);
		expect(origin).toHaveLength(folded.length);
		expect(text[origin[folded.indexOf('turn')]]).toBe('t');
		expect(origin[folded.indexOf(' ')]).toBe(text.indexOf('\n'));
	});
});

describe('resolveQuote', () => {
	const curly = doc('Putin demanded “immediate” guarantees from Russia’s partners.');
	const straight = doc(`Putin demanded "immediate" guarantees from Russia's partners.`);

	it('finds a straight-quoted quote in curly-quoted text, and gives the text verbatim', () => {
		const found = span(curly, `demanded "immediate" guarantees from Russia's`);
		expect(found.text).toBe('demanded “immediate” guarantees from Russia’s');
		expect(found.source).toBe('doc');
		expect(tokenTexts(curly, found)).toEqual(['demanded', '“', 'immediate', '”', 'guarantees', 'from', 'Russia’s']);
	});

	it('finds a curly-quoted quote in straight-quoted text', () => {
		expect(span(straight, 'demanded “immediate” guarantees from Russia’s').text).toBe(
			`demanded "immediate" guarantees from Russia's`
		);
	});

	it('matches across runs of white space and line breaks either way', () => {
		const broken = doc('It is you who must\n   give us   guarantees.');
		expect(span(broken, 'must give us guarantees').text).toBe('must\n   give us   guarantees');
		const plain = doc('It is you who must give us guarantees.');
		expect(span(plain, '  must\n\ngive  us ').text).toBe('must give us');
	});

	it('gives the span as token indices, end exclusive', () => {
		const d = doc('One two three. Four five.');
		const found = span(d, 'three. Four');
		expect([found.start, found.end]).toEqual([2, 5]);
		expect(tokenTexts(d, found)).toEqual(['three', '.', 'Four']);
	});

	describe('a repeated quote', () => {
		const d = doc('He said no. She said no.\n\nThey said yes.');

		it('is ambiguous, with the number of times it occurs', () => {
			expect(resolveQuote(d, 'said no')).toEqual({ ok: false, problem: 'ambiguous', count: 2 });
			expect(resolveQuote(d, 'said')).toEqual({ ok: false, problem: 'ambiguous', count: 3 });
		});

		it('resolves to the occurrence asked for', () => {
			const second = span(d, 'said no', 2);
			expect(second.text).toBe('said no');
			expect(d.tokenized.tokens[second.start - 1].text).toBe('She');
			const first = span(d, 'said no', 1);
			expect(d.tokenized.tokens[first.start - 1].text).toBe('He');
			expect(d.tokenized.tokens[span(d, 'said', 3).start - 1].text).toBe('They');
		});

		it('has no occurrence beyond the count, nor below 1', () => {
			for (const occurrence of [3, 0, -1]) {
				expect(resolveQuote(d, 'said no', occurrence)).toEqual({ ok: false, problem: 'no-such-occurrence', count: 2 });
			}
		});

		it('accepts occurrence 1 for a quote that occurs once', () => {
			expect(span(d, 'said yes', 1).text).toBe('said yes');
		});
	});

	it('reports a missing quote with the closest run of text', () => {
		const d = doc('Putin has demanded immediate security guarantees to the United States and NATO.');
		expect(resolveQuote(d, 'demanded immediate security guaranties')).toEqual({
			ok: false,
			problem: 'missing',
			closest: 'demanded immediate security guarantees'
		});
	});

	it('matches only on token boundaries: "Putin" is not inside "UkrainePutin"', () => {
		const glued = doc('Tension in UkrainePutin has stressed the point.');
		expect(resolveQuote(glued, 'Putin')).toMatchObject({ ok: false, problem: 'missing' });
		expect(resolveQuote(glued, 'Ukraine')).toMatchObject({ ok: false, problem: 'missing' });
		expect(resolveQuote(glued, 'has stress')).toMatchObject({ ok: false, problem: 'missing' });
		expect(span(glued, 'UkrainePutin has').text).toBe('UkrainePutin has');

		const both = doc('Tension in UkrainePutin has stressed the point. Putin said so.');
		const putin = span(both, 'Putin');
		expect(tokenTexts(both, putin)).toEqual(['Putin']);
		expect(both.tokenized.tokens[putin.end].text).toBe('said');
	});

	it('matches a quote ending on punctuation glued to the next word ("R." in "R.At")', () => {
		const d = doc('R.At his annual press conference');
		const found = span(d, 'R.');
		expect(tokenTexts(d, found)).toEqual(['R', '.']);
	});

	describe('within a range of tokens', () => {
		const d = doc('Putin spoke first.\n\nThen Putin spoke again, and Biden replied.');
		const second = d.tokenized.paragraphs[1].sentences.flatMap((s) => s.tokens);
		const within = { start: second[0].i, end: second.at(-1)!.i + 1 };

		it('finds only the occurrence inside the range', () => {
			expect(resolveQuote(d, 'Putin spoke')).toMatchObject({ ok: false, problem: 'ambiguous', count: 2 });
			const found = resolveQuote(d, 'Putin spoke', undefined, within);
			expect(found).toMatchObject({ ok: true, span: { start: second[1].i, end: second[3].i } });
		});

		it('does not find a quote that lies outside the range, and looks for the closest inside it', () => {
			expect(resolveQuote(d, 'spoke first', undefined, within)).toEqual({
				ok: false,
				problem: 'missing',
				closest: 'spoke again'
			});
		});

		it('does not find a quote that straddles the range’s edge', () => {
			const narrow = { start: within.start, end: within.start + 3 };
			expect(span(d, 'Then Putin spoke again').text).toBe('Then Putin spoke again');
			expect(resolveQuote(d, 'Then Putin spoke again', undefined, narrow)).toMatchObject({ problem: 'missing' });
			expect(resolveQuote(d, 'Then Putin spoke', undefined, narrow)).toMatchObject({ ok: true });
		});

		it('has no closest match in an empty range', () => {
			expect(resolveQuote(d, 'Putin', undefined, { start: 0, end: 0 })).toEqual({
				ok: false,
				problem: 'missing',
				closest: null
			});
		});
	});

	it('never matches an empty quote', () => {
		expect(resolveQuote(doc('Some text.'), '  ')).toMatchObject({ ok: false, problem: 'missing' });
	});
});

describe('describeProblem', () => {
	it('names the quote and the closest match of a missing quote', () => {
		expect(describeProblem('guaranties', { problem: 'missing', closest: 'guarantees' })).toBe(
			'quote "guaranties" is not in the document; closest match: "guarantees"'
		);
		expect(describeProblem('guaranties', { problem: 'missing', closest: null })).toBe(
			'quote "guaranties" is not in the document'
		);
	});

	it('says how to pick one of an ambiguous quote’s occurrences', () => {
		expect(describeProblem('said', { problem: 'ambiguous', count: 3 })).toBe(
			'quote "said" occurs 3 times; say which with "occurrence" (1 to 3)'
		);
	});

	it('says how often a quote occurs when the occurrence asked for is not there', () => {
		expect(describeProblem('said', { problem: 'no-such-occurrence', count: 2 })).toBe(
			'quote "said" occurs only 2 time(s); no such occurrence'
		);
	});
});
