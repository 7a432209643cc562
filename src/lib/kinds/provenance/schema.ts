import * as v from 'valibot';
import { anchor, id, itemBase, nonEmpty, strict, text } from '../key-schema';
import { categoryIds, type ProvenanceKey } from './types';

const observation = strict({
	id: id('id'),
	at: anchor,
	category: v.picklist(categoryIds, `"category" must be one of ${categoryIds.join(', ')}`),
	explanation: text('explanation')
});

/** A provenance item's key as data, checked at run time; key-schema.spec.ts ties it to ProvenanceKey. */
export const keySchema = strict({
	...itemBase('provenance'),
	observations: nonEmpty(observation, 'observations'),
	explanation: text('explanation')
}) satisfies v.GenericSchema<unknown, ProvenanceKey<string, string>>;
