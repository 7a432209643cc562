import * as v from 'valibot';
import { kinds, type ItemKey } from '$lib/kinds/registry';
import { id, nonEmpty, strict, text } from '$lib/kinds/key-schema';

/*
 * A module's key as data (an authored module's, an archive's), checked at run time: the shape a
 * key.ts has by its types. Each item is checked by its own kind's schema (the kind contract's
 * keySchema), so nothing here names a kind. Ids, quotes and the rules between fields are the
 * compile step's, which reports them as it does for a key.ts.
 */

const kindSchemas = Object.values(kinds).map((kind) => kind.keySchema);

/** An item of any registered kind; an unknown kind gets the compile step's message. */
const itemKey = v.variant('kind', kindSchemas as never, (issue) =>
	issue.expected === 'Object' ? `must be an object, not ${issue.received}` : `unknown kind ${issue.received}`
) as v.GenericSchema<unknown, ItemKey<string, string>>;

const speaker = strict({ name: text('name'), description: text('description') });

export const moduleKeySchema = strict({
	title: text('title'),
	summary: text('summary'),
	minutes: v.pipe(
		v.number('"minutes" must be a number'),
		v.integer('"minutes" must be a whole number'),
		v.minValue(1, '"minutes" must be at least 1')
	),
	practice: v.optional(v.boolean('"practice" must be true or false (leave it out to keep the module out of practice)')),
	sources: v.pipe(nonEmpty(id('sources'), 'sources'), v.readonly()),
	speakers: v.record(v.string(), speaker, '"speakers" must map ids to a name and a description'),
	items: v.array(itemKey, '"items" must be a list')
});
