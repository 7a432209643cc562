import { describe, expect, it } from 'vitest';
import { defineModule } from '$lib/modules/module';
import type { LoadedTargetKey } from './types';

/*
 * The voice of a target is checked when the key is type-checked (svelte-check
 * and `npm run quizzes:check`): each `@ts-expect-error` below fails the check
 * if the mistake under it stops being a type error.
 */

type Putin = LoadedTargetKey<'putin'>;
const base = { quote: 'plotting', connotes: 'scheming', neutral: 'planning' };

export const accepted: Putin[] = [
	{ ...base, voice: 'quoted', whose: 'putin' },
	{ ...base, voice: 'paraphrased', whose: 'putin' },
	{ ...base, voice: 'outlet' }
];

export const refused: Putin[] = [
	// @ts-expect-error: a quoted word names its speaker.
	{ ...base, voice: 'quoted' },
	// @ts-expect-error: the outlet's own word names none.
	{ ...base, voice: 'outlet', whose: 'putin' },
	// @ts-expect-error: only the module's speakers.
	{ ...base, voice: 'paraphrased', whose: 'zelensky' },
	// @ts-expect-error: one of the three voices.
	{ ...base, voice: 'reporter', whose: 'putin' },
	// @ts-expect-error: "outlet" is a voice now, not a speaker.
	{ ...base, whose: 'outlet' }
];

/** Inside a module, as authors write it: the speaker ids are the module's own. */
export const inModule = () =>
	defineModule({
		title: 't',
		summary: 's',
		minutes: 1,
		sources: ['a'],
		speakers: { putin: { name: 'Vladimir Putin', description: 'President' } },
		items: [
			{
				kind: 'loaded-wording',
				id: 'x',
				prompt: 'p',
				passage: { source: 'a', quote: 'q' },
				// @ts-expect-error: an unknown speaker in a module's key.
				targets: [{ ...base, voice: 'quoted', whose: 'peskov' }],
				explanation: 'e'
			}
		]
	});

describe('loaded-wording key types', () => {
	it('accept each voice written as the key wants it', () => {
		expect(accepted.map((t) => t.voice)).toEqual(['quoted', 'paraphrased', 'outlet']);
		expect(refused).toHaveLength(5);
	});
});
