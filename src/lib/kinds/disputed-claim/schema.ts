import * as v from 'valibot';
import { anchor, id, itemBase, list, nonEmpty, strict, text } from '../key-schema';
import type { DisputedClaimKey } from './types';

/** A disputed-claim item's key as data, checked at run time; key-schema.spec.ts ties it to DisputedClaimKey. */
export const keySchema = strict({
	...itemBase('disputed-claim'),
	claim: text('claim'),
	choices: nonEmpty(id('choices'), 'choices'),
	asserters: nonEmpty(id('asserters'), 'asserters'),
	disputers: list(id('disputers'), 'disputers'),
	reportedIn: list(id('reportedIn'), 'reportedIn'),
	evidence: nonEmpty(anchor, 'evidence'),
	explanation: text('explanation')
}) satisfies v.GenericSchema<unknown, DisputedClaimKey<string, string>>;
