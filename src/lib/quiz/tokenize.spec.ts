import { describe, expect, it } from 'vitest';
import { countTokens, tokenize } from './tokenize';
import type { Paragraph, Token } from './types';

const tokensOf = (p: Paragraph): Token[] => p.sentences.flatMap((s) => s.tokens);
const textOf = (tokens: Token[]) => tokens.map((t) => t.text + t.after).join('');
const sentencesOf = (p: Paragraph) => p.sentences.map((s) => textOf(s.tokens).trim());

// Layout a real document has: a headline, a paragraph broken over two lines,
// runs of spaces, several blank lines (one holding only spaces) between paragraphs.
const sample =
	'Putin wants “immediate” guarantees\n' +
	'\n' +
	'Russia’s next actions depend on the West, he said.  It is you who must give us\n' +
	'guarantees! And “don’t bog down (the negotiations) for decades.” Putin said.\n' +
	'\n' +
	'   \n' +
	'\n' +
	'The anti-Russian campaign goes on.';

describe('tokenize', () => {
	const { paragraphs, tokens, offsets } = tokenize(sample);

	it('splits paragraphs on blank lines, also lines holding only spaces', () => {
		expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
		expect(paragraphs.map((p) => tokensOf(p)[0].text)).toEqual(['Putin', 'Russia’s', 'The']);
	});

	it('keeps a single line break inside its paragraph', () => {
		const second = tokensOf(paragraphs[1]);
		expect(second.find((t) => t.text === 'us')?.after).toBe('\n');
	});

	it('reproduces each paragraph verbatim from its tokens and their trailing white space', () => {
		const blocks = sample
			.split(/\n\s*\n/)
			.map((b) => b.trim())
			.filter(Boolean);
		expect(blocks).toHaveLength(3);
		expect(paragraphs.map((p) => textOf(tokensOf(p)))).toEqual(blocks);
	});

	it('keeps inner apostrophes and hyphens inside a word', () => {
		const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
		expect(words).toEqual(expect.arrayContaining(['Russia’s', 'don’t', 'anti-Russian']));
		expect(tokenize("Russia's anti-Russian-ish stance").tokens.map((t) => t.text)).toEqual([
			"Russia's",
			'anti-Russian-ish',
			'stance'
		]);
	});

	it('makes each punctuation mark a token of its own', () => {
		const { tokens: marks } = tokenize('(the negotiations) —“now!”');
		expect(marks.map((t) => [t.text, t.kind])).toEqual([
			['(', 'punct'],
			['the', 'word'],
			['negotiations', 'word'],
			[')', 'punct'],
			['—', 'punct'],
			['“', 'punct'],
			['now', 'word'],
			['!', 'punct'],
			['”', 'punct']
		]);
	});

	it('does not keep an apostrophe or hyphen that ends a word', () => {
		expect(tokenize('the Allies’ well- known').tokens.map((t) => t.text)).toEqual([
			'the',
			'Allies',
			'’',
			'well',
			'-',
			'known'
		]);
	});

	it('records the white space after each token, and none after a paragraph’s last', () => {
		const first = tokensOf(paragraphs[0]);
		expect(first.map((t) => t.after)).toEqual([' ', ' ', '', '', ' ', '']);
		const [firstSaid] = tokens.filter((t) => t.text === 'said');
		expect([firstSaid.after, tokens[firstSaid.i + 1].text, tokens[firstSaid.i + 1].after]).toEqual(['', '.', '  ']);
		// The blank lines between paragraphs belong to neither.
		expect(paragraphs.map((p) => tokensOf(p).at(-1)?.after)).toEqual(['', '', '']);
	});

	it('numbers tokens across the whole document, in order', () => {
		expect(tokens.map((t) => t.i)).toEqual(tokens.map((_, n) => n));
		expect(tokensOf(paragraphs[1])[0].i).toBe(tokensOf(paragraphs[0]).length);
		expect(paragraphs.flatMap(tokensOf)).toEqual(tokens);
	});

	it('gives each token its offset in the text', () => {
		expect(offsets).toHaveLength(tokens.length);
		for (const t of tokens) expect(sample.slice(offsets[t.i], offsets[t.i] + t.text.length)).toBe(t.text);
	});

	it('gives the same indices every time, so stored answers stay valid', () => {
		expect(tokenize(sample)).toEqual(tokenize(sample));
	});

	it('counts tokens as tokenize makes them', () => {
		expect(countTokens(sample)).toBe(tokens.length);
		expect(countTokens('')).toBe(0);
	});

	it('makes nothing of empty or blank text', () => {
		expect(tokenize('')).toEqual({ paragraphs: [], tokens: [], offsets: [] });
		expect(tokenize(' \n\n \t\n').paragraphs).toEqual([]);
	});
});

describe('headings', () => {
	const heading = (text: string) => tokenize(text).paragraphs.map((p) => p.heading);

	it('takes a short line without closing punctuation for a heading', () => {
		expect(heading('Putin wants “immediate” security guarantees\n\nHe spoke.')).toEqual([true, false]);
		expect(heading('Source link -68')).toEqual([true]);
	});

	it('does not take a paragraph ending a sentence for a heading, even inside quote marks', () => {
		expect(heading('He left.')).toEqual([false]);
		expect(heading('Why now?')).toEqual([false]);
		expect(heading('“Go!”')).toEqual([false]);
		expect(heading('He said: “We live in different worlds.”')).toEqual([false]);
	});

	it('does not take a long line for a heading', () => {
		const words = (n: number) => Array.from({ length: n }, (_, k) => `word${k}`).join(' ');
		expect(heading(words(16))).toEqual([true]);
		expect(heading(words(17))).toEqual([false]);
	});
});

describe('sentences', () => {
	const sentences = (text: string) => tokenize(text).paragraphs.map(sentencesOf);

	it('splits after a full stop, question mark or exclamation mark followed by space', () => {
		const [second] = sentences(sample).slice(1);
		expect(second).toEqual([
			'Russia’s next actions depend on the West, he said.',
			'It is you who must give us\nguarantees!',
			'And “don’t bog down (the negotiations) for decades.”',
			'Putin said.'
		]);
	});

	it('keeps a closing quote with the sentence it closes', () => {
		expect(sentences('“No.” He left. ‘Why?’ she asked.')).toEqual([['“No.”', 'He left.', '‘Why?’', 'she asked.']]);
	});

	it('does not split where no space follows the full stop: “R.At” is R, full stop, At', () => {
		const { paragraphs } = tokenize('R.At his annual press conference, Putin spoke. Then he left.');
		const first = paragraphs[0].sentences[0].tokens;
		expect(first.slice(0, 3).map((t) => [t.text, t.kind, t.after])).toEqual([
			['R', 'word', ''],
			['.', 'punct', ''],
			['At', 'word', ' ']
		]);
		expect(sentencesOf(paragraphs[0])).toEqual(['R.At his annual press conference, Putin spoke.', 'Then he left.']);
	});

	it('numbers sentences within their paragraph', () => {
		const { paragraphs } = tokenize('One. Two.\n\nThree. Four. Five.');
		expect(paragraphs.map((p) => p.sentences.map((s) => s.index))).toEqual([
			[0, 1],
			[0, 1, 2]
		]);
	});
});
