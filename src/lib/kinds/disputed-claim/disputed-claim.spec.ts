import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { disputedClaim } from './disputed-claim';
import { parts, type DisputedClaimItem } from './types';
import {
	disputedClaimItem as item,
	disputedClaimResponses as responses,
	disputedClaimStoredAnswer as stored,
	disputedClaimWideItem as wideItem,
	disputedClaimWideResponses as wideResponses,
	explanations,
	formData
} from '../fixtures';

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

/** A part's result as the grader gives it: the boxes in their order, each with what it cost. */
const box = (id: string, chosen: boolean, key: boolean) => ({ id, chosen, key, points: chosen === key ? 0 : -1 });

describe('disputed-claim.grade', () => {
	it('gives every part its full worth when every box is right', () => {
		expect(grade(responses.perfect)).toEqual({
			score: 3,
			max: 3,
			valid: true,
			detail: {
				asserters: {
					given: ['putin'],
					choices: [box('putin', true, true), box('nato', false, false), box('peskov', false, false)],
					score: 1,
					max: 1,
					correct: true
				},
				disputers: {
					given: ['nato'],
					choices: [box('putin', false, false), box('nato', true, true), box('peskov', false, false)],
					score: 1,
					max: 1,
					correct: true
				},
				reportedIn: {
					given: ['daily'],
					choices: [box('wire', false, false), box('daily', true, true)],
					score: 1,
					max: 1,
					correct: true
				}
			}
		});
	});

	it('ignores order and repetition within a part', () => {
		const two: DisputedClaimItem = { ...item, disputers: ['nato', 'peskov'] };
		const answer = { asserters: ['putin', 'putin'], disputers: ['peskov', 'nato'], reportedIn: ['daily'] };
		expect(disputedClaim.grade(two, answer)).toMatchObject({ score: 4, max: 4 });
	});

	it('scores nothing chosen 0, still valid: every answer of the key is missed', () => {
		const result = grade(responses.empty);
		expect(result).toMatchObject({ score: 0, max: 3, valid: true });
		expect(result.detail.asserters.choices.filter((c) => c.points < 0).map((c) => c.id)).toEqual(['putin']);
	});

	// With one answer per part, a wrong tick beside the right one cancels it: ticking everything must not pay.
	it('takes a point for each wrong tick, never below zero for the part', () => {
		expect(grade(responses.partial)).toMatchObject({
			score: 1,
			max: 3,
			valid: true,
			detail: {
				asserters: { score: 1, max: 1, correct: true },
				disputers: { given: ['nato', 'peskov'], score: 0, max: 1, correct: false },
				reportedIn: { given: ['wire', 'daily'], score: 0, max: 1, correct: false }
			}
		});
		expect(grade(responses.partial).detail.disputers.choices).toEqual([
			box('putin', false, false),
			box('nato', true, true),
			box('peskov', true, false)
		]);
	});

	it('scores every part wrong 0', () => {
		const result = grade(responses.allWrong);
		expect(result).toMatchObject({ score: 0, max: 3, valid: true });
		expect(Object.values(result.detail).map((part) => part.correct)).toEqual([false, false, false]);
	});

	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		const graded = () => grade(given);
		expect(graded).not.toThrow();
		const result = graded();
		expect(result).toMatchObject({ score: 0, max: 3, valid: false });
		for (const part of parts) {
			expect(result.detail[part]).toMatchObject({ given: [], score: 0, max: 1, correct: false });
		}
	});

	// An empty list would be the right disputers here; a malformed response must still not earn it.
	it('scores a malformed response 0 even where an empty part would be right', () => {
		const undisputed: DisputedClaimItem = { ...item, disputers: [] };
		for (const given of Object.values(responses.malformed)) {
			expect(disputedClaim.grade(undisputed, given)).toMatchObject({ score: 0, valid: false });
		}
	});
});

describe('disputed-claim per-choice credit', () => {
	const wide = (given: unknown) => disputedClaim.grade(wideItem, given);
	const scores = (given: unknown) => parts.map((part) => wide(given).detail[part].score);

	it('makes a part worth one point per answer in its key', () => {
		expect(disputedClaim.maxScore(wideItem)).toBe(6);
		expect(wide(wideResponses.perfect)).toMatchObject({ score: 6, max: 6, valid: true });
		expect(parts.map((part) => wide(wideResponses.perfect).detail[part].max)).toEqual([2, 2, 2]);
	});

	it('takes one point for one wrong box in each part: a miss or a wrong tick', () => {
		expect(scores(wideResponses.oneWrongEach)).toEqual([1, 1, 1]);
		const { asserters, disputers, reportedIn } = wide(wideResponses.oneWrongEach).detail;
		expect(asserters.choices.filter((c) => c.points < 0)).toEqual([box('outlet:daily', false, true)]);
		expect(disputers.choices.filter((c) => c.points < 0)).toEqual([box('putin', true, false)]);
		expect(reportedIn.choices.filter((c) => c.points < 0)).toEqual([box('wire', false, true)]);
		expect(wide(wideResponses.oneWrongEach)).toMatchObject({ score: 3, max: 6 });
	});

	it('takes two for two wrong boxes, and nothing below zero', () => {
		expect(scores(wideResponses.twoWrongEach)).toEqual([0, 0, 0]);
		// Four wrong ticks among the speakers cost only the part's two points.
		expect(scores(wideResponses.everything)).toEqual([0, 0, 2]);
	});

	it('counts the outlet as a box like any speaker', () => {
		expect(scores(wideResponses.outletOnly)).toEqual([1, 2, 2]);
		expect(wide(wideResponses.outletOnly).detail.asserters.choices).toEqual([
			box('putin', false, true),
			box('nato', false, false),
			box('peskov', false, false),
			box('outlet:daily', true, true)
		]);
		// Offered but not in the key, the outlet is a wrong tick.
		const view = disputedClaim.publicView(wideItem);
		expect(disputedClaim.fits(view, { ...wideResponses.perfect, disputers: ['outlet:daily'] })).toBeNull();
		expect(wide({ ...wideResponses.perfect, disputers: ['nato', 'peskov', 'outlet:daily'] }).score).toBe(5);
	});

	// The key allows "no one disputes it in these reports": the part is worth 1, for ticking nobody.
	it('gives a part with an empty key one point for ticking nobody, and takes it for any tick', () => {
		const undisputed: DisputedClaimItem = { ...item, disputers: [] };
		expect(disputedClaim.maxScore(undisputed)).toBe(3);
		const nobody = disputedClaim.grade(undisputed, responses.empty);
		expect(nobody.score).toBe(1);
		expect(nobody.detail.disputers).toMatchObject({ given: [], score: 1, max: 1, correct: true });
		const someone = disputedClaim.grade(undisputed, { ...responses.perfect, disputers: ['nato'] });
		expect(someone.detail.disputers).toMatchObject({ score: 0, max: 1, correct: false });
		expect(someone.score).toBe(2);
	});

	it('grades an answer stored under the old rule, counting a speaker no longer offered as a wrong tick', () => {
		const old = () => grade(stored.answer);
		expect(old).not.toThrow();
		expect(old()).toMatchObject({ score: 2, max: 3, valid: true });
		expect(old().detail.disputers.choices.at(-1)).toEqual(box('lavrov', true, false));
		expect(disputedClaim.grade(wideItem, stored.answer)).toMatchObject({ score: 2, max: 6, valid: true });
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
