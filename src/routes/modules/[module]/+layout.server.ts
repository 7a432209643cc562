import { moduleOr404 } from '$lib/server/practice';
import { moduleView } from '$lib/server/items';
import type { LayoutServerLoad } from './$types';

/* The documents are loaded once per module; moving between items does not send them again. */
export const load: LayoutServerLoad = async ({ params }) => ({ module: moduleView(await moduleOr404(params.module)) });
