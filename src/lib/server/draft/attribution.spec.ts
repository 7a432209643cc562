import { describe, expect, it } from 'vitest';
import { readAll } from './draft';
import { all } from './fixtures';

const [a, b, bakery] = readAll(all);
const find = (r: (typeof a)['attributions'], words: string) => r.find((x) => x.statement.text.includes(words));

describe('speakers', () => {
	it('are people by full name, with their titles, and organisations by their head word or as acronyms', () => {
		const ids = a.cast.speakers.map((s) => [s.id, s.name, s.type]);
		expect(ids).toContainEqual(['brennan', 'Ada Brennan', 'person']);
		expect(ids).toContainEqual(['okafor', 'Tom Okafor', 'person']);
		expect(ids).toContainEqual(['harbourCouncil', 'The Harbour Council', 'organisation']);
		expect(a.cast.speakers.find((s) => s.id === 'brennan')?.descriptions).toContain('Mayor');
		expect(readAll([{ id: 'x', raw: 'NATO said it would meet.' }])[0].cast.speakers.map((s) => s.id)).toEqual(['nato']);
	});

	it('are not places after an article ("the Gull Island ferry")', () => {
		expect(readAll([{ id: 'x', raw: 'He took the Gull Island ferry.' }])[0].cast.speakers).toEqual([]);
	});
});

describe('attributions', () => {
	it('give a quote to the pronoun before its cue, resolved to the person named last', () => {
		const x = find(a.attributions, 'We cannot pay');
		expect(x).toMatchObject({ speaker: 'brennan', mode: 'direct-quote' });
		expect(x?.statement.text).toBe('“We cannot pay for a boat that sails half empty,”');
		expect(x?.cue?.text).toBe('she said');
	});

	it('give a quote that runs over two paragraphs to the cue after it, by surname', () => {
		const x = find(a.attributions, 'The islanders will have');
		expect(x).toMatchObject({ speaker: 'brennan', mode: 'direct-quote' });
		expect(x?.cue?.text).toBe('Brennan added');
	});

	it('give an organisation its reported speech ("X said that …") as a paraphrase', () => {
		const x = find(a.attributions, 'the ferry to Gull Island would stop');
		expect(x).toMatchObject({ speaker: 'harbourCouncil', mode: 'paraphrase' });
		expect(x?.statement.text).toBe('the ferry to Gull Island would stop running in March');
	});

	it('read "according to X" and find X by a role noun', () => {
		const x = find(a.attributions, 'lost money every month');
		expect(x).toMatchObject({ speaker: 'harbourCouncil', mode: 'paraphrase' });
		expect(x?.cue?.text).toBe('According to the council');
	});

	it('give a closing cue ("…, the council said") the clause before it', () => {
		const x = find(b.attributions, 'lost money');
		expect(x?.statement.text).toBe('The ferry lost money every month last year');
		expect(x?.cue?.text).toBe('the council said');
	});

	it('give vague sources to "unnamed"', () => {
		expect(find(b.attributions, 'figures leave out')).toMatchObject({ speaker: 'unnamed', mode: 'unnamed-source' });
	});

	it('give a quote holding a nested quote to the outer speaker', () => {
		expect(find(a.attributions, 'She said, ‘the ferry')).toMatchObject({ speaker: 'okafor', mode: 'direct-quote' });
	});

	it('take a heading without quotes or cues as the reporter’s own claim, and not one with scare quotes', () => {
		expect(find(b.attributions, 'Gull Island ferry to stop')).toMatchObject({
			speaker: 'reporter',
			mode: 'reporter-claim'
		});
		expect(find(a.attributions, 'Council to “pause”')).toBeUndefined();
	});

	it('give impersonal sayings ("it is feared that", "one has the impression that") to an unnamed source', () => {
		const [x] = readAll([
			{
				id: 'x',
				raw: 'It is feared that the ferry will never return. One has the impression that the council gave up early.'
			}
		]);
		expect(x.attributions.map((y) => [y.statement.text, y.speaker, y.mode, y.cue?.text])).toEqual([
			['the ferry will never return', 'unnamed', 'unnamed-source', 'It is feared'],
			['the council gave up early', 'unnamed', 'unnamed-source', 'One has the impression']
		]);
	});

	it('give a heading that is all one short quotation to the speaker the report goes on to quote', () => {
		const [x] = readAll([
			{
				id: 'x',
				raw: '“Not again”\n\nThe islanders are tired. “We need the boat,” Tom Okafor said on Monday.'
			}
		]);
		expect(x.attributions.find((y) => y.statement.text === '“Not again”')).toMatchObject({
			speaker: 'okafor',
			mode: 'direct-quote'
		});
	});

	it('skip text the front matter marks as not part of the article', () => {
		expect(find(a.attributions, 'Read more')).toBeUndefined();
	});

	it('survive broken quote marks: the spokesperson’s quote is hers', () => {
		const x = find(bakery.attributions, 'We will strike');
		expect(x).toMatchObject({ speaker: 'ruiz', mode: 'direct-quote' });
		expect(find(bakery.attributions, 'unfair to the night shift')?.speaker).toBe('union');
	});
});
