import * as v from 'valibot';
import { anchor, id, itemBase, list, nonEmpty, strict, text } from '../key-schema';
import type { LoadedWordingKey } from './types';

const occurrence = anchor.entries.occurrence;
const words = { quote: v.string('"quote" must be text'), occurrence };
const target = { ...words, connotes: text('connotes'), neutral: text('neutral') };

/** The voices as a variant, so that a quoted or paraphrased word names its speaker and the outlet's names none. */
const targetSchema = v.variant(
	'voice',
	[
		strict({ ...target, voice: v.literal('quoted'), whose: id('whose') }),
		strict({ ...target, voice: v.literal('paraphrased'), whose: id('whose') }),
		strict({
			...target,
			voice: v.literal('outlet'),
			whose: v.optional(v.never('the outlet’s own word names no speaker; leave out "whose"'))
		})
	],
	'"voice" must be "quoted", "paraphrased" or "outlet"'
);

const explained = strict({ ...words, explanation: text('explanation') });

/** A loaded-wording item's key as data, checked at run time; key-schema.spec.ts ties it to LoadedWordingKey. */
export const keySchema = strict({
	...itemBase('loaded-wording'),
	passage: anchor,
	targets: nonEmpty(targetSchema, 'targets'),
	defensible: v.optional(list(explained, 'defensible')),
	notLoaded: v.optional(list(explained, 'notLoaded')),
	explanation: text('explanation')
}) satisfies v.GenericSchema<unknown, LoadedWordingKey<string, string>>;
