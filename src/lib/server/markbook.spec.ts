import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
	attributionResponses,
	disputedClaimResponses,
	fixtureModule,
	loadedWordingItem,
	loadedWordingResponses
} from '$lib/kinds/fixtures';
import { kinds } from '$lib/kinds/registry';
import type { StoredResponse } from './data/attempts';
import type { LearnerResult } from './data/results';
import { markBookCsv, markBookHeader, markBookRows, markStatus, percentOf } from './markbook';

const joined = '2026-01-10T09:00:00.000Z';
const submitted = '2026-01-10T09:40:00.000Z';

function response(itemId: string, answer: unknown): StoredResponse {
	const item = fixtureModule.items.find((i) => i.id === itemId)!;
	const grade = kinds[item.kind].grade(item as never, answer);
	return { itemId, answer, score: grade.score, max: grade.max, createdAt: joined, updatedAt: joined };
}

const learner = (
	name: string,
	responses: StoredResponse[],
	finishedAt: string | null,
	started = true
): LearnerResult => ({
	learner: { id: `id-${name}`, displayName: name, createdAt: joined },
	attempt: started ? { id: `attempt-${name}`, number: 1, createdAt: joined, finishedAt } : null,
	responses
});

/* The fixture module: cheated (attribution, 2 points), kyiv-regime (loaded wording), nato-promise (disputed claim, 3). */
const loadedMax = 2 * loadedWordingItem.targets.length;
const fullMax = 2 + loadedMax + 3;
const perfect = [
	response('cheated', attributionResponses.perfect),
	response('kyiv-regime', loadedWordingResponses.perfect),
	response('nato-promise', disputedClaimResponses.perfect)
];
const firstOnly = [response('cheated', attributionResponses.perfect)];
const assignment = { className: 'Year 10', name: 'Week 3, group B' };
const berlin = { zone: 'Europe/Berlin', closed: false };

describe('markBookHeader', () => {
	it('names the times’ zone and each of the module’s skills with its maximum', () => {
		expect(markBookHeader(fixtureModule, 'Europe/Berlin')).toEqual([
			'class',
			'assignment',
			'module',
			'learner',
			'joined (Europe/Berlin)',
			'submitted (Europe/Berlin)',
			'status',
			'attempt number',
			'answered',
			'score',
			'max',
			'percent',
			'Attribution (of 2)',
			`Loaded wording (of ${loadedMax})`,
			'Disputed claims (of 3)'
		]);
	});
});

describe('markBookRows', () => {
	it('gives one row per learner, with total, percentage, skills and times in the teacher’s zone', () => {
		const [row] = markBookRows(assignment, fixtureModule, [learner('Ana', perfect, submitted)], berlin);
		expect(row).toEqual([
			'Year 10',
			'Week 3, group B',
			'Fixture module',
			'Ana',
			// 09:00 UTC is 10:00 in Berlin in January.
			'2026-01-10 10:00',
			'2026-01-10 10:40',
			'submitted',
			'1',
			'3',
			String(fullMax),
			String(fullMax),
			'100',
			'2',
			String(loadedMax),
			'3'
		]);
	});

	it('counts unanswered questions as 0 once submitted: the maximum is the whole module’s', () => {
		const [row] = markBookRows(assignment, fixtureModule, [learner('Ben', firstOnly, submitted)], berlin);
		expect(row.slice(6)).toEqual([
			'submitted',
			'1',
			'1',
			'2',
			String(fullMax),
			percentOf({ score: 2, max: fullMax }),
			'2',
			'0',
			'0'
		]);
	});

	it('counts them as 0 once the assignment has closed, submitted or not', () => {
		const [row] = markBookRows(assignment, fixtureModule, [learner('Ben', firstOnly, null)], {
			...berlin,
			closed: true
		});
		expect(row.slice(5, 12)).toEqual([
			'',
			'closed',
			'1',
			'1',
			'2',
			String(fullMax),
			percentOf({ score: 2, max: fullMax })
		]);
	});

	it('while the attempt is open, scores the questions answered so far and says so', () => {
		const [row] = markBookRows(assignment, fixtureModule, [learner('Ben', firstOnly, null)], berlin);
		expect(row.slice(5, 12)).toEqual(['', 'in progress', '1', '1', '2', '2', '100']);
	});

	it('leaves the marks of a learner with nothing answered empty while open, and 0 of all once closed', () => {
		const cai = learner('Cai', [], null, false);
		const [open] = markBookRows(assignment, fixtureModule, [cai], berlin);
		expect(open.slice(6)).toEqual(['not started', '', '0', '', '', '', '', '', '']);
		const [closed] = markBookRows(assignment, fixtureModule, [cai], { ...berlin, closed: true });
		expect(closed.slice(6)).toEqual(['closed', '', '0', '0', String(fullMax), '0', '0', '0', '0']);
	});

	it('leaves out answers to questions no longer in the module', () => {
		const gone = { ...response('cheated', attributionResponses.perfect), itemId: 'removed-item' };
		const [row] = markBookRows(assignment, fixtureModule, [learner('Dee', [...firstOnly, gone], submitted)], berlin);
		expect(row.slice(8, 10)).toEqual(['1', '2']);
	});
});

describe('markStatus', () => {
	it('is submitted before closed, and in progress only with an answer', () => {
		expect(markStatus(learner('A', [], submitted), true)).toBe('submitted');
		expect(markStatus(learner('A', firstOnly, null), true)).toBe('closed');
		expect(markStatus(learner('A', firstOnly, null), false)).toBe('in progress');
		expect(markStatus(learner('A', [], null), false)).toBe('not started');
	});
});

describe('percentOf', () => {
	it('rounds to one decimal, and is empty with nothing to divide by', () => {
		expect(percentOf({ score: 2, max: 3 })).toBe('66.7');
		expect(percentOf({ score: 0, max: 7 })).toBe('0');
		expect(percentOf({ score: 0, max: 0 })).toBe('');
	});
});

describe('markBookCsv', () => {
	const body = markBookCsv(
		{ className: '-Year 10', name: 'Élodie’s group' },
		fixtureModule,
		[learner('=HYPERLINK("http://evil")', perfect, submitted), learner('Zoë', firstOnly, null)],
		berlin
	);

	it('opens cleanly in a spreadsheet: byte-order mark, CRLF, formulas neutralized, accents intact', () => {
		expect(body.startsWith('\uFEFFclass,assignment,module,learner,joined (Europe/Berlin),')).toBe(true);
		expect(body.split('\r\n')).toHaveLength(1 + 2 + 1);
		expect(body).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(body).toContain("\r\n'-Year 10,Élodie’s group,Fixture module,");
		expect(body).not.toMatch(/(^|,|\r\n)[=+@-]/);
		const rows = parse(body.slice(1), { columns: true }) as Array<Record<string, string>>;
		expect(rows.map((r) => [r.learner, r.status, r.score])).toEqual([
			[`'=HYPERLINK("http://evil")`, 'submitted', String(fullMax)],
			['Zoë', 'in progress', '2']
		]);
	});
});
