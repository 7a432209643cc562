import { describe, expect, it } from 'vitest';
import { findQuotes, quoteAt } from './quotes';
import { readDocument } from './document';
import { ferryA, broken } from './fixtures';

const texts = (body: string) =>
	findQuotes(body).map((q) => ({ outer: body.slice(q.start, q.end), inner: body.slice(q.innerStart, q.innerEnd), q }));

describe('findQuotes', () => {
	it('reads a mark that closes nothing and a later mark that opens nothing as one quote (marks moved by translation)', () => {
		const found = texts('He said it was a “fair deal“after the” years of drought and chaos. “\n\nFarmers said no.');
		expect(found.map((f) => f.inner)).toEqual(['fair deal', 'years of drought and chaos.']);
		// Without a mark that closes nothing before it, a last mark with nothing after it opens no quote.
		expect(texts('He said it was a “fair deal” for years. “\n\nFarmers said no.').map((f) => f.inner)).toEqual([
			'fair deal'
		]);
	});

	it('pairs curly and straight marks', () => {
		const found = texts('He said “yes” and she said "no".');
		expect(found.map((f) => f.inner)).toEqual(['yes', 'no']);
		expect(found.map((f) => f.outer)).toEqual(['“yes”', '"no"']);
	});

	it('carries a quote over a paragraph break when the next paragraph opens with a mark', () => {
		const { body } = readDocument('ferry-a', ferryA);
		const long = texts(body).find((f) => f.inner.startsWith('The islanders will'));
		expect(long?.inner).toBe(
			'The islanders will have a bus and a smaller boat twice a week.\n\n“Nobody will be left without a way to the mainland,'
		);
		expect(long?.q.unbalanced).toBe(false);
	});

	it('finds a single-quoted quote nested in a double-quoted one, and the apostrophe is not a mark', () => {
		const found = texts('“She said, ‘the ferry is safe,’ and now it isn’t,” he said.');
		expect(found.map((f) => [f.inner, f.q.depth])).toEqual([
			['She said, ‘the ferry is safe,’ and now it isn’t,', 0],
			['the ferry is safe,', 1]
		]);
		const body = '“She said, ‘the ferry is safe,’ and now”';
		expect(quoteAt(findQuotes(body), body.indexOf('ferry'))?.depth).toBe(1);
	});

	it('closes a quote whose closing mark is missing at the end of its paragraph', () => {
		const found = texts('The union said the owners were “unfair to the night shift.\n\nNext paragraph.');
		expect(found.map((f) => [f.inner, f.q.unbalanced])).toEqual([['unfair to the night shift.', true]]);
	});

	it('reads a closing mark that faces the wrong way by what stands around it', () => {
		const found = texts('called the rota “impossible“and the pay “a joke”.');
		expect(found.map((f) => f.inner)).toEqual(['impossible', 'a joke']);
	});

	it('ignores a stray closing mark and finds every quote of a broken text inside its body', () => {
		const found = texts(broken);
		for (const f of found) {
			expect(f.q.start).toBeLessThanOrEqual(f.q.innerStart);
			expect(f.q.innerEnd).toBeLessThanOrEqual(f.q.end);
		}
		expect(texts('a stray” mark').length).toBe(0);
	});
});
