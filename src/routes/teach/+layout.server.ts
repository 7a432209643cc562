import { teacherId } from '$lib/server/teacher';
import type { LayoutServerLoad } from './$types';

/*
 * Every page under /teach needs a signed-in teacher. The hook turns everyone
 * else away first; this layout checks again where the data is loaded, so a
 * path the hook does not recognise (or a page that forgets its own check)
 * still shows nothing. A failed layout load stops the pages below it from
 * being rendered or sent as data.
 */
export const load: LayoutServerLoad = ({ locals }) => {
	teacherId(locals);
};
