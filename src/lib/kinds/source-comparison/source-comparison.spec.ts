import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileModule } from '$lib/modules/compile';
import type { Names, ScoredAnswer } from '../kind';
import { sourceComparison as kind } from './source-comparison';
import { optionLabel, optionsFor } from './options';
import type { SourceComparisonItem, SourceComparisonKey } from './types';
import {
	comparisonExplanations,
	explanations,
	comparisonFixtureFiles,
	formData,
	sourceComparisonItem as item,
	sourceComparisonResponses as responses
} from '../fixtures';

const names: Names = {
	speaker: (id) => id,
	report: (id) => ({ wire: 'Report A', daily: 'Report B' })[id] ?? id
};

/** The fixture module with its comparison item changed by `edit`; the problems the compiler reports. */
function problemsWith(edit: (key: SourceComparisonKey<string, string>) => void): string[] {
	const files = comparisonFixtureFiles();
	const key = files.key.items.find((i) => i.kind === 'source-comparison') as SourceComparisonKey<string, string>;
	edit(key);
	const result = compileModule(files);
	return result.ok ? [] : result.problems;
}

describe('source-comparison options', () => {
	it('offers, for two reports, each alone, both, and neither, in words that name the reports', () => {
		const options = optionsFor(['wire', 'daily']);
		expect(options.map((o) => o.value)).toEqual(['wire', 'daily', 'wire+daily', 'none']);
		expect(options.map((o) => optionLabel(o.ids, ['wire', 'daily'], names.report))).toEqual([
			'only Report A',
			'only Report B',
			'both reports',
			'neither report'
		]);
	});

	it('offers, for three reports, every set of them, fewest first, and says them for three', () => {
		const sources = ['a', 'b', 'c'];
		const options = optionsFor(sources);
		expect(options.map((o) => o.value)).toEqual(['a', 'b', 'c', 'a+b', 'a+c', 'b+c', 'a+b+c', 'none']);
		const say = (ids: string[]) => optionLabel(ids, sources, (id) => `Report ${id.toUpperCase()}`);
		expect(say(['a', 'c'])).toBe('only Report A and Report C');
		expect(say(sources)).toBe('all three reports');
		expect(say([])).toBe('none of the reports');
	});
});

describe('source-comparison.resolve', () => {
	it('resolves every statement’s evidence in the reports that carry it, in reading order', () => {
		expect(item.sources).toEqual(['wire', 'daily']);
		expect(item.statements.map((s) => [s.id, s.in, s.evidence.map((e) => [e.source, e.text])])).toEqual([
			[
				'nato-answers',
				['wire', 'daily'],
				[
					['wire', 'NATO rejected the claim'],
					['daily', 'NATO denies']
				]
			],
			['offensive', ['wire'], [['wire', 'is plotting a bloody, senseless offensive against Donbas, he claimed']]],
			['talks', ['daily'], [['daily', 'Talks to begin in January']]],
			['sanctions', [], []]
		]);
	});

	it('keeps `in` in the module’s reading order whatever order the author wrote', () => {
		const files = comparisonFixtureFiles();
		const key = files.key.items.find((i) => i.kind === 'source-comparison') as SourceComparisonKey<string, string>;
		key.statements[0].in = ['daily', 'wire'];
		const result = compileModule(files);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const resolved = result.module.items.find((i) => i.kind === 'source-comparison') as SourceComparisonItem;
		expect(resolved.statements[0].in).toEqual(['wire', 'daily']);
	});

	it('reports a quote that is not in the report it claims', () => {
		const problems = problemsWith((key) => {
			// In the daily, not in the wire.
			key.statements[0].evidence[0] = { source: 'wire', quote: 'NATO denies' };
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('statement nato-answers, evidence 1');
	});

	it('reports a report in `in` with no evidence from it', () => {
		const problems = problemsWith((key) => {
			key.statements[1].in = ['wire', 'daily'];
		});
		expect(problems).toEqual([
			expect.stringContaining('statement offensive: it is in "daily" but no evidence is quoted from it')
		]);
	});

	it('reports evidence from a report that is not in `in`', () => {
		const problems = problemsWith((key) => {
			key.statements[3].evidence = [{ source: 'daily', quote: 'NATO denies' }];
		});
		expect(problems).toEqual([
			expect.stringContaining('statement sanctions: evidence from "daily", which is not in "in"')
		]);
	});

	it('reports an unknown or repeated report in `in`', () => {
		expect(problemsWith((key) => void (key.statements[2].in = ['daily', 'tass']))).toEqual([
			expect.stringContaining('statement talks: unknown report "tass" in "in"')
		]);
		expect(problemsWith((key) => void (key.statements[2].in = ['daily', 'daily']))).toEqual([
			expect.stringContaining('statement talks: a report is listed twice in "in"')
		]);
	});

	it('reports empty text or explanation, and duplicate or malformed statement ids', () => {
		expect(problemsWith((key) => void (key.statements[0].text = ' '))).toEqual([
			expect.stringContaining('statement nato-answers: "text" is empty')
		]);
		expect(problemsWith((key) => void (key.statements[0].explanation = ''))).toEqual([
			expect.stringContaining('statement nato-answers: "explanation" is empty')
		]);
		expect(problemsWith((key) => void (key.statements[1].id = 'nato-answers'))).toEqual([
			expect.stringContaining('statement nato-answers: duplicate statement id')
		]);
		expect(problemsWith((key) => void (key.statements[1].id = 'Offensive!'))).toEqual([
			expect.stringContaining('id must be a lower-case letter, then')
		]);
	});

	it('wants two to five statements', () => {
		expect(problemsWith((key) => void (key.statements = [key.statements[0]]))).toEqual([
			expect.stringContaining('has 1 statements; give 2 to 5')
		]);
		const six = (key: SourceComparisonKey<string, string>) => {
			const [first, ...rest] = key.statements;
			key.statements = [first, ...rest, ...[4, 5].map((n) => ({ ...key.statements[3], id: `none-${n}` }))];
		};
		expect(problemsWith(six)).toEqual([expect.stringContaining('has 6 statements; give 2 to 5')]);
	});

	it('needs two or three reports', () => {
		const files = comparisonFixtureFiles();
		files.key.sources = ['wire'] as never;
		delete (files.documents as Record<string, string>).daily;
		// Evidence from daily now names an unknown source; the count is reported too.
		const result = compileModule(files);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join('\n')).toContain('compares 2 or 3 reports; the module has 1');
	});
});

describe('source-comparison.grade', () => {
	const grade = (given: unknown) => kind.grade(item, given);

	it('gives one point per statement answered exactly right', () => {
		expect(grade(responses.perfect)).toEqual({
			score: 4,
			max: 4,
			valid: true,
			detail: [
				{ id: 'nato-answers', given: 'wire+daily', correct: true },
				{ id: 'offensive', given: 'wire', correct: true },
				{ id: 'talks', given: 'daily', correct: true },
				{ id: 'sanctions', given: 'none', correct: true }
			]
		});
	});

	it('counts "only one of them" as wrong where both carry it, and "both" as wrong where only one does', () => {
		const result = grade({
			choices: { ...responses.perfect.choices, 'nato-answers': 'wire', offensive: 'wire+daily' }
		});
		expect(result.score).toBe(2);
		expect(result.detail.map((d) => d.correct)).toEqual([false, false, true, true]);
	});

	it('scores a partial answer between 0 and max, and says which statements were right', () => {
		const result = grade(responses.partial);
		expect(result).toMatchObject({ score: 2, max: 4, valid: true });
		expect(result.detail.map((d) => d.correct)).toEqual([true, false, false, true]);
	});

	it('scores every statement wrong 0', () => {
		expect(grade(responses.allWrong)).toMatchObject({ score: 0, max: 4, valid: true });
	});

	it('counts an unanswered statement wrong: "neither" must be chosen, not left blank', () => {
		const { sanctions: _, ...rest } = responses.perfect.choices;
		const result = grade({ choices: rest });
		expect(result.score).toBe(3);
		expect(result.detail[3]).toEqual({ id: 'sanctions', given: null, correct: false });
		expect(grade(responses.empty)).toMatchObject({ score: 0, max: 4, valid: true });
	});

	it('ignores statements the item does not have and options it does not offer', () => {
		const result = grade({ choices: { ...responses.perfect.choices, offensive: 'tass', extra: 'wire' } });
		expect(result.score).toBe(3);
		expect(result.detail[1]).toEqual({ id: 'offensive', given: 'tass', correct: false });
	});

	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		expect(() => grade(given)).not.toThrow();
		expect(grade(given)).toEqual({
			score: 0,
			max: 4,
			valid: false,
			detail: item.statements.map((s) => ({ id: s.id, given: null, correct: false }))
		});
	});

	it('lets no right answer through inside an over-long response', () => {
		const extra = Object.fromEntries(Array.from({ length: 17 }, (_, n) => [`s${n}`, 'none']));
		expect(grade({ choices: { ...responses.perfect.choices, ...extra } })).toMatchObject({ score: 0, valid: false });
	});

	it('has the number of statements as its max', () => {
		expect(kind.maxScore(item)).toBe(4);
		expect(grade(undefined).max).toBe(4);
	});
});

describe('source-comparison response', () => {
	it('collects one choice per statement from the form’s radio groups, ignoring other fields', () => {
		const collected = kind.fromForm(
			formData([
				['statement-nato-answers', 'wire+daily'],
				['statement-offensive', 'wire'],
				['statement-talks', 'daily'],
				['statement-sanctions', 'none'],
				['intent', 'check']
			])
		);
		expect(v.parse(kind.response, collected)).toEqual(responses.perfect);
	});

	it('refuses two answers to one statement rather than picking one', () => {
		const collected = kind.fromForm(
			formData([
				['statement-talks', 'daily'],
				['statement-talks', 'wire']
			])
		);
		expect(v.safeParse(kind.response, collected).success).toBe(false);
	});

	it('refuses an uploaded file as a choice', () => {
		const data = new FormData();
		data.append('statement-talks', new Blob(['daily']), 'daily.txt');
		expect(v.safeParse(kind.response, kind.fromForm(data)).success).toBe(false);
	});

	it('fits only whole answers of the statements and options offered', () => {
		const view = kind.publicView(item);
		expect(kind.fits(view, responses.perfect)).toBeNull();
		expect(kind.fits(view, responses.allWrong)).toBeNull();
		expect(kind.fits(view, { choices: { ...responses.perfect.choices, talks: 'tass' } })).toBe(
			'Choose one answer for each statement.'
		);
		expect(kind.fits(view, { choices: { ...responses.perfect.choices, extra: 'none' } })).toBe(
			'Answer only the statements shown.'
		);
		expect(kind.fits(view, responses.empty)).toBe('Answer every statement.');
	});

	it.each(['right', 'wrong', 'partial', 'random'] as const)('gives back a %s sample from its form', (variant) => {
		let seed = 0.37;
		const random = () => (seed = (seed * 9301 + 0.49297) % 1);
		const sample = kind.sample(item, variant, random);
		expect(v.parse(kind.response, kind.fromForm(formData(kind.toForm(sample))))).toEqual(sample);
		expect(kind.fits(kind.publicView(item), sample)).toBeNull();
	});
});

describe('source-comparison.sample', () => {
	const random = () => 0.99;

	it('scores right at max, wrong at 0 and partial strictly between', () => {
		expect(kind.grade(item, kind.sample(item, 'right', random)).score).toBe(4);
		expect(kind.grade(item, kind.sample(item, 'wrong', random)).score).toBe(0);
		const partial = kind.grade(item, kind.sample(item, 'partial', random)).score;
		expect(partial).toBeGreaterThan(0);
		expect(partial).toBeLessThan(4);
	});

	it('uses the random function for a random sample', () => {
		const first = kind.sample(item, 'random', () => 0);
		const last = kind.sample(item, 'random', () => 0.999);
		expect(Object.values(first.choices)).toEqual(['wire', 'wire', 'wire', 'wire']);
		expect(Object.values(last.choices)).toEqual(['none', 'none', 'none', 'none']);
	});
});

describe('source-comparison.publicView', () => {
	const view = kind.publicView(item);
	const json = JSON.stringify(view);

	it('shows the statements and the reports the options are made of', () => {
		expect(view).toEqual({
			kind: 'source-comparison',
			id: 'which-report',
			prompt: 'Which report tells you this?',
			sources: ['wire', 'daily'],
			statements: [
				{ id: 'nato-answers', text: 'NATO answers Putin’s accusation.' },
				{ id: 'offensive', text: 'Putin says Kyiv is planning an offensive.' },
				{ id: 'talks', text: 'Talks are planned for January.' },
				{ id: 'sanctions', text: 'Putin threatens sanctions.' }
			]
		});
	});

	it('carries none of the key: no `in`, no evidence, no explanation', () => {
		for (const statement of view.statements) expect(Object.keys(statement).sort()).toEqual(['id', 'text']);
		expect(view).not.toHaveProperty('explanation');
		expect(json).not.toContain(explanations.sourceComparison);
		for (const text of Object.values(comparisonExplanations)) expect(json).not.toContain(text);
		for (const s of item.statements) for (const span of s.evidence) expect(json).not.toContain(span.text);
	});

	it('highlights nothing before the answer, and every statement’s evidence after', () => {
		expect(kind.highlights(item, false)).toEqual([]);
		const after = kind.highlights(item, true);
		expect(after.map((h) => [h.role, h.label, h.span.text])).toEqual([
			['evidence', 'Evidence for statement 1', 'NATO rejected the claim'],
			['evidence', 'Evidence for statement 1', 'NATO denies'],
			['evidence', 'Evidence for statement 2', 'is plotting a bloody, senseless offensive against Donbas, he claimed'],
			['evidence', 'Evidence for statement 3', 'Talks to begin in January']
		]);
	});
});

describe('source-comparison.solution', () => {
	it('gives each statement’s answer, evidence and explanation, and the item’s explanation', () => {
		const solution = kind.solution(item);
		expect(solution.statements.map((s) => [s.id, s.answer, s.explanation])).toEqual([
			['nato-answers', 'wire+daily', comparisonExplanations.natoAnswers],
			['offensive', 'wire', comparisonExplanations.offensive],
			['talks', 'daily', comparisonExplanations.talks],
			['sanctions', 'none', comparisonExplanations.sanctions]
		]);
		expect(solution.evidence).toEqual(item.statements.flatMap((s) => s.evidence));
		expect(solution.explanation).toBe(explanations.sourceComparison);
	});
});

describe('source-comparison for teachers', () => {
	it('summarises an answer per statement in words', () => {
		expect(kind.summarise(item, responses.perfect, names)).toBe(
			'1: both reports; 2: only Report A; 3: only Report B; 4: neither report'
		);
		expect(kind.summarise(item, { choices: { talks: 'none' } }, names)).toBe(
			'1: no answer; 2: no answer; 3: neither report; 4: no answer'
		);
	});

	it('summarises a stored value of another shape as nothing', () => {
		for (const odd of [null, 'wire', { speaker: 'putin', mode: 'paraphrase' }, { choices: [1] }]) {
			expect(kind.summarise(item, odd, names)).toBe('');
		}
	});

	it('classifies a class’s answers: counts per option and how many got each statement right', () => {
		const scored = (answer: unknown): ScoredAnswer => ({ answer, score: kind.grade(item, answer).score, max: 4 });
		const answers = [responses.perfect, responses.partial, responses.allWrong, { marks: [1, 2] }, null].map(scored);
		const data = kind.classify(item, answers, names);
		expect(data.statements.map((s) => s.right)).toEqual([2, 1, 1, 2]);
		const first = data.statements[0];
		expect(first.text).toBe('NATO answers Putin’s accusation.');
		expect(first.rows).toEqual([
			{ id: 'wire', label: 'Only Report A', count: 0, key: false },
			{ id: 'daily', label: 'Only Report B', count: 0, key: false },
			{ id: 'wire+daily', label: 'Both reports', count: 2, key: true },
			{ id: 'none', label: 'Neither report', count: 1, key: false }
		]);
		expect(data.statements[3].rows.find((r) => r.key)).toMatchObject({ id: 'none', count: 2 });
	});
});
