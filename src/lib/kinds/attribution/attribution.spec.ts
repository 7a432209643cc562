import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { attribution } from './attribution';
import { attributionItem as item, attributionResponses as responses, explanations, formData } from '../fixtures';

describe('attribution fixture', () => {
	it('resolves to the spans its key quotes', () => {
		expect(item.statement.text).toBe('the West had “cheated” Moscow for decades');
		expect(item.evidence.map((span) => span.text)).toEqual(['Putin said']);
		// The key's choices (nato, putin) in the module's order, then the two every item offers; not peskov.
		expect(item.speakers).toEqual(['putin', 'nato', 'reporter', 'unnamed']);
	});
});

describe('attribution.grade', () => {
	it('gives full marks for the right speaker and mode', () => {
		expect(attribution.grade(item, responses.perfect)).toEqual({
			score: 2,
			max: 2,
			valid: true,
			detail: {
				speaker: { given: 'putin', correct: true },
				mode: { given: 'partial-quote', correct: true }
			}
		});
	});

	it('scores an unanswered form 0 as invalid', () => {
		expect(attribution.grade(item, responses.empty)).toEqual({
			score: 0,
			max: 2,
			valid: false,
			detail: { speaker: { given: null, correct: false }, mode: { given: null, correct: false } }
		});
	});

	it('gives one point for the right speaker with the wrong mode, and says which part was right', () => {
		expect(attribution.grade(item, responses.partial)).toEqual({
			score: 1,
			max: 2,
			valid: true,
			detail: {
				speaker: { given: 'putin', correct: true },
				mode: { given: 'direct-quote', correct: false }
			}
		});
	});

	it('gives one point for the right mode with the wrong speaker', () => {
		const grade = attribution.grade(item, { speaker: 'nato', mode: 'partial-quote' });
		expect(grade.score).toBe(1);
		expect(grade.detail.speaker.correct).toBe(false);
		expect(grade.detail.mode.correct).toBe(true);
	});

	it('scores a wrong speaker and wrong mode 0, still valid', () => {
		const grade = attribution.grade(item, responses.allWrong);
		expect(grade).toMatchObject({ score: 0, max: 2, valid: true });
		expect(grade.detail.speaker).toEqual({ given: 'nato', correct: false });
		expect(grade.detail.mode).toEqual({ given: 'reporter-claim', correct: false });
	});

	// Includes shapes where the speaker alone is right: a malformed response earns nothing.
	it.each(Object.entries(responses.malformed))('scores a malformed response (%s) 0 as invalid', (_, given) => {
		const grade = () => attribution.grade(item, given);
		expect(grade).not.toThrow();
		expect(grade()).toMatchObject({ score: 0, max: 2, valid: false });
		expect(grade().detail.speaker.correct).toBe(false);
		expect(grade().detail.mode.correct).toBe(false);
	});
});

describe('attribution response', () => {
	it('collects speaker and mode from the form', () => {
		const collected = attribution.fromForm(
			formData([
				['speaker', 'putin'],
				['mode', 'partial-quote']
			])
		);
		expect(v.parse(attribution.response, collected)).toEqual(responses.perfect);
	});

	it('collects an empty form as the empty response, which the schema rejects', () => {
		const collected = attribution.fromForm(new FormData());
		expect(collected).toEqual(responses.empty);
		expect(v.safeParse(attribution.response, collected).success).toBe(false);
	});

	it('rejects a mode that is not one of the five', () => {
		const collected = attribution.fromForm(
			formData([
				['speaker', 'putin'],
				['mode', 'gossip']
			])
		);
		expect(v.safeParse(attribution.response, collected).success).toBe(false);
	});

	it('rejects an uploaded file in place of a speaker', () => {
		const data = formData([['mode', 'paraphrase']]);
		data.append('speaker', new Blob(['putin']), 'putin.txt');
		expect(v.safeParse(attribution.response, attribution.fromForm(data)).success).toBe(false);
	});

	it('fits only speakers the item offers, the reporter among them', () => {
		const view = attribution.publicView(item);
		expect(attribution.fits(view, { speaker: 'putin', mode: 'paraphrase' })).toBeNull();
		expect(attribution.fits(view, { speaker: 'reporter', mode: 'reporter-claim' })).toBeNull();
		expect(attribution.fits(view, { speaker: 'unnamed', mode: 'vague-source' })).toBeNull();
		expect(attribution.fits(view, { speaker: 'biden', mode: 'paraphrase' })).toBe(
			'Choose one of the speakers offered.'
		);
		// A speaker of the module that this item does not offer.
		expect(attribution.fits(view, { speaker: 'peskov', mode: 'paraphrase' })).toBe(
			'Choose one of the speakers offered.'
		);
		expect(attribution.fits(view, { speaker: '', mode: 'paraphrase' })).not.toBeNull();
	});
});

describe('attribution.publicView', () => {
	const view = attribution.publicView(item);
	const json = JSON.stringify(view);

	it('shows the statement and the speakers offered', () => {
		expect(view).toEqual({
			kind: 'attribution',
			id: 'cheated',
			prompt: item.prompt,
			statement: item.statement,
			speakers: item.speakers
		});
	});

	it('carries none of the answer', () => {
		for (const field of ['speaker', 'mode', 'evidence', 'explanation']) expect(view).not.toHaveProperty(field);
		expect(json).not.toContain(explanations.attribution);
		expect(json).not.toContain('Putin said');
		expect(json).not.toContain('partial-quote');
		expect(json).not.toContain('choices');
	});
});

describe('attribution.solution', () => {
	it('gives the answer, the evidence and the explanation', () => {
		expect(attribution.solution(item)).toEqual({
			speaker: 'putin',
			mode: 'partial-quote',
			evidence: item.evidence,
			explanation: explanations.attribution
		});
	});
});
