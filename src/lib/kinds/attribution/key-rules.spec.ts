import { describe, expect, it } from 'vitest';
import {
	compileHeraldWith,
	heraldDocument,
	heraldItemKey,
	heraldKeyFile,
	problemsWith,
	type HeraldItemKey
} from './fixtures';

/*
 * What the compile step refuses in an attribution key, each problem naming the
 * key file and the item, as for every kind.
 */

const where = (id: string) => `${heraldKeyFile}: item ${id} (attribution)`;

describe('the compile step', () => {
	it('compiles the herald fixture, a statement of each mode', () => {
		expect(problemsWith('detour', () => {})).toEqual([]);
	});

	it('holds an unnamed or vague source, and only it, to the speaker "unnamed"', () => {
		const rule = `${where('detour')}: an unnamed or vague source has speaker "unnamed", and only it does`;
		expect(problemsWith('detour', (item) => (item.speaker = 'ministry'))).toEqual([rule]);
		expect(problemsWith('detour', (item) => (item.mode = 'paraphrase'))).toEqual([rule]);
	});

	it('still holds the reporter’s own claim to the speaker "reporter"', () => {
		expect(
			problemsWith('cars', (item) => {
				item.speaker = 'unnamed';
			})
		).toEqual([
			`${where('cars')}: the reporter’s own claim has speaker "reporter", and only it does`,
			`${where('cars')}: an unnamed or vague source has speaker "unnamed", and only it does`
		]);
	});

	it('refuses an answer that is not among the choices, and says how to fix it', () => {
		expect(problemsWith('rusting', (item) => (item.choices = ['ruiz']))).toEqual([
			`${where('rusting')}: the answer "ministry" is not offered: add it to the choices`
		]);
	});

	it('refuses choices that are missing, repeated, unknown or offered anyway', () => {
		expect(problemsWith('rusting', (item) => delete item.choices)).toEqual([
			`${where('rusting')}: "choices" is missing: list the speakers a reader could take for the source`,
			`${where('rusting')}: the answer "ministry" is not offered: add it to the choices`
		]);
		expect(problemsWith('rusting', (item) => (item.choices = ['ministry', 'ministry']))).toEqual([
			`${where('rusting')}: a speaker is among the choices twice`
		]);
		expect(problemsWith('rusting', (item) => (item.choices = ['ministry', 'blogger']))).toEqual([
			`${where('rusting')}: unknown speaker "blogger"`
		]);
		expect(problemsWith('rusting', (item) => (item.choices = ['ministry', 'reporter']))).toEqual([
			`${where('rusting')}: "reporter" is offered on every item; leave it out of the choices`
		]);
	});

	it('names an unknown speaker once, not also as one not offered', () => {
		expect(problemsWith('rusting', (item) => (item.speaker = 'blogger'))).toEqual([
			`${where('rusting')}: unknown speaker "blogger"`
		]);
	});

	it('wants quotation marks in a partial quote’s statement', () => {
		expect(problemsWith('rusting', (item) => (item.mode = 'partial-quote'))).toEqual([
			`${where('rusting')}: a partial quote has quotation marks in its statement; this one has none`
		]);
	});

	it('refuses a partial quote whose statement is one quotation, marks and all', () => {
		expect(problemsWith('not-safe', (item) => (item.mode = 'partial-quote'))).toEqual([
			`${where('not-safe')}: the whole statement is inside quotation marks: that is a direct quote, not a partial quote`
		]);
	});

	it('takes scrambled, doubled or missing quotation marks in a partial quote as they come', () => {
		const year = heraldItemKey('a-year');
		const variants = [
			['“at least a year“', 'the repairs would take “at least a year“'],
			['”at least a year”', 'the repairs would take ”at least a year”'],
			['“at least a year', 'the repairs would take “at least a year'],
			['“at least” “a year”', 'the repairs would take “at least” “a year”'],
			['"at least a year"', 'the repairs would take "at least a year"']
		];
		for (const [marked, statement] of variants) {
			const document = heraldDocument.replace('“at least a year”', marked);
			const result = compileHeraldWith(document, [{ ...year, statement: { source: 'herald', quote: statement } }]);
			expect(result.ok ? [] : result.problems, statement).toEqual([]);
		}
	});

	it('takes a partial quote that starts or ends with quoted words', () => {
		const year = heraldItemKey('a-year');
		const document = heraldDocument.replace(
			'She said the repairs would take “at least a year”.',
			'“At least a year” is how long the repairs will take, she said.'
		);
		const statement = '“At least a year” is how long the repairs will take';
		const moved: HeraldItemKey = { ...year, statement: { source: 'herald', quote: statement } };
		const result = compileHeraldWith(document, [{ ...moved, evidence: [{ source: 'herald', quote: 'she said' }] }]);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});
});
