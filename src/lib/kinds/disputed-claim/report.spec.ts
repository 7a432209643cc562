import { describe, expect, it } from 'vitest';
import { moduleNames } from '$lib/quiz/names';
import { disputedClaim } from './disputed-claim';
import {
	disputedClaimItem as item,
	disputedClaimResponses as responses,
	disputedClaimStoredAnswer as stored,
	disputedClaimWideItem as wideItem,
	disputedClaimWideResponses as wideResponses,
	fixtureModule
} from '../fixtures';

const names = moduleNames(fixtureModule);
const scored = (answer: unknown) => ({ answer, ...disputedClaim.grade(item, answer) });

describe('disputed-claim.summarise', () => {
	it('names the chosen sets', () => {
		expect(disputedClaim.summarise(item, responses.partial, names)).toBe(
			'Asserts: Vladimir Putin; Disputes: NATO, Dmitry Peskov; Reported in: Report A, Report B'
		);
		expect(disputedClaim.summarise(item, responses.empty, names)).toBe(
			'Asserts: none; Disputes: none; Reported in: none'
		);
	});

	it('names a report’s own voice by its report', () => {
		expect(disputedClaim.summarise(wideItem, wideResponses.outletOnly, names)).toBe(
			'Asserts: The outlet of Report B (the report’s own voice); Disputes: NATO, Dmitry Peskov; Reported in: Report A, Report B'
		);
	});

	it('summarises an answer stored under the old rule, a speaker no longer offered by its id', () => {
		expect(disputedClaim.summarise(item, stored.answer, names)).toBe(
			'Asserts: Vladimir Putin; Disputes: NATO, lavrov; Reported in: Report B'
		);
	});

	it('gives an empty string for an answer that is not an object', () => {
		for (const answer of [null, 'putin']) expect(disputedClaim.summarise(item, answer, names)).toBe('');
	});
});

describe('disputed-claim.classify', () => {
	const answers = [responses.perfect, responses.allWrong].map(scored);

	it('counts choices per part, and who got full marks on each part', () => {
		const dist = disputedClaim.classify(item, answers, names);
		expect(dist.claim).toBe(item.claim);
		expect(dist.parts.map((p) => [p.part, p.question, p.max, p.right, p.points])).toEqual([
			['asserters', 'Who asserts the claim', 1, 1, 1],
			['disputers', 'Who disputes it', 1, 1, 1],
			['reportedIn', 'Which report tells you it is disputed', 1, 1, 1]
		]);
		const [asserters, , reported] = dist.parts;
		expect(asserters.choices.map((c) => [c.id, c.label, c.count, c.key])).toEqual([
			['putin', 'Vladimir Putin', 1, true],
			['nato', 'NATO', 1, false],
			['peskov', 'Dmitry Peskov', 0, false]
		]);
		expect(reported.choices.map((c) => [c.id, c.label, c.count, c.key])).toEqual([
			['wire', 'Report A', 1, false],
			['daily', 'Report B', 1, true]
		]);
	});

	it('counts a part right only in a response of the right shape, as the grader does', () => {
		// Asserters and disputers match the key, but without reportedIn the response is not one.
		const dist = disputedClaim.classify(item, [scored(responses.malformed['part missing'])], names);
		expect(dist.parts.map((p) => p.right)).toEqual([0, 0, 0]);
		expect(dist.parts[0].choices.find((c) => c.id === 'putin')?.count).toBe(1);
	});

	it('sums each part’s points under the per-choice rule, full marks apart', () => {
		const wide = [wideResponses.perfect, wideResponses.oneWrongEach, wideResponses.everything].map((answer) => ({
			answer,
			...disputedClaim.grade(wideItem, answer)
		}));
		const dist = disputedClaim.classify(wideItem, wide, names);
		expect(dist.parts.map((p) => [p.part, p.max, p.right, p.points])).toEqual([
			['asserters', 2, 1, 2 + 1 + 0],
			['disputers', 2, 1, 2 + 1 + 0],
			['reportedIn', 2, 2, 2 + 1 + 2]
		]);
		expect(dist.parts[0].choices.map((c) => [c.id, c.label, c.count, c.key])).toEqual([
			['putin', 'Vladimir Putin', 3, true],
			['nato', 'NATO', 1, false],
			['peskov', 'Dmitry Peskov', 1, false],
			['outlet:daily', 'The outlet of Report B (the report’s own voice)', 2, true]
		]);
	});

	// Its stored score (2 of 3) is from the old rule; the parts are counted as today's rule grades them.
	it('classifies an answer stored under the old rule, and shows the speaker no longer offered', () => {
		const dist = disputedClaim.classify(wideItem, [stored], names);
		expect(dist.parts.map((p) => [p.right, p.points])).toEqual([
			[0, 1],
			[0, 0],
			[0, 1]
		]);
		expect(dist.parts[1].choices.at(-1)).toEqual({ id: 'lavrov', label: 'lavrov', count: 1, key: false });
	});

	it('skips answers of another shape', () => {
		const odd = Object.values(responses.malformed).map(scored);
		expect(() => disputedClaim.classify(item, odd, names)).not.toThrow();
	});
});
