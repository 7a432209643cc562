import { describe, expect, it } from 'vitest';
import { moduleNames } from '$lib/quiz/names';
import { disputedClaim } from './disputed-claim';
import { disputedClaimItem as item, disputedClaimResponses as responses, fixtureModule } from '../fixtures';

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

	it('gives an empty string for an answer that is not an object', () => {
		for (const answer of [null, 'putin']) expect(disputedClaim.summarise(item, answer, names)).toBe('');
	});
});

describe('disputed-claim.classify', () => {
	const answers = [responses.perfect, responses.allWrong].map(scored);

	it('counts choices per part, and who got each part exactly right', () => {
		const dist = disputedClaim.classify(item, answers, names);
		expect(dist.claim).toBe(item.claim);
		expect(dist.parts.map((p) => [p.part, p.question, p.right])).toEqual([
			['asserters', 'Who asserts the claim', 1],
			['disputers', 'Who disputes it', 1],
			['reportedIn', 'Which report tells you it is disputed', 1]
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

	it('skips answers of another shape', () => {
		const odd = Object.values(responses.malformed).map(scored);
		expect(() => disputedClaim.classify(item, odd, names)).not.toThrow();
	});
});
