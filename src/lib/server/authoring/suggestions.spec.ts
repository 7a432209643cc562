import { afterEach, describe, expect, it } from 'vitest';
import { restoreLocale, useLocale } from '$lib/i18n/locale-in-specs';
import { kinds } from '$lib/kinds/registry';
import { documentFile } from '$lib/modules/document-file';
import { itemProblems } from '$lib/modules/item-problems';
import { emptyWorkingCopy, type WorkingCopy } from '../data/authored-modules';
import { draftModule } from '../draft/draft';
import { ferryA, ferryB } from '../draft/fixtures';
import {
	acceptProposal,
	documentsRevision,
	draftFiles,
	proposalForm,
	proposalsFrom,
	type ItemProposal,
	type Proposal
} from './suggestions';

/** The drafter's test reports as a teacher's module: one with its own front matter, one given details in the editor. */
function ferryCopy(): WorkingCopy {
	const copy = emptyWorkingCopy('Ferry');
	const b = documentFile(
		{ title: 'Gull Island ferry to stop in March', outlet: 'Island News', origin: 'Invented', language: 'English' },
		ferryB
	);
	return {
		...copy,
		key: { ...copy.key, summary: 'Invented reports.', sources: ['ferry-a', 'ferry-b'] as never, speakers: {} },
		documents: { 'ferry-a': ferryA, 'ferry-b': b },
		prose: { intro: 'Read both.', debrief: 'Compare.', teacherNotes: 'Invented.' }
	};
}

const describeWays = (ways: string[]) => (ways.length ? `Called ${ways.join(', ')}` : 'Named in the reports');
const copy = ferryCopy();
const draft = draftModule(draftFiles(copy));
const proposals = proposalsFrom(copy, draft, describeWays);
const items = proposals.map((p) => p.proposal).filter((p): p is ItemProposal => p.type === 'item');
const compiles = (after: WorkingCopy, itemId: string) => {
	const item = (after.key.items as unknown as Array<{ id: string; kind: string }>).find((i) => i.id === itemId)!;
	return itemProblems({ id: 'ferry', ...after }, item);
};

describe('suggestions from a draft', () => {
	it('proposes items of every kind that drafts, and the module’s speakers with their descriptions', () => {
		expect(new Set(items.map((p) => p.kind)).size).toBe(4);
		const brennan = proposals.find((p) => p.signature === 'speaker:brennan')?.proposal as Proposal;
		expect(brennan).toMatchObject({ type: 'speaker', speaker: { id: 'brennan', name: 'Ada Brennan' } });
		expect(brennan.type === 'speaker' && brennan.speaker.description).toMatch(/^Called .*Mayor/);
		// Speakers the module has are not proposed again.
		const withBrennan = acceptProposal(copy, brennan);
		expect(withBrennan.ok).toBe(true);
		if (!withBrennan.ok) return;
		const again = proposalsFrom(withBrennan.copy, draft, describeWays);
		expect(again.some((p) => p.signature === 'speaker:brennan')).toBe(false);
	});

	it('gives each proposal a signature of its own, the same when drafted again', () => {
		const signatures = proposals.map((p) => p.signature);
		expect(new Set(signatures).size).toBe(signatures.length);
		expect(proposalsFrom(copy, draftModule(draftFiles(copy)), describeWays).map((p) => p.signature)).toEqual(
			signatures
		);
	});

	it('quotes only words of the documents, and names owners the module or the draft knows', () => {
		const speakers = new Set(draft.speakers.map((s) => s.id));
		for (const p of items) {
			for (const quote of p.quotes) expect(copy.documents[quote.source]).toContain(quote.quote);
			for (const owner of p.owners) {
				expect(speakers.has(owner) || /^(outlet:ferry-[ab]|reporter|unnamed)$/.test(owner), owner).toBe(true);
			}
		}
	});

	it('accepts one item of each kind through its editor form, with the speakers it names, and it compiles', () => {
		for (const kind of new Set(items.map((p) => p.kind))) {
			const proposal = items.find((p) => p.kind === kind)!;
			const accepted = acceptProposal(copy, proposal);
			expect(accepted.ok, kind).toBe(true);
			if (!accepted.ok) continue;
			expect(accepted.itemId).toBe(proposal.key.id);
			expect(accepted.copy.key.items).toHaveLength(1);
			for (const s of proposal.speakers)
				expect(accepted.copy.key.speakers[s.id]).toEqual({ name: s.name, description: s.description });
			expect(compiles(accepted.copy, accepted.itemId!), kind).toEqual({ own: [], moduleHasOthers: false });
		}
	});

	it('gives an accepted item a free id when the drafted one is taken', () => {
		const first = acceptProposal(copy, items[0]);
		if (!first.ok) throw new Error(first.problems.join('; '));
		const second = acceptProposal(first.copy, items[0]);
		expect(second.ok && second.itemId).toBe(`${items[0].key.id}-2`);
	});

	it('refuses a proposal its kind’s form refuses, or of a kind that does not exist, naming the problem', () => {
		const broken = { ...items[0], key: { ...items[0].key, prompt: 7 } };
		const refused = acceptProposal(copy, broken);
		expect(refused.ok).toBe(false);
		expect(refused.ok ? [] : refused.problems).not.toEqual([]);
		expect(acceptProposal(copy, { ...items[0], kind: 'no-such-kind' })).toEqual({
			ok: false,
			problems: ['no kind no-such-kind']
		});
	});

	it('opens the kind’s editor with the proposal’s fields, as its toForm writes them', () => {
		const form = proposalForm(copy, items[0]);
		if (!form.ok) throw new Error(form.problems.join('; '));
		const kind = kinds[form.kind as keyof typeof kinds];
		expect(form.values).toEqual(kind.authoring.toForm(items[0].key as never));
	});

	it('changes the documents’ revision with their text or order, not with anything else', () => {
		const before = documentsRevision(copy);
		expect(documentsRevision({ ...copy, key: { ...copy.key, title: 'Other' } })).toBe(before);
		expect(documentsRevision({ ...copy, key: { ...copy.key, sources: ['ferry-b', 'ferry-a'] as never } })).not.toBe(
			before
		);
		expect(documentsRevision({ ...copy, documents: { ...copy.documents, 'ferry-a': `${ferryA} More.` } })).not.toBe(
			before
		);
	});
});

describe('suggestions for a teacher working in German', () => {
	afterEach(restoreLocale);

	/** Every text of a drafted key, wherever its kind keeps it (prompt, explanation, and those of its parts). */
	const texts = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: Array.isArray(value)
				? value.flatMap(texts)
				: value && typeof value === 'object'
					? Object.entries(value).flatMap(([field, inner]) =>
							['prompt', 'explanation', 'text', 'connotes', 'neutral'].includes(field) || typeof inner === 'object'
								? texts(inner)
								: []
						)
					: [];

	it('writes each kind’s prompts and explanations in German, proposing the same items', () => {
		useLocale('de');
		const german = proposalsFrom(copy, draft, describeWays);
		expect(german.map((p) => p.signature)).toEqual(proposals.map((p) => p.signature));
		const germanItems = german.map((p) => p.proposal).filter((p): p is ItemProposal => p.type === 'item');
		for (const [n, item] of germanItems.entries()) {
			const english = items[n].key as Record<string, unknown>;
			const key = item.key as Record<string, unknown>;
			expect(key.prompt, item.kind).not.toBe(english.prompt);
			expect(key.explanation, item.kind).not.toBe(english.explanation);
			// No English scaffolding left: the drafter's own notes to the teacher start "Drafted" in English.
			expect(
				texts(key).filter((text) => /\bDrafted\b/.test(text)),
				item.kind
			).toEqual([]);
			expect(
				texts(english).some((text) => /^Drafted/.test(text)),
				item.kind
			).toBe(true);
			// German words still make an item the kind accepts.
			const accepted = acceptProposal(copy, item);
			expect(accepted.ok, item.kind).toBe(true);
			if (accepted.ok && accepted.itemId)
				expect(compiles(accepted.copy, accepted.itemId), item.kind).toEqual({ own: [], moduleHasOthers: false });
		}
		expect(new Set(germanItems.map((p) => p.kind)).size).toBe(4);
	});
});
