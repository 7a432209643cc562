import { Views } from '$lib/kinds/views';
import type { PageLoad } from './$types';

/** The question's own kind's views, and no other kind's. */
export const load: PageLoad = async ({ data }) => ({ ...data, views: await Views.load([data.item.kind]) });
