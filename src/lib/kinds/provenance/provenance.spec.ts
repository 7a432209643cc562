import { describe, expect, it } from 'vitest';
import { compileModule } from '$lib/modules/compile';
import { defineModule } from '$lib/modules/module';
import type { Names, ScoredAnswer } from '../kind';
import { fixtureProse, formData } from '../fixtures';
import { provenance, type ProvenanceResponse } from './provenance';
import { inQuotes, type ObservationKey, type ProvenanceItem } from './types';

/*
 * Two short invented documents: a "translated copy" with invented signs of
 * translation and copying, and a plain report. Nothing here is quoted from a
 * real article.
 */
const copyDocument = `---
title: Mayor opens bridge
outlet: unknown
origin: Written for the unit tests.
language: English
---
Mayor opens bridge

The mayor has advanced that the bridge opens on Monday, the engineer said, who it built.

“It is a good day (for the town),” she said.

Source link -7
`;

const plainDocument = `---
title: Bridge opens
outlet: Test Post
origin: Written for the unit tests.
language: English
---
Bridge opens

The new bridge opened on Monday, according to the council.
`;

const observations = (): [ObservationKey<'copy' | 'plain'>, ...ObservationKey<'copy' | 'plain'>[]] => [
	{
		id: 'advanced',
		at: { source: 'copy', quote: 'has advanced that' },
		category: 'translation',
		explanation: 'Advanced for announced.'
	},
	{
		id: 'who-it-built',
		at: { source: 'copy', quote: 'who it built' },
		category: 'translation',
		explanation: 'The word order of another language.'
	},
	{
		id: 'footer',
		at: { source: 'copy', quote: 'Source link -7' },
		category: 'republication',
		explanation: 'A copying site’s footer.'
	},
	{
		id: 'brackets',
		at: { source: 'copy', quote: '(for the town)' },
		category: 'ordinary',
		explanation: 'A reporter’s words in brackets.'
	}
];

function compile(items = observations()) {
	const key = defineModule({
		title: 'Provenance fixture',
		summary: 'Two invented reports.',
		minutes: 2,
		sources: ['copy', 'plain'],
		speakers: { mayor: { name: 'The mayor', description: 'Mayor of the town' } },
		items: [
			{
				kind: 'provenance',
				id: 'bridge',
				prompt: 'How did this report reach you?',
				observations: items,
				explanation: 'Translated, then copied.'
			}
		]
	});
	return compileModule({
		id: 'provenance-fixture',
		key,
		documents: { copy: copyDocument, plain: plainDocument },
		prose: { ...fixtureProse }
	});
}

function compiledItem(): ProvenanceItem {
	const result = compile();
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.module.items[0] as ProvenanceItem;
}

const item = compiledItem();
const names: Names = { speaker: (id) => id, report: (id) => id };

const right: ProvenanceResponse = {
	choices: { advanced: 'translation', 'who-it-built': 'translation', footer: 'republication', brackets: 'ordinary' }
};

describe('provenance.resolve', () => {
	it('resolves every observation to the quoted text', () => {
		expect(item.observations.map((o) => [o.id, o.span.source, o.span.text, o.category])).toEqual([
			['advanced', 'copy', 'has advanced that', 'translation'],
			['who-it-built', 'copy', 'who it built', 'translation'],
			['footer', 'copy', 'Source link -7', 'republication'],
			['brackets', 'copy', '(for the town)', 'ordinary']
		]);
	});

	const problemsOf = (items: ReturnType<typeof observations>) => {
		const result = compile(items);
		return result.ok ? [] : result.problems;
	};

	it('reports a quote that is not in the document', () => {
		const items = observations();
		items[0] = { ...items[0], at: { source: 'copy', quote: 'has announced that' } };
		expect(problemsOf(items).join('\n')).toMatch(/observation advanced/);
	});

	it('reports a duplicate observation id and a bad one', () => {
		const items = observations();
		items[1] = { ...items[1], id: 'advanced' };
		items[2] = { ...items[2], id: 'Footer!' };
		const problems = problemsOf(items).join('\n');
		expect(problems).toMatch(/observation advanced: duplicate observation id/);
		expect(problems).toMatch(/observation Footer!: id must be/);
	});

	it('reports an unknown category (a key loaded without its types) and an empty explanation', () => {
		const items = observations();
		items[0] = { ...items[0], category: 'gossip' as never };
		items[1] = { ...items[1], explanation: '  ' };
		const problems = problemsOf(items).join('\n');
		expect(problems).toMatch(/observation advanced: unknown category "gossip"/);
		expect(problems).toMatch(/observation who-it-built: explanation is empty/);
	});

	it('wants at least two categories, one of them ordinary text', () => {
		const allTranslation = observations().map((o) => ({ ...o, category: 'translation' as const }));
		expect(problemsOf(allTranslation as ReturnType<typeof observations>).join('\n')).toMatch(
			/at least two different categories/
		);
		const noOrdinary = observations().map((o) =>
			o.category === 'ordinary' ? { ...o, category: 'translation' as const } : o
		);
		expect(problemsOf(noOrdinary as ReturnType<typeof observations>).join('\n')).toMatch(/must be ordinary text/);
	});

	it('wants three to six observations', () => {
		const two = observations().slice(2) as ReturnType<typeof observations>;
		expect(problemsOf(two).join('\n')).toMatch(/has 2 observations; give between 3 and 6/);
		const seven = [
			...observations(),
			{ id: 'a', at: { source: 'plain', quote: 'The new bridge' }, category: 'ordinary', explanation: 'x' },
			{ id: 'b', at: { source: 'plain', quote: 'opened on Monday' }, category: 'ordinary', explanation: 'x' },
			{ id: 'c', at: { source: 'plain', quote: 'according to the council' }, category: 'ordinary', explanation: 'x' }
		] as ReturnType<typeof observations>;
		expect(problemsOf(seven).join('\n')).toMatch(/has 7 observations/);
	});

	it('reports observations that overlap', () => {
		const items = observations();
		items[1] = { ...items[1], at: { source: 'copy', quote: 'advanced that the bridge' } };
		expect(problemsOf(items).join('\n')).toMatch(/observations advanced and who-it-built overlap/);
	});
});

describe('provenance.publicView', () => {
	it('shows where each observation is and the options, and nothing of the key', () => {
		const view = provenance.publicView(item);
		expect(view.observations).toEqual(item.observations.map((o) => ({ id: o.id, span: o.span })));
		expect(view.options.map((o) => o.id)).toEqual(['translation', 'republication', 'ordinary']);
		const json = JSON.stringify(view);
		expect(json).not.toMatch(/"category"|explanation/);
		for (const o of item.observations) expect(json).not.toContain(o.explanation);
		expect(json).not.toContain(item.explanation);
	});

	it('highlights the passages neutrally before answering, as evidence after', () => {
		const before = provenance.highlights(item, false);
		expect(before.map((h) => [h.role, h.label])).toEqual([
			['statement', 'Passage 1'],
			['statement', 'Passage 2'],
			['statement', 'Passage 3'],
			['statement', 'Passage 4']
		]);
		expect(JSON.stringify(before)).not.toMatch(/translation|re-publication|unusual/);
		const after = provenance.highlights(item, true);
		expect(after.map((h) => h.role)).toEqual(['evidence', 'evidence', 'evidence', 'evidence']);
		expect(after[2].label).toBe('Passage 3: re-publication');
	});
});

describe('provenance.grade', () => {
	const grade = (given: unknown) => provenance.grade(item, given);

	it('gives one point per observation right; the max is the number of observations', () => {
		expect(grade(right)).toEqual({
			score: 4,
			max: 4,
			valid: true,
			detail: [
				{ id: 'advanced', given: 'translation', correct: true },
				{ id: 'who-it-built', given: 'translation', correct: true },
				{ id: 'footer', given: 'republication', correct: true },
				{ id: 'brackets', given: 'ordinary', correct: true }
			]
		});
		expect(provenance.maxScore(item)).toBe(4);
	});

	it('counts each observation on its own', () => {
		const answer = { choices: { ...right.choices, footer: 'translation', brackets: 'republication' } };
		const result = grade(answer);
		expect(result.score).toBe(2);
		expect(result.detail.map((d) => d.correct)).toEqual([true, true, false, false]);
	});

	it('scores an observation left open as wrong, and ignores answers to observations that do not exist', () => {
		const result = grade({ choices: { advanced: 'translation', 'not-here': 'ordinary' } });
		expect(result).toMatchObject({ score: 1, max: 4, valid: true });
		expect(result.detail[1]).toEqual({ id: 'who-it-built', given: null, correct: false });
	});

	it.each([
		['null', null],
		['a string', 'translation'],
		['choices an array', { choices: ['translation'] }],
		['an unknown category', { choices: { ...right.choices, advanced: 'gossip' } }],
		['a category of another case', { choices: { ...right.choices, advanced: 'Translation' } }],
		['a choice posted twice', { choices: { ...right.choices, advanced: ['translation', 'translation'] } }],
		['more answers than any item has', { choices: { ...right.choices, a: 'ordinary', b: 'ordinary', c: 'ordinary' } }]
	])('gives 0 to a malformed response (%s), marked invalid', (_, given) => {
		expect(grade(given)).toMatchObject({ score: 0, max: 4, valid: false });
	});

	it('does not read inherited keys as answers', () => {
		const inherited = Object.create({ advanced: 'translation' }) as object;
		expect(grade({ choices: inherited }).score).toBe(0);
		expect(grade({ choices: { toString: 'ordinary' } }).detail.every((d) => !d.correct)).toBe(true);
	});
});

describe('provenance.fits', () => {
	const view = provenance.publicView(item);

	it('accepts an answer for every observation', () => {
		expect(provenance.fits(view, right)).toBeNull();
	});

	it('asks for the observations left open', () => {
		expect(provenance.fits(view, { choices: { advanced: 'translation' } })).toBe(
			'Choose an answer for every quoted passage: 3 of 4 still open.'
		);
	});

	it('refuses answers to observations that are not offered', () => {
		expect(provenance.fits(view, { choices: { ...right.choices, forged: 'ordinary' } })).toBe(
			'Answer only the passages offered.'
		);
	});
});

describe('provenance forms', () => {
	it('reads the radios of each observation', () => {
		const form = formData([
			['choice-advanced', 'translation'],
			['choice-footer', 'republication'],
			['unrelated', 'x']
		]);
		expect(provenance.fromForm(form)).toEqual({ choices: { advanced: 'translation', footer: 'republication' } });
	});

	it('keeps a field posted twice as both values, so that the schema refuses it', () => {
		const form = formData([
			['choice-advanced', 'translation'],
			['choice-advanced', 'ordinary']
		]);
		expect(provenance.fromForm(form)).toEqual({ choices: { advanced: ['translation', 'ordinary'] } });
		expect(provenance.grade(item, provenance.fromForm(form)).valid).toBe(false);
	});

	it('gives back what toForm posted, for every sample', () => {
		for (const variant of ['right', 'wrong', 'partial', 'random'] as const) {
			const response = provenance.sample(item, variant, () => 0.7);
			expect(provenance.fromForm(formData(provenance.toForm(response)))).toStrictEqual(response);
		}
	});
});

describe('provenance.sample', () => {
	const scoreOf = (variant: 'right' | 'wrong' | 'partial' | 'random', random = Math.random) =>
		provenance.grade(item, provenance.sample(item, variant, random));

	it('scores right full, wrong nothing, partial strictly between', () => {
		expect(scoreOf('right').score).toBe(4);
		expect(scoreOf('wrong').score).toBe(0);
		const partial = scoreOf('partial').score;
		expect(partial).toBeGreaterThan(0);
		expect(partial).toBeLessThan(4);
	});

	it('draws random answers from the random function, always valid and complete', () => {
		const low = provenance.sample(item, 'random', () => 0);
		const high = provenance.sample(item, 'random', () => 0.999);
		expect(Object.values(low.choices)).toEqual(['translation', 'translation', 'translation', 'translation']);
		expect(Object.values(high.choices)).toEqual(['ordinary', 'ordinary', 'ordinary', 'ordinary']);
		for (let n = 0; n < 20; n++) {
			const result = scoreOf('random');
			expect(result.valid).toBe(true);
			expect(provenance.fits(provenance.publicView(item), provenance.sample(item, 'random', Math.random))).toBeNull();
		}
	});
});

describe('provenance for teachers', () => {
	it('summarises an answer in one line, in the observations’ order', () => {
		expect(provenance.summarise(item, { choices: { footer: 'republication', advanced: 'translation' } }, names)).toBe(
			'“has advanced that”: translation; “who it built”: no answer; “Source link -7”: re-publication; “(for the town)”: no answer'
		);
		expect(provenance.summarise(item, right, names)).toContain('“(for the town)”: nothing unusual');
	});

	it('summarises a stored value of another shape as empty', () => {
		expect(provenance.summarise(item, { speaker: 'mayor', mode: 'paraphrase' }, names)).toBe('');
		expect(provenance.summarise(item, null, names)).toBe('');
	});

	it('clips a long quote', () => {
		const long: ProvenanceItem = {
			...item,
			observations: [{ ...item.observations[0], span: { ...item.observations[0].span, text: 'x'.repeat(60) } }]
		};
		expect(provenance.summarise(long, right, names)).toBe(`“${'x'.repeat(39)}…”: translation`);
	});

	it('does not quote a quote that brings its own marks twice', () => {
		const quoted: ProvenanceItem = {
			...item,
			observations: [{ ...item.observations[0], span: { ...item.observations[0].span, text: '“Elm Street”' } }]
		};
		expect(provenance.summarise(quoted, right, names)).toBe('“Elm Street”: translation');
	});

	it('classifies a class’s answers: counts per option, the key marked, how many right; odd answers skipped', () => {
		const answers: ScoredAnswer[] = [
			{ answer: right, score: 4, max: 4 },
			{ answer: { choices: { ...right.choices, footer: 'translation' } }, score: 3, max: 4 },
			{ answer: { choices: { advanced: 'ordinary' } }, score: 0, max: 4 },
			{ answer: { marks: [1, 2] }, score: 0, max: 4 },
			{ answer: 'nonsense', score: 0, max: 4 }
		];
		const data = provenance.classify(item, answers, names);
		expect(data.observations.map((o) => [o.id, o.key, o.right])).toEqual([
			['advanced', 'translation', 2],
			['who-it-built', 'translation', 2],
			['footer', 'republication', 1],
			['brackets', 'ordinary', 2]
		]);
		expect(data.observations[2].choices).toEqual([
			{ id: 'translation', label: 'A sign of translation', count: 1, key: false },
			{ id: 'republication', label: 'A sign of re-publication', count: 1, key: true },
			{ id: 'ordinary', label: 'Nothing unusual', count: 0, key: false }
		]);
		expect(data.observations[0].choices.map((c) => c.count)).toEqual([2, 0, 1]);
	});

	it('classifies no answers as zero counts', () => {
		const data = provenance.classify(item, [], names);
		expect(data.observations.every((o) => o.right === 0 && o.choices.every((c) => c.count === 0))).toBe(true);
	});

	it('gives the key in its solution, with the spans as evidence', () => {
		const solution = provenance.solution(item);
		expect(solution.observations.map((o) => o.category)).toEqual([
			'translation',
			'translation',
			'republication',
			'ordinary'
		]);
		expect(solution.evidence).toEqual(item.observations.map((o) => o.span));
		expect(solution.explanation).toBe('Translated, then copied.');
	});
});

describe('inQuotes', () => {
	it('puts a passage in quotation marks once', () => {
		expect(inQuotes('Source link -7')).toBe('“Source link -7”');
		expect(inQuotes('“People’s Republics”')).toBe('“People’s Republics”');
		expect(inQuotes('“It is a good day (for the town),” she said')).toBe(
			'““It is a good day (for the town),” she said”'
		);
	});
});
