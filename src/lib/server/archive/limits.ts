/*
 * What an imported module may weigh. A module is a few news reports of a few thousand words each (the shipped
 * one's two documents are 27 KB), a key and three short texts: these limits leave room for a hundred times that,
 * and refuse what could only be an accident or an attack before it costs memory or time.
 */
export const limits = {
	/** The archive as uploaded; a larger one is refused before anything in it is read. */
	archiveBytes: 10 * 1024 * 1024,
	/** Any one file, unpacked. */
	fileBytes: 5 * 1024 * 1024,
	/** All files together, unpacked. */
	totalBytes: 20 * 1024 * 1024,
	/** Files in the archive or the folder (a module has 4 and one per document). */
	files: 40,
	/**
	 * Unpacked size over packed size, for a file of more than `ratioFrom` bytes: text packs 3 to 10 times, a zip
	 * bomb thousands of times (deflate's limit is 1032).
	 */
	ratio: 100,
	ratioFrom: 64 * 1024
} as const;

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
