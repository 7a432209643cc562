import { describe, expect, it } from 'vitest';
import { moduleNames, speakerName } from '$lib/quiz/names';
import { checkResponse } from '../check';
import { formData } from '../samples';
import { attribution } from './attribution';
import { heraldItem, heraldModule, heraldResponses as responses } from './fixtures';

/*
 * Per-item choices, an unnamed or vague source, and partial quotes, on the
 * herald fixture: one invented report with a statement of each kind.
 */

const names = moduleNames(heraldModule);

describe('per-item choices', () => {
	it('offers the key’s choices in the module’s order, then the reporter and an unnamed source', () => {
		expect(heraldItem('detour').speakers).toEqual(['ruiz', 'ministry', 'reporter', 'unnamed']);
		expect(heraldItem('impression').speakers).toEqual(['ministry', 'reporter', 'unnamed']);
		expect(attribution.publicView(heraldItem('cars')).speakers).toEqual(['ruiz', 'reporter', 'unnamed']);
	});

	it('refuses a speaker of the module that the item does not offer, in the form as in fits', () => {
		const item = heraldItem('detour');
		expect(attribution.fits(attribution.publicView(item), responses.notOffered)).toBe(
			'Choose one of the speakers offered.'
		);
		const posted = checkResponse(item, formData(attribution.toForm(responses.notOffered)));
		expect(posted).toEqual({ ok: false, message: 'Choose one of the speakers offered.' });
		expect(checkResponse(item, formData(attribution.toForm(responses.vagueRight)))).toEqual({
			ok: true,
			answer: responses.vagueRight
		});
	});

	it('never sends the key’s own list, whose order an author might have started with the answer', () => {
		expect(JSON.stringify(attribution.publicView(heraldItem('detour')))).not.toContain('choices');
		expect(heraldItem('detour')).not.toHaveProperty('choices');
	});

	it('makes up samples among the offered speakers only', () => {
		const item = heraldItem('impression');
		for (let n = 0; n < 50; n++) {
			const random = attribution.sample(item, 'random', () => n / 50);
			expect(item.speakers).toContain(random.speaker);
		}
		expect(item.speakers).toContain(attribution.sample(item, 'wrong', Math.random).speaker);
	});
});

describe('an unnamed or vague source', () => {
	it('is named in words wherever a speaker is', () => {
		expect(speakerName({}, 'unnamed')).toBe('An unnamed or vague source');
		expect(names.speaker('unnamed')).toBe('An unnamed or vague source');
	});

	it('scores 2 when the learner sees the vague group (“some drivers”, “one”)', () => {
		for (const id of ['detour', 'impression']) {
			expect(attribution.grade(heraldItem(id), responses.vagueRight)).toMatchObject({ score: 2, max: 2, valid: true });
		}
	});

	it('scores 0 when the learner takes the vague group for the reporter’s own voice', () => {
		const grade = attribution.grade(heraldItem('detour'), responses.vagueAsReporter);
		expect(grade).toMatchObject({ score: 0, valid: true });
		expect(grade.detail).toEqual({
			speaker: { given: 'reporter', correct: false },
			mode: { given: 'reporter-claim', correct: false }
		});
	});

	it('gives the mode’s point to a learner who saw the vagueness but named someone', () => {
		const grade = attribution.grade(heraldItem('detour'), responses.vagueNamed);
		expect(grade.score).toBe(1);
		expect(grade.detail.mode.correct).toBe(true);
		expect(grade.detail.speaker.correct).toBe(false);
	});

	it('is summarised and counted in words', () => {
		const item = heraldItem('detour');
		expect(attribution.summarise(item, responses.vagueRight, names)).toBe(
			'An unnamed or vague source; Given to an unnamed or vague source'
		);
		const answers = [responses.vagueRight, responses.vagueAsReporter].map((answer) => ({
			answer,
			...attribution.grade(item, answer)
		}));
		const dist = attribution.classify(item, answers, names);
		expect(dist.speakers.find((s) => s.id === 'unnamed')).toMatchObject({ count: 1, key: true });
		expect(dist.modes.find((m) => m.id === 'vague-source')).toMatchObject({ count: 1, key: true });
		expect(dist.both).toBe(1);
	});
});

describe('a partial quote', () => {
	const item = heraldItem('a-year');

	it('resolves the statement with its quotation marks', () => {
		expect(item.statement.text).toBe('the repairs would take “at least a year”');
		expect(item.mode).toBe('partial-quote');
	});

	it('scores 2 for the speaker and the partial quote', () => {
		expect(attribution.grade(item, responses.partialRight).score).toBe(2);
	});

	it('gives no mode point for a plain paraphrase or a direct quote', () => {
		for (const answer of [responses.partialAsParaphrase, responses.partialAsDirect]) {
			const grade = attribution.grade(item, answer);
			expect(grade.score).toBe(1);
			expect(grade.detail.mode.correct).toBe(false);
		}
	});

	it('is said in the teacher’s words', () => {
		expect(attribution.summarise(item, responses.partialRight, names)).toBe('Ana Ruiz; Partial quote');
	});
});
