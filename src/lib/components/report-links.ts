/**
 * The report a same-page link leads into, from its href: "#doc-<id>" (the report switch) or "#<id>-t<n>" (a place
 * in the report: "Find it in Report B", the evidence links); null for any other link.
 */
export function documentOf(href: string | null | undefined, ids: readonly string[]): string | null {
	if (!href?.startsWith('#')) return null;
	let target: string;
	try {
		target = decodeURIComponent(href.slice(1));
	} catch {
		return null;
	}
	return ids.find((id) => target === `doc-${id}` || new RegExp(`^${escape(id)}-t\\d+$`).test(target)) ?? null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
