import * as v from 'valibot';
import { anchor, id, itemBase, nonEmpty, strict, text } from '../key-schema';
import { modes, type AttributionKey } from './types';

/** An attribution item's key as data (an authored module's), checked at run time; key-schema.spec.ts ties it to AttributionKey. */
export const keySchema = strict({
	...itemBase('attribution'),
	statement: anchor,
	// Strict: a plain tuple would take three ids as its first entry and drop the rest.
	choices: v.union(
		[
			v.strictTuple([id('choices')]),
			v.strictTuple([id('choices'), id('choices')]),
			v.strictTuple([id('choices'), id('choices'), id('choices')])
		],
		'"choices" must list one to three speaker ids'
	),
	speaker: id('speaker'),
	mode: v.picklist(
		Object.keys(modes) as Array<keyof typeof modes>,
		`"mode" must be one of ${Object.keys(modes).join(', ')}`
	),
	evidence: nonEmpty(anchor, 'evidence'),
	explanation: text('explanation')
}) satisfies v.GenericSchema<unknown, AttributionKey<string, string>>;
