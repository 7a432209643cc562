import { describe, expect, it } from 'vitest';
import { modules } from '$lib/server/content';
import { attribution } from './attribution';
import { heraldItem, heraldModule, heraldResponses as responses } from './fixtures';
import { modes, type AttributionItem } from './types';
import { answerer } from '../answerer';
import { leadSentence, modeHints } from './wording';

/*
 * The feedback's first sentence: one plain sentence of at most 25 words that
 * says what was right and the one sign to notice.
 */

const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;
const lead = (item: AttributionItem, answer: unknown, speakers = heraldModule.speakers) =>
	leadSentence(attribution.grade(item, answer).detail, attribution.solution(item), speakers);

describe('leadSentence', () => {
	it('says both parts were right, and the sign that decides the mode', () => {
		expect(lead(heraldItem('detour'), responses.vagueRight)).toBe(
			'Both parts are right; the sign to notice is that the report never says exactly who.'
		);
	});

	it('names the source found and the mode it really is', () => {
		expect(lead(heraldItem('a-year'), responses.partialAsParaphrase)).toBe(
			'You found the source, Ana Ruiz, but it is a partial quote: notice that only some words are in quotation marks.'
		);
	});

	it('names the source missed when the mode was right', () => {
		expect(lead(heraldItem('detour'), responses.vagueNamed)).toBe(
			'You saw that it is a vague attribution, but the source is someone unnamed: the report never says exactly who.'
		);
		expect(lead(heraldItem('rusting'), { speaker: 'ruiz', mode: 'paraphrase' })).toBe(
			'You saw that it is a paraphrase, but the source is the transport ministry: the evidence below shows where the report names them.'
		);
	});

	it('names the learner on their teacher’s page', () => {
		const named = (item: AttributionItem, answer: unknown) =>
			leadSentence(
				attribution.grade(item, answer).detail,
				attribution.solution(item),
				heraldModule.speakers,
				answerer('Ana')
			);
		expect(named(heraldItem('a-year'), responses.partialAsParaphrase)).toMatch(/^Ana found the source, Ana Ruiz, /);
		expect(named(heraldItem('detour'), responses.vagueNamed)).toMatch(/^Ana saw that it is a vague attribution, /);
	});

	it('gives the answer and its sign when both were wrong, or nothing was given', () => {
		const expected =
			'The source is the reporter, and it is the reporter’s own claim: notice that nobody is named as the source.';
		expect(lead(heraldItem('cars'), responses.vagueRight)).toBe(expected);
		expect(lead(heraldItem('cars'), null)).toBe(expected);
	});

	// Every item of every module, every way of answering it: one sentence, 25 words at most.
	const all = modules().flatMap((m) =>
		m.items.flatMap((item) => (item.kind === 'attribution' ? [{ item, speakers: m.speakers }] : []))
	);
	it.each(all.map(({ item, speakers }) => [item.id, item, speakers] as const))(
		'%s: one sentence of at most 25 words for any answer',
		(_, item, speakers) => {
			for (const speaker of item.speakers) {
				for (const mode of Object.keys(modes)) {
					const sentence = lead(item, { speaker, mode }, speakers);
					expect(words(sentence), sentence).toBeLessThanOrEqual(25);
					expect(sentence.match(/[.?!](\s|$)/g), sentence).toHaveLength(1);
				}
			}
		}
	);
});

describe('modeHints', () => {
	it('explains every mode in a short line', () => {
		for (const mode of Object.keys(modes) as Array<keyof typeof modes>) {
			expect(words(modeHints[mode])).toBeLessThanOrEqual(16);
		}
	});
});
