import { env } from '$env/dynamic/private';

/*
 * adapter-node refuses any request body over BODY_SIZE_LIMIT (512 KB unless set) before an action reads
 * it. An upload form allows more than that (a document, an archive), so what a teacher may upload here is
 * the smaller of the two, and a refusal says that size.
 */

/** BODY_SIZE_LIMIT read as adapter-node reads it: a number of bytes, or one with a K, M or G after it. */
export function parseBodyLimit(value: string | undefined = '512K'): number {
	const multiplier = ({ K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[
		value.at(-1)?.toUpperCase() ?? ''
	];
	return multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
}

/** The most this server takes in one upload form whose own cap is `cap` bytes. */
export const uploadLimit = (cap: number) => {
	const server = parseBodyLimit(env.BODY_SIZE_LIMIT || undefined);
	return Number.isFinite(server) && server > 0 ? Math.min(cap, server) : cap;
};

/** A size as a teacher reads it: "512 KB", "2 MB", "1.5 MB". */
export function sizeText(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
