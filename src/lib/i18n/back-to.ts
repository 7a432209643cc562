/** Where the switch was pressed, as a path on this site; anything else is the home page. */
export function backTo(to: string, origin: string): string {
	let target: URL;
	try {
		target = new URL(to, origin);
	} catch {
		return '/';
	}
	if (target.origin !== origin || !to.startsWith('/')) return '/';
	for (const key of [...target.searchParams.keys()]) if (key.startsWith('/')) target.searchParams.delete(key);
	return target.pathname + target.search;
}
