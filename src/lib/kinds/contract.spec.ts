import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { modules } from '$lib/server/content';
import { kindOf, kinds, type Item, type KindName } from './registry';
import type { Names, Variant } from './kind';
import { ABOUT_MAX } from './label';
import { formData, seeded } from './samples';
import { checkResponse } from './check';

/*
 * What every kind promises the rest of the app, checked on every item of every
 * module (the shipped ones and the test module) without naming a kind: its
 * made-up responses are valid and score as their variant says, a browser's
 * form gives them back, and the teacher's summaries take anything stored.
 */

const all = modules();
const items: Item[] = all.flatMap((m) => m.items);
const names: Names = {
	speaker: (id) => `speaker ${id}`,
	report: (id) => `report ${id}`
};

describe('the registry', () => {
	it.each(Object.keys(kinds) as KindName[])('%s has items in the test module and in a shipped module', (name) => {
		const test = all.find((m) => m.id === 'library-closure');
		expect(test?.items.some((item) => item.kind === name)).toBe(true);
		expect(all.some((m) => m.id !== 'library-closure' && m.items.some((item) => item.kind === name))).toBe(true);
	});
});

describe.each(items.map((item) => [`${item.kind} ${item.id}`, item] as const))('%s', (_, item) => {
	const kind = kindOf(item);
	const max = kind.maxScore(item);
	const variants: Array<Variant | 'random'> = ['right', 'wrong', 'partial', 'random'];

	it('has a positive whole maximum, the one grade reports for any response', () => {
		expect(Number.isInteger(max) && max > 0).toBe(true);
		expect(kind.grade(item, null).max).toBe(max);
	});

	it.each(variants)('makes up a %s response that is valid, fits the item and comes back from its form', (variant) => {
		for (let run = 0; run < (variant === 'random' ? 20 : 1); run++) {
			const response = kind.sample(item, variant, seeded(`${item.id}:${run}`));
			expect(v.safeParse(kind.response, response).success).toBe(true);
			expect(kind.fits(kind.publicView(item), response)).toBeNull();
			const parsed = v.safeParse(kind.response, kind.fromForm(formData(kind.toForm(response))));
			expect(parsed.success && parsed.output).toEqual(response);
			const grade = kind.grade(item, response);
			expect(grade.valid).toBe(true);
			if (variant === 'right') expect(grade.score).toBe(max);
			if (variant === 'wrong') expect(grade.score).toBe(0);
			if (variant === 'partial') {
				expect(grade.score).toBeLessThan(max);
				if (max > 1) expect(grade.score).toBeGreaterThan(0);
			}
		}
	});

	it.each(variants)(
		'grades a checked %s response as its stored copy grades: the feedback shows what was saved',
		(variant) => {
			for (let run = 0; run < (variant === 'random' ? 20 : 1); run++) {
				const response = kind.sample(item, variant, seeded(`${item.id}:${run}`));
				const checked = checkResponse(item, formData(kind.toForm(response)));
				if (!checked.ok) throw new Error(`the ${variant} response's form was refused: ${checked.message}`);
				const stored: unknown = JSON.parse(JSON.stringify(checked.answer));
				expect(kind.gradeChecked(item, checked.answer)).toStrictEqual(kind.grade(item, stored));
			}
		}
	);

	it('summarises a response in words, and anything else stored as nothing', () => {
		const right = kind.summarise(item, kind.sample(item, 'right', seeded(item.id)), names);
		expect(right).toMatch(/\S/);
		expect(right).not.toMatch(/undefined|null|\[object/);
		for (const odd of [null, 'text', 42, [], { unexpected: true }])
			expect(typeof kind.summarise(item, odd, names)).toBe('string');
	});

	it('classifies the answers of a class, odd stored values included, without throwing', () => {
		const answers = variants.map((variant) => {
			const answer = kind.sample(item, variant, seeded(item.id));
			return { answer, ...kind.grade(item, answer) };
		});
		const odd = [null, 'text', { unexpected: true }].map((answer) => ({ answer, score: 0, max }));
		expect(() => kind.classify(item, [...answers, ...odd], names)).not.toThrow();
		expect(() => kind.classify(item, [], names)).not.toThrow();
	});

	it('says what it is about in one short line, in words learners see before answering', () => {
		const about = kind.about(item);
		expect(about).toMatch(/\S/);
		expect(about).not.toMatch(/\n/);
		expect(about.length).toBeLessThanOrEqual(ABOUT_MAX);
		const shown = JSON.stringify(kind.publicView(item));
		for (const word of about.match(/[\p{L}\p{N}]+/gu) ?? []) expect(shown, word).toContain(word);
	});

	it('takes the key out of how the class answered, for the discussion before the answer is revealed', () => {
		const answers = variants.map((variant) => {
			const answer = kind.sample(item, variant, seeded(item.id));
			return { answer, ...kind.grade(item, answer) };
		});
		const unkeyed = kind.unkeyed(kind.classify(item, answers, names));
		// No choice is marked as the key…
		const keys: unknown[] = [];
		JSON.stringify(unkeyed, (field, value: unknown) => {
			if (field === 'key') keys.push(value);
			return value;
		});
		for (const value of keys) expect([false, null]).toContain(value);
		// …and no wording of the solution that the question itself does not show (explanations, connotations),
		// leaving out ids, which name every option offered.
		const shown = JSON.stringify(kind.publicView(item));
		const text = JSON.stringify(unkeyed);
		const solutionOnly: string[] = [];
		JSON.stringify(kind.solution(item), (_, value: unknown) => {
			if (typeof value === 'string' && /\s/.test(value) && !shown.includes(JSON.stringify(value).slice(1, -1)))
				solutionOnly.push(value);
			return value;
		});
		for (const secret of solutionOnly) expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
		// Nothing was answered right, as far as the data says.
		expect(text).not.toMatch(/"(right|both|voiceRightBy)":[1-9]/);
	});
});
