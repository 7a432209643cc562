import { describe, expect, it } from 'vitest';
import { documentFile } from '$lib/modules/document-file';
import { emptyWorkingCopy, type WorkingCopy } from '../data/authored-modules';
import type { Suggestion } from '../data/draft-suggestions';
import { draftModule } from '../draft/draft';
import { ferryA, ferryB } from '../draft/fixtures';
import { suggestionsView } from './suggestion-view';
import { documentsRevision, draftFiles, proposalsFrom } from './suggestions';

const base = emptyWorkingCopy('Ferry');
const copy: WorkingCopy = {
	...base,
	key: { ...base.key, sources: ['ferry-a', 'ferry-b'] as never },
	documents: {
		'ferry-a': ferryA,
		'ferry-b': documentFile(
			{ title: 'Ferry B', outlet: 'Island News', origin: 'Invented', language: 'English' },
			ferryB
		)
	}
};
const open: Suggestion[] = proposalsFrom(copy, draftModule(draftFiles(copy)), () => 'Named').map((p, n) => ({
	id: `id-${n}`,
	documents: documentsRevision(copy),
	state: 'open',
	proposal: p.proposal
}));

describe('the editor’s suggestions', () => {
	const view = suggestionsView(copy, open);

	it('numbers every open suggestion and names its kind, and whose words it quotes by name', () => {
		expect(view.suggestions.map((s) => s.tag)).toEqual(open.map((_, n) => `S${n + 1}`));
		const owners = view.suggestions.flatMap((s) => s.owners);
		expect(owners).toContain('Ada Brennan');
		expect(owners).toContain('Island News (the outlet)');
		expect(owners.some((o) => /^outlet:|^[a-z-]+$/.test(o))).toBe(false);
		expect(view.suggestions.filter((s) => s.kind === null).every((s) => s.title === 'New speaker')).toBe(true);
		expect(new Set(view.suggestions.filter((s) => s.kind).map((s) => s.title)).size).toBe(4);
	});

	it('links each quote to a mark of its words, tagged with the suggestion, in the report shown beside it', () => {
		expect(view.reports.map((r) => r.doc.id)).toEqual(['ferry-a', 'ferry-b']);
		for (const s of view.suggestions) {
			for (const quote of s.quotes) {
				const [, source, token] = /^#(.+)-t(\d+)$/.exec(quote.href ?? '') ?? [];
				const report = view.reports.find((r) => r.doc.id === source);
				const mark = report?.highlights.find((h) => h.span.start === Number(token) && h.tag === s.tag);
				expect(mark?.span.text, `${s.tag} ${quote.text}`).toBe(quote.text);
			}
		}
	});

	it('hides suggestions drafted from other text of the reports (counting them), and speakers the module has', () => {
		const changed = { ...copy, documents: { ...copy.documents, 'ferry-a': `${ferryA}\nMore.` } };
		expect(suggestionsView(changed, open)).toEqual({ suggestions: [], stale: open.length, reports: [] });
		const speaker = open.find((s) => s.proposal.type === 'speaker')!;
		const id = speaker.proposal.type === 'speaker' ? speaker.proposal.speaker.id : '';
		const withSpeaker = { ...copy, key: { ...copy.key, speakers: { [id]: { name: 'Known', description: 'Known' } } } };
		const shown = suggestionsView(withSpeaker, open).suggestions;
		expect(shown).toHaveLength(open.length - 1);
		expect(shown.some((s) => s.id === speaker.id)).toBe(false);
	});
});
