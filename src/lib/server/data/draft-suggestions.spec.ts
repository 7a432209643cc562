import { expect, it } from 'vitest';
import { createModule, emptyWorkingCopy } from './authored-modules';
import { closeSuggestion, findOpenSuggestion, openSuggestions, replaceSuggestions } from './draft-suggestions';
import type { Signed } from '../authoring/suggestions';
import { describeStores } from './test-db';

const speaker = (id: string): Signed => ({
	signature: `speaker:${id}`,
	proposal: { type: 'speaker', speaker: { id, name: id.toUpperCase(), description: `Called ${id}` } }
});

describeStores('draft suggestions', (store) => {
	async function newModule() {
		const created = await createModule(store().db, `teacher-${crypto.randomUUID()}`, emptyWorkingCopy('Ferry'));
		if (!created.ok) throw new Error(created.problem);
		return created.module.id;
	}

	it('stores a draft’s proposals in order, tied to the module and the documents they came from', async () => {
		const { db } = store();
		const moduleId = await newModule();
		expect(await replaceSuggestions(db, moduleId, 'docs-1', [speaker('ada'), speaker('tom')])).toBe(2);
		const open = await openSuggestions(db, moduleId);
		expect(open.map((s) => [s.documents, s.state, s.proposal])).toEqual([
			['docs-1', 'open', speaker('ada').proposal],
			['docs-1', 'open', speaker('tom').proposal]
		]);
		expect(await openSuggestions(db, await newModule())).toEqual([]);
	});

	it('drafting again replaces the open ones and never proposes an accepted or dismissed one again', async () => {
		const { db } = store();
		const moduleId = await newModule();
		await replaceSuggestions(db, moduleId, 'docs-1', [speaker('ada'), speaker('tom'), speaker('lena')]);
		const [ada, tom] = await openSuggestions(db, moduleId);
		expect(await closeSuggestion(db, moduleId, ada.id, 'accepted')).toBe(true);
		expect(await closeSuggestion(db, moduleId, tom.id, 'dismissed')).toBe(true);
		const proposed = await replaceSuggestions(db, moduleId, 'docs-2', [
			speaker('ada'),
			speaker('tom'),
			speaker('lena'),
			speaker('ruiz')
		]);
		expect(proposed).toBe(2);
		const open = await openSuggestions(db, moduleId);
		expect(open.map((s) => [s.documents, s.proposal.type === 'speaker' && s.proposal.speaker.id])).toEqual([
			['docs-2', 'lena'],
			['docs-2', 'ruiz']
		]);
	});

	it('finds and closes only the module’s own open suggestions, once', async () => {
		const { db } = store();
		const moduleId = await newModule();
		const otherId = await newModule();
		await replaceSuggestions(db, moduleId, 'docs-1', [speaker('ada')]);
		const [ada] = await openSuggestions(db, moduleId);
		expect(await findOpenSuggestion(db, otherId, ada.id)).toBeUndefined();
		expect(await closeSuggestion(db, otherId, ada.id, 'accepted')).toBe(false);
		expect(await findOpenSuggestion(db, moduleId, ada.id)).toMatchObject({ id: ada.id, state: 'open' });
		expect(await closeSuggestion(db, moduleId, ada.id, 'dismissed')).toBe(true);
		expect(await closeSuggestion(db, moduleId, ada.id, 'accepted')).toBe(false);
		expect(await findOpenSuggestion(db, moduleId, ada.id)).toBeUndefined();
	});
});
