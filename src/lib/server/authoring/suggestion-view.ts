import { m } from '$lib/paraglide/messages';
import { kindTitle } from '$lib/kinds/registry';
import { resolveQuote } from '$lib/quiz/anchor';
import { parseDocument } from '$lib/quiz/document';
import { tokenize } from '$lib/quiz/tokenize';
import { REPORTER, UNNAMED, outletSource, type Highlight, type SourceDocument } from '$lib/quiz/types';
import type { WorkingCopy } from '../data/authored-modules';
import type { Suggestion } from '../data/draft-suggestions';
import { documentsRevision, type SpeakerProposal } from './suggestions';

/*
 * The module editor's suggestions as the page shows them: numbered, each with its kind's title, what
 * it asks about, its quotes linked to their marks in the reports, and whose words they are by name.
 * Only those drafted from the reports as they are now are shown; the others are counted.
 */

export interface SuggestionQuote {
	text: string;
	report: string;
	/** The mark of the words in the report, or null when they are no longer found there. */
	href: string | null;
}

export interface SuggestionView {
	id: string;
	/** "S3": the tag its marks carry in the reports. */
	tag: string;
	n: number;
	/** The item's kind (for its editor), or null for a speaker. */
	kind: string | null;
	title: string;
	about: string;
	quotes: SuggestionQuote[];
	owners: string[];
	/** A proposed speaker's description. */
	description: string | null;
}

export interface SuggestionsView {
	suggestions: SuggestionView[];
	/** Open suggestions drafted from an earlier text of the reports: not shown. */
	stale: number;
	/** The reports with every shown suggestion's words marked. */
	reports: Array<{ doc: SourceDocument; name: string; highlights: Highlight[] }>;
}

export function suggestionsView(copy: WorkingCopy, open: Suggestion[]): SuggestionsView {
	// Most loads of the editor have no suggestions: the reports are not parsed for nothing.
	if (!open.length) return { suggestions: [], stale: 0, reports: [] };
	const current = documentsRevision(copy);
	const known = copy.key.speakers ?? {};
	// A speaker accepted with an item, or added by hand, is no longer a suggestion.
	const shown = open.filter(
		(s) => s.documents === current && !(s.proposal.type === 'speaker' && Object.hasOwn(known, s.proposal.speaker.id))
	);
	const sources = Array.isArray(copy.key.sources) ? copy.key.sources : [];
	const docs = sources.flatMap((id) => {
		const parsed = Object.hasOwn(copy.documents, id) ? parseDocument(id, copy.documents[id]) : null;
		return parsed?.ok ? [parsed.document] : [];
	});
	const searchable = new Map(docs.map((d) => [d.id, { source: d.id, text: d.body, tokenized: tokenize(d.body) }]));
	const reportName = (id: string) => docs.find((d) => d.id === id)?.meta.title || id;

	const drafted = new Map<string, SpeakerProposal>();
	for (const { proposal } of open) {
		const speakers = proposal.type === 'speaker' ? [proposal.speaker] : proposal.speakers;
		for (const s of speakers) drafted.set(s.id, s);
	}
	const ownerName = (owner: string) => {
		if (owner === REPORTER) return m.t_draft_owner_reporter();
		if (owner === UNNAMED) return m.t_draft_owner_unnamed();
		const outlet = outletSource(owner);
		if (outlet !== null) {
			return m.t_draft_owner_outlet({ outlet: docs.find((d) => d.id === outlet)?.meta.outlet || outlet });
		}
		return (Object.hasOwn(known, owner) ? known[owner]?.name : undefined) || drafted.get(owner)?.name || owner;
	};

	const highlights = new Map<string, Highlight[]>(docs.map((d) => [d.id, []]));
	const suggestions = shown.map(({ id, proposal }, index): SuggestionView => {
		const n = index + 1;
		const tag = `S${n}`;
		if (proposal.type === 'speaker') {
			const { name, description } = proposal.speaker;
			return { id, tag, n, kind: null, title: m.t_draft_speaker(), about: name, quotes: [], owners: [], description };
		}
		const quotes = proposal.quotes.map((quote) => {
			const doc = searchable.get(quote.source);
			const found = doc ? resolveQuote(doc, quote.quote, quote.occurrence) : null;
			if (found?.ok) {
				highlights.get(quote.source)?.push({ span: found.span, role: 'evidence', label: m.t_draft_label({ n }), tag });
			}
			return {
				text: quote.quote,
				report: reportName(quote.source),
				href: found?.ok ? `#${quote.source}-t${found.span.start}` : null
			};
		});
		return {
			id,
			tag,
			n,
			kind: proposal.kind,
			title: kindTitle(proposal.kind),
			about: proposal.about,
			quotes,
			owners: [...new Set(proposal.owners.map(ownerName))],
			description: null
		};
	});
	return {
		suggestions,
		stale: open.length - open.filter((s) => s.documents === current).length,
		reports: suggestions.some((s) => s.quotes.length)
			? docs.map((doc) => ({ doc, name: doc.meta.title || doc.id, highlights: highlights.get(doc.id) ?? [] }))
			: []
	};
}
