import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import { keys } from 'virtual:quiz-sources';
import { kinds, type ItemKey, type KindName } from './registry';

/*
 * Each kind's key schema (its schema.ts) outputs exactly the key type its module's key.ts is checked
 * against: `npm run check` type-checks this file, so a field added to one and not to the other fails.
 */
type Kinds = typeof kinds;
type SchemaKey<K extends KindName> = v.InferOutput<Kinds[K]['keySchema']>;
type KeyOf<K extends KindName> = Extract<ItemKey<string, string>, { kind: K }>;
/**
 * Each assignable to the other: no field added, dropped or made optional on one side only. For the
 * types toEqualTypeOf cannot compare: it tells `A & (B | C)` (a target and its voice) from
 * `(A & B) | (A & C)` (the schema's variant), which TypeScript treats as one type.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('the kinds’ key schemas', () => {
	it('output each kind’s own key type, and together the ItemKey union', () => {
		expectTypeOf<SchemaKey<'attribution'>>().toEqualTypeOf<KeyOf<'attribution'>>();
		expectTypeOf<Same<SchemaKey<'loaded-wording'>, KeyOf<'loaded-wording'>>>().toEqualTypeOf<true>();
		expectTypeOf<SchemaKey<'disputed-claim'>>().toEqualTypeOf<KeyOf<'disputed-claim'>>();
		expectTypeOf<SchemaKey<'source-comparison'>>().toEqualTypeOf<KeyOf<'source-comparison'>>();
		expectTypeOf<SchemaKey<'provenance'>>().toEqualTypeOf<KeyOf<'provenance'>>();
		expectTypeOf<Same<{ [K in KindName]: SchemaKey<K> }[KindName], ItemKey<string, string>>>().toEqualTypeOf<true>();
		// The helper itself tells a missing field and an optional one apart.
		expectTypeOf<Same<{ a: string }, { a: string; b: string }>>().toEqualTypeOf<false>();
		expectTypeOf<Same<{ a: string }, { a?: string }>>().toEqualTypeOf<false>();
	});

	it('accept every item of every module’s key.ts, shipped and test modules alike', () => {
		const items = Object.values(keys).flatMap((key) => key.items);
		expect(new Set(items.map((item) => item.kind))).toEqual(new Set(Object.keys(kinds)));
		for (const item of items) {
			const parsed = v.safeParse(kinds[item.kind as KindName].keySchema, structuredClone(item));
			expect(parsed.issues?.map((issue) => `${item.id}: ${issue.message}`) ?? []).toEqual([]);
		}
	});
});
