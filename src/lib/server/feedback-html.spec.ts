import { describe, expect, it } from 'vitest';
import { kindOf } from '$lib/kinds/registry';
import { seeded } from '$lib/kinds/samples';
import { modules } from './content';
import { feedbackFor } from './items';
import { renderedFeedback } from './feedback-html';

/*
 * The learner's feedback is rendered on the server and put into the page with {@html}: for every item of every
 * module and each kind of answer, the view renders, with its score, and without Svelte's hydration markers (an empty
 * comment inside would end the {@html} block early when the page hydrates).
 */
const cases = modules().flatMap((module) =>
	module.items.flatMap((item) =>
		(['right', 'wrong', 'partial'] as const).map(
			(variant) => [`${item.kind} ${item.id}, ${variant}`, module, item, variant] as const
		)
	)
);

describe('the feedback a learner’s page gets', () => {
	it.each(cases)('%s', async (_, module, item, variant) => {
		const answer = kindOf(item).sample(item, variant, seeded(item.id));
		const feedback = feedbackFor(item, { answer });
		const rendered = await renderedFeedback(module, item, feedback);
		expect(rendered.score).toBe(feedback.grade.score);
		expect(rendered.max).toBe(feedback.grade.max);
		expect(rendered.html).not.toContain('<!--');
		// Every kind's feedback ends with its "Why?", the long explanation, in a <details> that works without script.
		expect(rendered.html).toMatch(/<details class="why[ "]/);
		expect(rendered.html).not.toMatch(/<script|<style| style=/);
	});
});
