import type * as v from 'valibot';
import type { AnyKind } from './kind';
import { attribution } from './attribution';
import { loadedWording } from './loaded-wording';
import { disputedClaim } from './disputed-claim';
import { sourceComparison } from './source-comparison';
import type { AttributionKey } from './attribution/types';
import type { LoadedWordingKey } from './loaded-wording/types';
import type { DisputedClaimKey } from './disputed-claim/types';
import type { SourceComparisonKey } from './source-comparison/types';
import { provenance } from './provenance';
import type { ProvenanceKey } from './provenance/types';

/**
 * Every item kind, in the order their skills are listed. A new kind is a folder
 * beside this file, a line here and in the key union below, and a line in views.ts (its learner-views.ts)
 * and in teacher-views.ts (its views.ts).
 */
export const kinds = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim,
	'source-comparison': sourceComparison,
	provenance
} satisfies Record<string, AnyKind>;

export type KindName = keyof typeof kinds;

/**
 * An item as the author writes it, with speaker ids S and source ids D. (Written
 * out, not derived: TypeScript cannot map over generic types.)
 */
export type ItemKey<S extends string, D extends string> =
	| AttributionKey<S, D>
	| LoadedWordingKey<S, D>
	| DisputedClaimKey<S, D>
	| SourceComparisonKey<S, D>
	| ProvenanceKey<S, D>;

type Kinds = typeof kinds;

/** An item with its quotes resolved to spans: the full key, server-only. */
export type Item = { [K in KindName]: Parameters<Kinds[K]['publicView']>[0] }[KindName];

/** What the learner may see of an item before answering. */
export type PublicItem = { [K in KindName]: ReturnType<Kinds[K]['publicView']> }[KindName];

/** A response as its kind's schema checked it: what `gradeChecked` takes and what is stored. */
export type ItemResponse = { [K in KindName]: v.InferOutput<Kinds[K]['response']> }[KindName];

/** The definition of an item's kind, typed loosely: the item's own type is checked where it was resolved. */
export const kindOf = (item: { kind: KindName }): AnyKind => kinds[item.kind];

/** Whether a stored name is a registered kind's. */
export const isKindName = (name: unknown): name is KindName => typeof name === 'string' && Object.hasOwn(kinds, name);

/** A kind's name for teachers in the request's language; an unknown stored name as it is. */
export const kindTitle = (name: string): string => (isKindName(name) ? kinds[name].authoring.title() : name);

/** Every kind, with its title for teachers, in the registry's order: what the editor offers to add. */
export const kindChoices = (): Array<{ name: KindName; title: string }> =>
	(Object.keys(kinds) as KindName[]).map((name) => ({ name, title: kinds[name].authoring.title() }));
