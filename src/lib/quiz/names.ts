import { REPORTER, type Speaker } from './types';

/** Documents are called "Report A", "Report B"… in reading order, on every page. */
export function reportNames(sources: ReadonlyArray<{ id: string }>): Record<string, string> {
	return Object.fromEntries(sources.map((doc, n) => [doc.id, `Report ${String.fromCharCode(65 + n)}`]));
}

export function speakerName(speakers: Record<string, Speaker>, id: string): string {
	if (id === REPORTER) return 'The reporter (no named source)';
	return speakers[id]?.name ?? id;
}
