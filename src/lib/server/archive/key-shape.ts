import * as v from 'valibot';
import { DOCUMENT_ID } from './layout';

/*
 * The module-level shape of a key read from an archive, checked before the compile step sees it: the compile
 * step (compileModule) then checks every item with the same messages as `quizzes:check`, but it trusts the
 * module's own fields to be what defineModule's types make them in a key.ts.
 */

const text = (what: string, max: number) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.trim(),
		v.nonEmpty(`${what} is empty`),
		v.maxLength(max, `${what} is longer than ${max} characters`)
	);

const speaker = v.object({
	name: text('a speaker’s "name"', 200),
	description: v.string('a speaker’s "description" must be text')
});

const item = v.looseObject({
	kind: v.string('an item’s "kind" must be text'),
	id: v.string('an item’s "id" must be text')
});

export const keyShape = v.looseObject({
	title: text('"title"', 200),
	summary: text('"summary"', 1000),
	minutes: v.pipe(
		v.number('"minutes" must be a number'),
		v.integer('"minutes" must be a whole number'),
		v.minValue(1, '"minutes" must be at least 1'),
		v.maxValue(600, '"minutes" must be at most 600')
	),
	practice: v.optional(v.boolean('"practice" must be true or false')),
	sources: v.pipe(
		v.array(
			v.pipe(
				v.string('each of "sources" must be a document id'),
				v.regex(DOCUMENT_ID, 'each of "sources" must be a document id (letters, digits, - and _)')
			),
			'"sources" must be a list of document ids'
		),
		v.nonEmpty('"sources" must name at least one document')
	),
	speakers: v.record(
		v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'a speaker id must be letters, digits, - and _')),
		speaker,
		'"speakers" must be an object of speakers by id'
	),
	items: v.pipe(
		v.array(item, '"items" must be a list of items'),
		v.nonEmpty('"items" is empty: a module needs at least one item'),
		v.maxLength(200, 'a module has at most 200 items')
	)
});

/** What is wrong with the key's own fields, each message naming the file. */
export function keyShapeProblems(key: unknown, file: string): string[] {
	const result = v.safeParse(keyShape, key);
	return result.success ? [] : result.issues.map((issue) => `${file}: ${issue.message}`);
}
