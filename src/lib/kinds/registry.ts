import type { AnyKind } from './kind';
import { attribution } from './attribution';
import { loadedWording } from './loaded-wording';
import { disputedClaim } from './disputed-claim';
import type { AttributionItem, AttributionKey, AttributionPublic } from './attribution/types';
import type { LoadedWordingItem, LoadedWordingKey, LoadedWordingPublic } from './loaded-wording/types';
import type { DisputedClaimItem, DisputedClaimKey, DisputedClaimPublic } from './disputed-claim/types';

/** Every item kind. A new kind is a folder beside this file and a line here (and in the unions below). */
export const kinds = {
	attribution,
	'loaded-wording': loadedWording,
	'disputed-claim': disputedClaim
} satisfies Record<string, AnyKind>;

export type KindName = keyof typeof kinds;

/** An item as the author writes it, with speaker ids S and source ids D. */
export type ItemKey<S extends string, D extends string> =
	AttributionKey<S, D> | LoadedWordingKey<S, D> | DisputedClaimKey<S, D>;

/** An item with its quotes resolved to spans: the full key, server-only. */
export type Item = AttributionItem | LoadedWordingItem | DisputedClaimItem;

/** What the learner may see of an item before answering. */
export type PublicItem = AttributionPublic | LoadedWordingPublic | DisputedClaimPublic;

export function kindOf<K extends KindName>(name: K): (typeof kinds)[K] {
	return kinds[name];
}
