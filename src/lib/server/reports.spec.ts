import { describe, expect, it } from 'vitest';
import {
	attributionItem,
	attributionResponses,
	disputedClaimItem,
	disputedClaimResponses,
	fixtureModule,
	loadedWordingItem,
	loadedWordingResponses
} from '$lib/kinds/fixtures';
import { kindOf, kinds } from '$lib/kinds/registry';
import { moduleNames } from '$lib/quiz/names';
import { sumsOf } from '$lib/teaching/stats';
import type { StoredResponse } from './data/attempts';
import { publicItem } from './items';
import type { LearnerAttempts, LearnerResult } from './data/results';
import {
	csvColumns,
	csvFileName,
	csvRows,
	describeAnswer,
	distribution,
	itemTable,
	learnerReport,
	maxOf,
	neutralizeCell,
	resultsCsv,
	withTotal
} from './reports';

const at = '2026-01-10T09:00:00.000Z';

function response(itemId: string, answer: unknown): StoredResponse {
	const item = fixtureModule.items.find((i) => i.id === itemId)!;
	const grade = kinds[item.kind].grade(item as never, answer);
	return { itemId, answer, score: grade.score, max: grade.max, createdAt: at, updatedAt: at };
}

/** Named learners of the fixture module (items: cheated, kyiv-regime, nato-promise). */
const learners = {
	perfect: [
		response('cheated', attributionResponses.perfect),
		response('kyiv-regime', loadedWordingResponses.perfect),
		response('nato-promise', disputedClaimResponses.perfect)
	],
	partial: [response('cheated', attributionResponses.partial), response('kyiv-regime', loadedWordingResponses.partial)],
	allWrong: [
		response('cheated', attributionResponses.allWrong),
		response('kyiv-regime', loadedWordingResponses.allWrong),
		response('nato-promise', disputedClaimResponses.allWrong)
	]
};

const result = (name: string, responses: StoredResponse[], submitted = true): LearnerResult => ({
	learner: { id: `id-${name}`, displayName: name, createdAt: at },
	attempt: { id: `attempt-${name}`, number: 1, createdAt: at, finishedAt: submitted ? at : null },
	responses
});

const classResults: LearnerResult[] = [
	result('Ana', learners.perfect),
	result('Ben', learners.partial, false),
	result('=HYPERLINK("http://evil")', learners.allWrong),
	{ learner: { id: 'id-cai', displayName: 'Cai', createdAt: at }, attempt: null, responses: [] }
];

describe('maxOf', () => {
	it('gives each kind’s maximum without an answer', () => {
		expect(maxOf(attributionItem)).toBe(2);
		expect(maxOf(loadedWordingItem)).toBe(2 * loadedWordingItem.targets.length);
		expect(maxOf(disputedClaimItem)).toBe(3);
	});
});

describe('describeAnswer', () => {
	it('describes every answer as its kind summarises it, with the module’s names', () => {
		const names = moduleNames(fixtureModule);
		for (const item of fixtureModule.items) {
			for (const { answer } of [...learners.perfect, ...learners.partial, ...learners.allWrong]) {
				expect(describeAnswer(fixtureModule, item, answer)).toBe(kindOf(item).summarise(item, answer, names));
			}
		}
	});
});

describe('csvRows', () => {
	const rows = csvRows({ className: 'Year 10', name: 'Week 3, group B', code: 'KMX479' }, fixtureModule, classResults);
	const column = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);

	it('has one row per learner and item, every column filled as named', () => {
		expect(rows).toHaveLength(classResults.length * fixtureModule.items.length);
		expect(rows.every((row) => row.length === csvColumns.length)).toBe(true);
		const [first] = rows;
		expect(first).toEqual([
			'Year 10',
			'Fixture module',
			'Week 3, group B',
			'KMX479',
			'Ana',
			'1',
			at,
			'1',
			'cheated',
			fixtureModule.items[0].kind,
			'Attribution',
			'yes',
			'2',
			'2',
			at,
			'Vladimir Putin; Partial quote'
		]);
	});

	it('describes each answer in words, one line per learner and item', () => {
		expect(rows.map((r) => [r[column('learner')], r[column('item id')], r[column('answer')]])).toEqual([
			['Ana', 'cheated', 'Vladimir Putin; Partial quote'],
			[
				'Ana',
				'kyiv-regime',
				'Kyiv (reported in the reporter’s words); plotting (reported in the reporter’s words); senseless (the outlet’s own)'
			],
			['Ana', 'nato-promise', 'Asserts: Vladimir Putin; Disputes: NATO; Reported in: Report B'],
			['Ben', 'cheated', 'Vladimir Putin; Direct quote'],
			[
				'Ben',
				'kyiv-regime',
				'regime (reported in the reporter’s words); plotting (the outlet’s own); offensive (the outlet’s own)'
			],
			['Ben', 'nato-promise', ''],
			['=HYPERLINK("http://evil")', 'cheated', 'NATO; The reporter’s own claim'],
			[
				'=HYPERLINK("http://evil")',
				'kyiv-regime',
				'The (the outlet’s own); offensive (the outlet’s own); Donbas (quoted)'
			],
			['=HYPERLINK("http://evil")', 'nato-promise', 'Asserts: NATO; Disputes: Vladimir Putin; Reported in: Report A'],
			['Cai', 'cheated', ''],
			['Cai', 'kyiv-regime', ''],
			['Cai', 'nato-promise', '']
		]);
	});

	it('marks unanswered items and learners who never started', () => {
		const benDisputed = rows.find((r) => r[column('learner')] === 'Ben' && r[column('item id')] === 'nato-promise')!;
		expect(benDisputed[column('answered')]).toBe('no');
		expect(benDisputed[column('score')]).toBe('');
		expect(benDisputed[column('max')]).toBe('3');
		expect(benDisputed[column('submitted at')]).toBe('');
		const cai = rows.filter((r) => r[column('learner')] === 'Cai');
		expect(cai).toHaveLength(3);
		expect(cai.every((r) => r[column('attempt number')] === '' && r[column('answered')] === 'no')).toBe(true);
	});
});

describe('neutralizeCell', () => {
	it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://evil")'])(
		'puts an apostrophe before %j',
		(cell) => {
			expect(neutralizeCell(cell)).toBe(`'${cell}`);
		}
	);
	it.each(['a;=1+1', 'a; =1+1', 'a,+1', 'Ana, @SUM(A1)', 'x;\t-1', 'Kyiv regime; =HYPERLINK("http://evil")'])(
		'puts an apostrophe before %j, which a spreadsheet splitting on ; or , would start a cell in',
		(cell) => {
			expect(neutralizeCell(cell)).toBe(`'${cell}`);
		}
	);
	it.each(['Ana', '2', '', 'a=b', ' =1', 'Ana; Ben', 'bloody, senseless', 'Vladimir Putin; direct quote', 'a;b=1'])(
		'leaves %j alone',
		(cell) => {
			expect(neutralizeCell(cell)).toBe(cell);
		}
	);
});

describe('csvFileName', () => {
	it('keeps only letters, digits and dashes', () => {
		expect(csvFileName({ className: 'Year 10 "B"; rm -rf /', code: 'KMX479' }, { id: 'putin-2021' })).toBe(
			'results-year-10-b-rm-rf-putin-2021-kmx479.csv'
		);
		expect(csvFileName({ className: 'Ünïcödé ✓', code: 'AAA444' }, { id: 'm' })).toBe('results-unicode-m-aaa444.csv');
	});
});

describe('itemTable', () => {
	it('gives every item in module order with its statistics', () => {
		const scored = classResults.map((r) => ({ submitted: r.attempt?.finishedAt != null, responses: r.responses }));
		const table = itemTable(fixtureModule, sumsOf(fixtureModule.items, scored));
		expect(table.map((r) => [r.n, r.id, r.skill, r.max, r.stat.answered])).toEqual([
			[1, 'cheated', 'Attribution', 2, 3],
			[2, 'kyiv-regime', 'Loaded wording', 6, 3],
			[3, 'nato-promise', 'Disputed claims', 3, 2]
		]);
		// Two submitted attempts: too few for discrimination.
		expect(table[0].stat.discrimination).toEqual({ status: 'too-few', attempts: 2 });
		// Ana 2/2, Ben 1/2, the third learner 0/2.
		expect(table[0].stat.facility).toBeCloseTo(50);
	});
});

describe('distribution', () => {
	const answers = (itemId: string) => classResults.flatMap((r) => r.responses.filter((x) => x.itemId === itemId));

	it('gives each item’s kind, its public view and the kind’s classification of the answers', () => {
		const names = moduleNames(fixtureModule);
		for (const item of fixtureModule.items) {
			const given = answers(item.id);
			const dist = distribution(fixtureModule, item, given);
			expect(dist.kind).toBe(item.kind);
			expect(dist.item).toEqual(publicItem(item));
			expect(dist.data).toEqual(kindOf(item).classify(item, given, names));
		}
	});
});

describe('learnerReport', () => {
	const found: LearnerAttempts = {
		learner: { id: 'l', assignmentId: 'a', displayName: 'Ana', resumeCode: 'ACEFHJKM', createdAt: at },
		attempts: [
			{ id: 'a1', number: 1, createdAt: at, finishedAt: at, responses: learners.allWrong },
			{ id: 'a2', number: 2, createdAt: at, finishedAt: null, responses: learners.partial }
		],
		grading: 'last',
		counted: 2
	};

	it('shows the counted attempt by default, with feedback for answered items only', () => {
		const report = learnerReport(fixtureModule, found, null, false);
		expect(report.attempts.map((a) => [a.number, a.answered, a.score])).toEqual([
			[1, 3, 0],
			// attribution 1 (speaker right), loaded wording 2 (two found, one voice right, one wrong word)
			[2, 2, 1 + 2]
		]);
		expect(report.shown?.number).toBe(2);
		expect(report.shown?.items.map((i) => i.feedback !== null)).toEqual([true, true, false]);
		// The public item only: no key fields travel with it.
		expect(report.shown?.items[0].item).not.toHaveProperty('speaker');
		expect(report.shown?.highlights.every((h) => h.role === 'evidence')).toBe(true);
		expect(report.attempts.map((a) => a.counts)).toEqual([false, true]);
		// Another method counts another attempt, and that one is shown.
		const first = learnerReport(fixtureModule, { ...found, grading: 'first', counted: 1 }, null, false);
		expect(first.shown?.number).toBe(1);
		expect(first.attempts.map((a) => a.counts)).toEqual([true, false]);
	});

	it('counts unanswered questions as 0 once an attempt is finished or the assignment closed, “so far” before', () => {
		const full = fixtureModule.items.reduce((n, item) => n + maxOf(item), 0);
		const answeredMax = learners.partial.reduce((n, r) => n + r.max, 0);
		expect(answeredMax).toBeLessThan(full);
		const partlyDone: LearnerAttempts = {
			...found,
			attempts: [{ ...found.attempts[1], number: 1, finishedAt: at }, { ...found.attempts[1] }],
			counted: 1
		};
		const open = learnerReport(fixtureModule, partlyDone, null, false);
		// Attempt 1 is submitted with 2 of 3 answered: out of the whole module.
		expect(open.attempts.map((a) => [a.number, a.max, a.soFar])).toEqual([
			[1, full, false],
			[2, answeredMax, true]
		]);
		expect(open.shown?.total).toEqual({ score: 3, max: full, soFar: false });
		expect(open.shown?.skills.find((s) => s.skill === 'disputes')).toMatchObject({ score: 0, answered: 0 });
		expect(open.shown?.skills.find((s) => s.skill === 'disputes')?.max).toBeGreaterThan(0);
		// Closed: every attempt is final, the unsubmitted one too.
		const closed = learnerReport(fixtureModule, partlyDone, '2', true);
		expect(closed.attempts.map((a) => [a.max, a.soFar])).toEqual([
			[full, false],
			[full, false]
		]);
		expect(closed.shown?.total).toEqual({ score: 3, max: full, soFar: false });
	});

	it('gives the progress table’s rows the same totals', () => {
		const full = fixtureModule.items.reduce((n, item) => n + maxOf(item), 0);
		const row = {
			id: 'l',
			displayName: 'Ana',
			joinedAt: at,
			attempt: 1,
			answered: 1,
			counted: 1,
			score: 4,
			max: 6,
			countedFinished: false,
			submittedAt: null
		};
		expect(withTotal(fixtureModule, row, false).total).toEqual({ score: 4, max: 6, soFar: true });
		expect(withTotal(fixtureModule, { ...row, countedFinished: true }, false).total).toEqual({
			score: 4,
			max: full,
			soFar: false
		});
		expect(withTotal(fixtureModule, row, true).total).toEqual({ score: 4, max: full, soFar: false });
		expect(withTotal(fixtureModule, { ...row, answered: 3, max: full }, false).total.soFar).toBe(false);
	});

	it('shows the attempt asked for, and 404s for one that does not exist', () => {
		expect(learnerReport(fixtureModule, found, '1', false).shown?.number).toBe(1);
		for (const bad of ['3', '0', 'x', '1e3', '-1', '']) {
			expect(() => learnerReport(fixtureModule, found, bad, false)).toThrow(expect.objectContaining({ status: 404 }));
		}
	});

	it('shows no attempt for a learner who never started', () => {
		expect(learnerReport(fixtureModule, { ...found, attempts: [], counted: null }, null, false)).toEqual({
			attempts: [],
			shown: null
		});
	});
});

describe('resultsCsv', () => {
	const body = resultsCsv({ className: '-Year 10', name: '+1 group', code: 'KMX479' }, fixtureModule, classResults);

	it('starts with a byte-order mark and the header row, and ends lines with CRLF', () => {
		expect(body.startsWith('\uFEFFclass,module,assignment,assignment code,learner,attempt number,submitted at,')).toBe(
			true
		);
		expect(body.split('\r\n')).toHaveLength(1 + classResults.length * fixtureModule.items.length + 1);
	});

	it('neutralizes cells a spreadsheet would run as formulas, and quotes what needs quoting', () => {
		expect(body).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(body).toContain("\r\n'-Year 10,Fixture module,'+1 group,KMX479,");
		expect(body).not.toMatch(/(^|,|\r\n)[=+@-]/);
	});
});
