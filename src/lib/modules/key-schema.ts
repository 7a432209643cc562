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

/** Text a learner reads in the catalog: not blank, and short enough for a list. */
const heading = (field: string, max: number) =>
	v.pipe(
		text(field),
		v.check((value) => value.trim() !== '', `"${field}" is empty`),
		v.maxLength(max, `"${field}" is longer than ${max} characters`)
	);

/*
 * Beyond a key.ts's types, data from outside (an archive, the editor) must have a title, a summary
 * and an item, and a plausible length: what a shipped module has by review.
 */
export const moduleKeySchema = strict({
	title: heading('title', 200),
	summary: heading('summary', 1000),
	minutes: v.pipe(
		v.number('"minutes" must be a number'),
		v.integer('"minutes" must be a whole number'),
		v.minValue(1, '"minutes" must be at least 1'),
		v.maxValue(600, '"minutes" must be at most 600')
	),
	practice: v.optional(v.boolean('"practice" must be true or false (leave it out to keep the module out of practice)')),
	sources: v.pipe(nonEmpty(id('sources'), 'sources'), v.readonly()),
	speakers: v.record(v.string(), speaker, '"speakers" must map ids to a name and a description'),
	items: v.pipe(
		v.array(itemKey, '"items" must be a list'),
		v.minLength(1, '"items" is empty: a module needs at least one item')
	)
});
