import * as v from 'valibot';
import { anchor, id, itemBase, list, nonEmpty, strict, text } from '../key-schema';
import type { SourceComparisonKey } from './types';

const statement = strict({
	id: id('id'),
	text: text('text'),
	in: list(id('in'), 'in'),
	evidence: list(anchor, 'evidence'),
	explanation: text('explanation')
});

/** A source-comparison item's key as data, checked at run time; key-schema.spec.ts ties it to SourceComparisonKey. */
export const keySchema = strict({
	...itemBase('source-comparison'),
	statements: nonEmpty(statement, 'statements'),
	explanation: text('explanation')
}) satisfies v.GenericSchema<unknown, SourceComparisonKey<string, string>>;
