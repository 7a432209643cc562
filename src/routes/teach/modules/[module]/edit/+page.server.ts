import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { kindChoices, kindTitle } from '$lib/kinds/registry';
import { getLocale } from '$lib/paraglide/runtime';
import { documentParts } from '$lib/modules/document-file';
import { db } from '$lib/server/db/app';
import {
	findOwnModule,
	saveWorkingCopy,
	setVisibility,
	type AuthoredModule,
	type Visibility,
	type WorkingCopy
} from '$lib/server/data/authored-modules';
import { newestVersion, publishModule } from '$lib/server/data/module-versions';
import * as edits from '$lib/server/authoring/edit-copy';
import {
	detailsForm,
	documentDetailsForm,
	documentIdForm,
	documentTextField,
	itemIdForm,
	moveForm,
	proseForm,
	revisionField,
	speakerForm,
	speakerIdForm,
	suggestionForm
} from '$lib/server/authoring/editor-forms';
import { MAX_UPLOAD_BYTES, uploadedText } from '$lib/server/authoring/uploaded-text';
import { sizeText, uploadLimit } from '$lib/server/body-limit';
import { acceptProposal, documentsRevision, draftFiles, proposalsFrom } from '$lib/server/authoring/suggestions';
import { suggestionsView } from '$lib/server/authoring/suggestion-view';
import { teacherProblems } from '$lib/server/authoring/teacher-problems';
import {
	closeSuggestion,
	findOpenSuggestion,
	openSuggestions,
	replaceSuggestions
} from '$lib/server/data/draft-suggestions';
import { DRAFT_LIMITS, draftInWorker, type DraftFailure } from '$lib/server/draft/in-worker';
import { isId, readForm } from '$lib/server/forms';
import { parseForm } from '$lib/server/schemas';
import { teacherId } from '$lib/server/teacher';
import type { Actions, PageServerLoad } from './$types';

/*
 * The editor of a teacher's own module: anyone else's, or none, is not found. Every change is one
 * named action that saves the whole working copy on the revision the page was loaded with; a save
 * on an older revision (another tab, another teacher) is refused with 409, never written over it.
 */

async function ownOr404(locals: App.Locals, moduleId: string) {
	const teacher = teacherId(locals);
	const module = isId(moduleId) ? await findOwnModule(await db(), teacher, moduleId) : undefined;
	if (!module) error(404, m.t_ed_no_module());
	return { teacher, module };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { module } = await ownOr404(locals, params.module);
	const key = module.working.key as unknown as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const published = url.searchParams.get('published');
	return {
		id: module.id,
		revision: module.revision,
		visibility: module.visibility,
		details: { title: text(key.title), summary: text(key.summary), minutes: Number(key.minutes) || 10 },
		documents: Object.entries(module.working.documents).map(([id, raw]) => {
			const parts = documentParts(raw);
			return { id, ...(parts?.details ?? { title: '', outlet: '', origin: '', language: '' }), chars: raw.length };
		}),
		speakers: Object.entries(module.working.key.speakers ?? {}).map(([id, speaker]) => ({
			id,
			name: text(speaker?.name),
			description: text(speaker?.description)
		})),
		prose: module.working.prose,
		items: edits.itemLines(module.working).map((line) => ({ ...line, kindTitle: kindTitle(line.kind) })),
		kinds: kindChoices(),
		version: (await newestVersion(await db(), module.id))?.version ?? null,
		drafts: suggestionsView(module.working, await openSuggestions(await db(), module.id)),
		drafted: /^[0-9]{1,4}$/.test(url.searchParams.get('drafted') ?? '')
			? Number(url.searchParams.get('drafted'))
			: null,
		done: url.searchParams.get('done') === 'saved',
		dismissed: url.searchParams.get('done') === 'dismissed',
		accepted: url.searchParams.get('done') === 'accepted',
		published: published && /^[1-9][0-9]{0,8}$/.test(published) ? Number(published) : null
	};
};

/** Where each action's form sits on the page: a plain form post comes back to it. */
type Section = 'details' | 'documents' | 'speakers' | 'prose' | 'items' | 'drafts' | 'publish';

const refusals: Record<edits.Refusal, () => string> = {
	'document-exists': m.t_ed_document_exists,
	'no-document': m.t_ed_no_document,
	'speaker-exists': m.t_ed_speaker_exists,
	'no-speaker': m.t_ed_no_speaker,
	'speaker-named': m.t_ed_speaker_named,
	'no-item': m.t_ed_no_item
};

/**
 * Reads the form, applies the change to the working copy and saves it on the posted revision.
 * With `autosave=1` (the page's own fetch) a save answers with the new revision instead of a redirect.
 */
async function change(
	event: RequestEvent,
	action: string,
	section: Section,
	apply: (
		copy: WorkingCopy,
		form: FormData,
		own: { teacher: string; module: AuthoredModule }
	) => Promise<edits.Changed | string> | edits.Changed | string,
	/** An upload's form: its own cap, and the refusal of a body over it or over the server's limit. */
	upload?: { bytes: number; tooLarge: () => string },
	/** What else the change writes, once the copy is saved: a refused save writes nothing. */
	andThen?: (own: { teacher: string; module: AuthoredModule }) => Promise<unknown>,
	/** What the page says once saved: `done=<this>`. */
	done = 'saved'
) {
	const { teacher, module } = await ownOr404(event.locals, event.params.module ?? '');
	const form = await readForm(event.request, upload?.bytes, upload?.tooLarge);
	if (!form.ok) return fail(form.status, { action, message: form.message });
	const revision = revisionOf(form.data);
	if (typeof revision === 'string') return fail(400, { action, message: revision });
	const changed = await apply(module.working, form.data, { teacher, module });
	if (typeof changed === 'string') return fail(400, { action, message: changed });
	if (!changed.ok) return fail(400, { action, message: refusals[changed.refusal]() });
	const saved = await saveWorkingCopy(await db(), teacher, module.id, changed.copy, revision);
	if (!saved.ok && saved.reason === 'not-found') error(404, m.t_ed_no_module());
	if (!saved.ok && saved.reason === 'stale') return fail(409, { action, message: m.t_ed_stale(), stale: true });
	if (!saved.ok) return fail(400, { action, message: saved.problem });
	await andThen?.({ teacher, module });
	if (form.data.get('autosave') === '1') return { action, saved: true, revision: saved.revision };
	redirect(303, `/teach/modules/${module.id}/edit?done=${done}#${section}`);
}

/** Why a draft did not come back, in the teacher's words. */
const draftFailures: Record<DraftFailure, () => string> = {
	'too-large': () =>
		m.t_draft_too_large({ files: DRAFT_LIMITS.files, characters: DRAFT_LIMITS.characters.toLocaleString(getLocale()) }),
	busy: m.t_draft_server_busy,
	failed: m.t_draft_failed,
	'timed-out': m.t_draft_failed
};

/** A proposed speaker's description: the ways the reports refer to them, in the teacher's language. */
const describeSpeaker = (ways: string[]) =>
	ways.length ? m.t_draft_speaker_named({ ways: ways.map((w) => `“${w}”`).join(', ') }) : m.t_draft_speaker_plain();

/** The revision the page was loaded with, or why there is none. */
function revisionOf(form: FormData): number | string {
	const parsed = v.safeParse(revisionField, form.get('revision') ?? '');
	return parsed.success ? parsed.output : parsed.issues[0].message;
}

/** A form's fields parsed, or the first problem's message. */
function fields<S extends v.GenericSchema>(schema: S, form: FormData): v.InferOutput<S> | string {
	const parsed = parseForm(schema, form);
	return parsed.ok ? parsed.value : parsed.message;
}

export const actions: Actions = {
	details: (event) => {
		let visibility: Visibility | undefined;
		return change(
			event,
			'details',
			'details',
			(copy, form) => {
				const details = fields(detailsForm, form);
				if (typeof details === 'string') return details;
				visibility = details.visibility;
				const { title, summary, minutes } = details;
				return edits.setDetails(copy, { title, summary, minutes });
			},
			undefined,
			// Who may use it is not part of the working copy: set once the save went through, never on a stale one.
			async ({ teacher, module }) => {
				if (visibility && visibility !== module.visibility)
					await setVisibility(await db(), teacher, module.id, visibility);
			}
		);
	},
	prose: (event) =>
		change(event, 'prose', 'prose', (copy, form) => {
			const prose = fields(proseForm, form);
			return typeof prose === 'string' ? prose : edits.setProse(copy, prose);
		}),
	addDocument: (event) =>
		change(
			event,
			'addDocument',
			'documents',
			async (copy, form) => {
				const details = fields(documentDetailsForm, form);
				if (typeof details === 'string') return details;
				const file = form.get('file');
				let body: string;
				if (file instanceof File && file.size > 0) {
					const read = await uploadedText(file.name, new Uint8Array(await file.arrayBuffer()));
					if (!read.ok) return read.problem;
					body = read.text;
				} else {
					const pasted = v.safeParse(documentTextField, form.get('text') ?? '');
					if (!pasted.success) return pasted.issues[0].message;
					if (!pasted.output.trim()) return m.t_ed_document_text_missing();
					body = pasted.output;
				}
				const { documentId, ...rest } = details;
				return edits.addDocument(copy, documentId, rest, body);
			},
			{
				bytes: MAX_UPLOAD_BYTES + 64 * 1024,
				tooLarge: () => m.t_ed_upload_too_large({ max: sizeText(uploadLimit(MAX_UPLOAD_BYTES)) })
			}
		),
	editDocument: (event) =>
		change(event, 'editDocument', 'documents', (copy, form) => {
			const details = fields(documentDetailsForm, form);
			if (typeof details === 'string') return details;
			const { documentId, ...rest } = details;
			return edits.editDocument(copy, documentId, rest);
		}),
	removeDocument: (event) =>
		change(event, 'removeDocument', 'documents', (copy, form) => {
			const target = fields(documentIdForm, form);
			return typeof target === 'string' ? target : edits.removeDocument(copy, target.documentId);
		}),
	addSpeaker: (event) =>
		change(event, 'addSpeaker', 'speakers', (copy, form) => {
			const speaker = fields(speakerForm, form);
			if (typeof speaker === 'string') return speaker;
			return edits.addSpeaker(copy, speaker.speakerId, { name: speaker.name, description: speaker.description });
		}),
	editSpeaker: (event) =>
		change(event, 'editSpeaker', 'speakers', (copy, form) => {
			const speaker = fields(speakerForm, form);
			if (typeof speaker === 'string') return speaker;
			return edits.editSpeaker(copy, speaker.speakerId, { name: speaker.name, description: speaker.description });
		}),
	removeSpeaker: (event) =>
		change(event, 'removeSpeaker', 'speakers', (copy, form) => {
			const target = fields(speakerIdForm, form);
			return typeof target === 'string' ? target : edits.removeSpeaker(copy, target.speakerId);
		}),
	moveItem: (event) =>
		change(event, 'moveItem', 'items', (copy, form) => {
			const move = fields(moveForm, form);
			return typeof move === 'string' ? move : edits.moveItem(copy, move.itemId, move.direction);
		}),
	deleteItem: (event) =>
		change(event, 'deleteItem', 'items', (copy, form) => {
			const target = fields(itemIdForm, form);
			return typeof target === 'string' ? target : edits.deleteItem(copy, target.itemId);
		}),
	draft: async ({ locals, params }) => {
		const { module } = await ownOr404(locals, params.module);
		const files = draftFiles(module.working);
		if (!files.length) return fail(400, { action: 'draft', message: m.t_draft_no_documents() });
		// In the drafter's worker thread: other requests are answered meanwhile.
		const outcome = await draftInWorker(files);
		if (!outcome.ok) {
			return fail(outcome.reason === 'too-large' ? 413 : 503, {
				action: 'draft',
				message: draftFailures[outcome.reason]()
			});
		}
		const proposals = proposalsFrom(module.working, outcome.draft, describeSpeaker);
		const count = await replaceSuggestions(await db(), module.id, documentsRevision(module.working), proposals);
		redirect(303, `/teach/modules/${module.id}/edit?drafted=${count}#drafts`);
	},
	acceptSuggestion: (event) => {
		let accepted: string | undefined;
		return change(
			event,
			'acceptSuggestion',
			'drafts',
			async (copy, form, { module }) => {
				const target = fields(suggestionForm, form);
				if (typeof target === 'string') return target;
				const suggestion = await findOpenSuggestion(await db(), module.id, target.suggestionId);
				if (!suggestion) return m.t_draft_no_suggestion();
				if (suggestion.documents !== documentsRevision(copy)) return m.t_draft_stale_one();
				const result = acceptProposal(copy, suggestion.proposal);
				if (!result.ok) return m.t_draft_refused({ problems: result.problems.join('; ') });
				accepted = suggestion.id;
				return { ok: true, copy: result.copy };
			},
			undefined,
			// Closed once the item is saved: a refused save leaves the suggestion open.
			async ({ module }) => accepted && closeSuggestion(await db(), module.id, accepted, 'accepted'),
			'accepted'
		);
	},
	dismissSuggestion: async ({ locals, params, request }) => {
		const { module } = await ownOr404(locals, params.module);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'dismissSuggestion', message: form.message });
		const target = fields(suggestionForm, form.data);
		if (typeof target === 'string') return fail(400, { action: 'dismissSuggestion', message: target });
		if (!(await closeSuggestion(await db(), module.id, target.suggestionId, 'dismissed'))) {
			return fail(400, { action: 'dismissSuggestion', message: m.t_draft_no_suggestion() });
		}
		redirect(303, `/teach/modules/${module.id}/edit?done=dismissed#drafts`);
	},
	publish: async ({ locals, params, request }) => {
		const { teacher, module } = await ownOr404(locals, params.module);
		const form = await readForm(request);
		if (!form.ok) return fail(form.status, { action: 'publish', message: form.message });
		const revision = revisionOf(form.data);
		if (typeof revision === 'string') return fail(400, { action: 'publish', message: revision });
		const published = await publishModule(await db(), teacher, module.id, revision);
		if (!published.ok && published.reason === 'not-found') error(404, m.t_ed_no_module());
		if (!published.ok && published.reason === 'stale') {
			return fail(409, { action: 'publish', message: m.t_ed_stale(), stale: true });
		}
		if (!published.ok)
			return fail(400, {
				action: 'publish',
				message: m.t_ed_not_published(),
				problems: teacherProblems(module.id, published.problems)
			});
		redirect(303, `/teach/modules/${module.id}/edit?published=${published.version}#publish`);
	}
};
