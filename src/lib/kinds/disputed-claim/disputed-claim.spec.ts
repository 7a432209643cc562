import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { disputedClaim } from './disputed-claim';
import type { DisputedClaimItem } from './types';
import { disputedClaimItem as item, disputedClaimResponses as responses, explanations, formData } from '../fixtures';

const grade = (given: unknown) => disputedClaim.grade(item, given);

describe('disputed-claim fixture', () => {
	it('offers every source of the module and resolves its evidence', () => {
		expect(item.sources).toEqual(['wire', 'daily']);
		expect(item.evidence.map((span) => [span.source, span.text])).toEqual([
			['daily', 'Putin says'],
			['daily', 'NATO denies']
		]);
	});
});

describe('disputed-claim.grade', () => {
	it('gives a point for each of the three parts when all are right', () => {
		expect(grade(responses.perfect)).toEqual({
			score: 3,
			max: 3,
			valid: true,
			detail: {
				asserters: { given: ['putin'], correct: true },
				disputers: { given: ['nato'], correct: true },
				reportedIn: { given: ['daily'], correct: true }
			}
		});
	});

	it('ignores order and repetition within a part', () => {
		const two: DisputedClaimItem = { ...item, disputers: ['nato', 'peskov'] };
		const answer = { asserters: ['putin', 'putin'], disputers: ['peskov', 'nato'], reportedIn: ['daily'] };
		expect(disputedClaim.grade(two, answer).score).toBe(3);
	});

	it('scores nothing chosen 0, still valid', () => {
		expect(grade(responses.empty)).toEqual({
			score: 0,
			max: 3,
			valid: true,
			detail: {
				asserters: { given: [], correct: false },
				disputers: { given: [], correct: false },
				reportedIn: { given: [], correct: false }
			}
		});
	});

	// The key allows "no one disputes it in these reports"; choosing no one is then the right answer.
	it('counts an empty choice as right when the key has no disputers', () => {
		const undisputed: DisputedClaimItem = { ...item, disputers: [] };
		const result = disputedClaim.grade(undisputed, responses.empty);
		expect(result.score).toBe(1);
		expect(result.detail.disputers).toEqual({ given: [], correct: true });
	});

	it('wants the exact set: a superset is wrong, and the detail says which parts were right', () => {
		expect(grade(responses.partial)).toEqual({
			score: 1,
			max: 3,
			valid: true,
			detail: {
				asserters: { given: ['putin'], correct: true },
				disputers: { given: ['nato', 'peskov'], correct: false },
				reportedIn: { given: ['wire', 'daily'], correct: false }
			}
		});
	});

	it('counts a subset as wrong', () => {
		const answer = { asserters: ['putin'], disputers: ['nato'], reportedIn: [] };
		const result = grade(answer);
		expect(result.score).toBe(2);
		expect(result.detail.reportedIn.correct).toBe(false);
	});

	it('scores every part wrong 0', () => {
		const result = grade(responses.allWrong);
		expect(result).toMatchObject({ score: 0, max: 3, valid: true });
		expect(Object.values(result.detail).map((part) => part.correct)).toEqual([false, false, false]);
	});

	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		const graded = () => grade(given);
		expect(graded).not.toThrow();
		expect(graded()).toEqual({
			score: 0,
			max: 3,
			valid: false,
			detail: {
				asserters: { given: [], correct: false },
				disputers: { given: [], correct: false },
				reportedIn: { given: [], correct: false }
			}
		});
	});

	// An empty list would be the right disputers here; a malformed response must still not earn it.
	it('scores a malformed response 0 even where an empty part would be right', () => {
		const undisputed: DisputedClaimItem = { ...item, disputers: [] };
		for (const given of Object.values(responses.malformed)) {
			expect(disputedClaim.grade(undisputed, given)).toMatchObject({ score: 0, valid: false });
		}
	});
});

describe('disputed-claim response', () => {
	it('collects each part from repeated form fields', () => {
		const collected = disputedClaim.fromForm(
			formData([
				['asserters', 'putin'],
				['disputers', 'nato'],
				['disputers', 'peskov'],
				['reportedIn', 'daily']
			])
		);
		expect(v.parse(disputedClaim.response, collected)).toEqual({
			asserters: ['putin'],
			disputers: ['nato', 'peskov'],
			reportedIn: ['daily']
		});
	});

	it('collects an empty form as the empty response, which the schema accepts', () => {
		const collected = disputedClaim.fromForm(new FormData());
		expect(collected).toEqual(responses.empty);
		expect(v.safeParse(disputedClaim.response, collected).success).toBe(true);
	});

	it('rejects an uploaded file among the choices', () => {
		const data = formData([['asserters', 'putin']]);
		data.append('disputers', new Blob(['nato']), 'nato.txt');
		expect(v.safeParse(disputedClaim.response, disputedClaim.fromForm(data)).success).toBe(false);
	});

	it('fits only the speakers and reports offered', () => {
		const view = disputedClaim.publicView(item);
		expect(disputedClaim.fits(view, responses.perfect)).toBeNull();
		expect(disputedClaim.fits(view, responses.partial)).toBeNull();
		expect(disputedClaim.fits(view, responses.empty)).toBeNull();
		const speakers = 'Choose among the speakers offered.';
		expect(disputedClaim.fits(view, { ...responses.perfect, asserters: ['biden'] })).toBe(speakers);
		expect(disputedClaim.fits(view, { ...responses.perfect, disputers: ['nato', 'biden'] })).toBe(speakers);
		expect(disputedClaim.fits(view, { ...responses.perfect, reportedIn: ['tass'] })).toBe(
			'Choose among the reports offered.'
		);
		// A source id is not a speaker, nor a speaker a source.
		expect(disputedClaim.fits(view, { ...responses.perfect, asserters: ['daily'] })).toBe(speakers);
		expect(disputedClaim.fits(view, { ...responses.perfect, reportedIn: ['putin'] })).not.toBeNull();
	});
});

describe('disputed-claim.publicView', () => {
	const view = disputedClaim.publicView(item);
	const json = JSON.stringify(view);

	it('shows the claim, the choices and the reports', () => {
		expect(view).toEqual({
			kind: 'disputed-claim',
			id: 'nato-promise',
			prompt: item.prompt,
			claim: 'NATO promised not to expand eastwards.',
			choices: ['putin', 'nato', 'peskov'],
			sources: ['wire', 'daily']
		});
	});

	it('carries none of the answer', () => {
		for (const field of ['asserters', 'disputers', 'reportedIn', 'evidence', 'explanation']) {
			expect(view).not.toHaveProperty(field);
		}
		expect(json).not.toContain(explanations.disputedClaim);
		for (const span of item.evidence) expect(json).not.toContain(span.text);
	});
});

describe('disputed-claim.solution', () => {
	it('gives the three answers, the evidence and the explanation', () => {
		expect(disputedClaim.solution(item)).toEqual({
			asserters: ['putin'],
			disputers: ['nato'],
			reportedIn: ['daily'],
			evidence: item.evidence,
			explanation: explanations.disputedClaim
		});
	});
});
