import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/*
 * A document as a file: YAML front matter, then the body exactly as received. The editor stores a
 * pasted or uploaded document this way, as quizzes/<id>/documents/*.txt are written, so that
 * parseDocument reads both alike and an export holds the file as it is.
 */

/** The details a teacher gives for a document; `notes` and `not_article` are kept as they were. */
export interface DocumentDetails {
	title: string;
	outlet: string;
	origin: string;
	language: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** One line: a detail typed with a line break would otherwise end the front matter's field. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The file text: front matter with the details (and any other fields given), then the body verbatim. */
export function documentFile(details: DocumentDetails, body: string, others: Record<string, unknown> = {}): string {
	const meta: Record<string, unknown> = {
		title: oneLine(details.title),
		outlet: oneLine(details.outlet),
		origin: oneLine(details.origin),
		language: oneLine(details.language),
		...Object.fromEntries(Object.entries(others).filter(([name]) => !(name in details)))
	};
	return `---\n${stringifyYaml(meta, { lineWidth: 0 })}---\n${body}`;
}

export interface DocumentParts {
	details: DocumentDetails;
	/** The front matter's other fields (notes, not_article), to keep when the details change. */
	others: Record<string, unknown>;
	body: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A document file split into its details, its other front matter and its body; null when it has no readable front matter. */
export function documentParts(raw: string): DocumentParts | null {
	const head = FRONT_MATTER.exec(raw);
	if (!head) return null;
	let data: unknown;
	try {
		data = parseYaml(head[1]);
	} catch {
		return null;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const { title, outlet, origin, language, ...others } = data as Record<string, unknown>;
	return {
		details: { title: text(title), outlet: text(outlet), origin: text(origin), language: text(language) },
		others,
		body: raw.slice(head[0].length)
	};
}
