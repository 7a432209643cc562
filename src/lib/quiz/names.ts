import { m } from '$lib/paraglide/messages';
import { REPORTER, UNNAMED, outletSource, type Speaker } from './types';

/** Documents are called "Report A", "Report B"… in reading order, on every page. */
export function reportNames(sources: ReadonlyArray<{ id: string }>): Record<string, string> {
	return Object.fromEntries(sources.map((doc, n) => [doc.id, m.report_name({ letter: String.fromCharCode(65 + n) })]));
}

/**
 * A speaker id in words. `reports` names the documents ("Report B"), for the
 * parties that are a report's own voice (`outlet:<source id>`).
 */
export function speakerName(
	speakers: Record<string, Speaker>,
	id: string,
	reports: Record<string, string> = {}
): string {
	if (id === REPORTER) return m.speaker_reporter();
	if (id === UNNAMED) return m.speaker_unnamed();
	const source = outletSource(id);
	if (source !== null) {
		const report = Object.hasOwn(reports, source) ? reports[source] : source;
		return m.speaker_outlet({ report });
	}
	// Only the module's own speakers: an id such as "constructor" is not one of them.
	return Object.hasOwn(speakers, id) ? speakers[id].name : id;
}

/**
 * A name inside a sentence: "the source is the White House", not "… is The White House". Only a
 * leading article changes ("The", "A", "An": "chose an unnamed or vague source"), never a name's own capitals.
 */
export const inSentence = (name: string) => name.replace(/^(The|An|A) /, (article) => article.toLowerCase());

/**
 * How a module's speakers and reports are named on teacher pages and in the
 * CSV: what every kind's summarise and classify are given.
 */
export function moduleNames(module: {
	speakers: Record<string, Speaker>;
	sources: ReadonlyArray<{ id: string }>;
}): Names {
	const reports = reportNames(module.sources);
	return {
		speaker: (id) => speakerName(module.speakers, id, reports),
		report: (id) => (Object.hasOwn(reports, id) ? reports[id] : id)
	};
}

/** How reports and speakers are named on teacher pages and in the CSV. */
export interface Names {
	/**
	 * "Putin", "NATO", "The reporter (no named source)", "An unnamed or vague source", "The outlet of Report B
	 * (the report’s own voice)": a speaker id in words.
	 */
	speaker(id: string): string;
	/** "Report A (TASS)": a document id in words. */
	report(id: string): string;
}
