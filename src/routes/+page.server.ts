import { db } from '$lib/server/db/app';
import { keyHeldBack } from '$lib/server/data/practice';
import { practiceCatalog } from '$lib/server/practice';
import type { PageServerLoad } from './$types';

/* The public catalog: file modules whose key says `practice: true` and public authored ones, none with PRACTICE=off. */
export const load: PageServerLoad = async () => {
	const store = await db();
	return {
		modules: await Promise.all(
			(await practiceCatalog()).map(async (m) => ({
				id: m.id,
				title: m.title,
				summary: m.summary,
				minutes: m.minutes,
				items: m.items.length,
				sources: m.sources.map((doc) => doc.meta.title),
				paused: await keyHeldBack(store, m.id)
			}))
		)
	};
};
