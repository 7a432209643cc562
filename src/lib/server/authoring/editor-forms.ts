import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { cleanName, showable } from '$lib/teaching/names';
import { visibilities, type Visibility } from '../data/authored-modules';

/*
 * The editor's forms, parsed with messages in the teacher's language. Short fields (titles, names)
 * are one line; long ones (a document's text, the Markdown) are kept exactly as typed.
 */

const line = (max: number, what: () => string, required = true) =>
	v.pipe(
		v.string(() => m.srv_missing({ what: what() })),
		v.transform((s) => cleanName(s)),
		v.check(
			(s) => !required || s !== '',
			() => m.srv_missing({ what: what() })
		),
		v.maxLength(max, () => m.srv_too_long({ what: what(), max })),
		// Shown to learners and other teachers as names are: the same invisible characters refused (names.ts).
		v.check(showable, () => m.srv_unshowable({ what: what() }))
	);

const long = (max: number, what: () => string) =>
	v.pipe(
		v.string(() => m.srv_missing({ what: what() })),
		v.transform((s) => s.replace(/\r\n?/g, '\n')),
		v.maxLength(max, () => m.srv_too_long({ what: what(), max }))
	);

export const revisionField = v.pipe(
	v.string(m.t_ed_no_revision),
	v.regex(/^[1-9][0-9]{0,9}$/, m.t_ed_no_revision),
	v.transform(Number)
);

export const detailsForm = v.object({
	title: line(120, m.t_ed_title),
	summary: line(400, m.t_ed_summary, false),
	minutes: v.pipe(
		v.string(m.t_ed_minutes_range),
		v.regex(/^[0-9]{1,3}$/, m.t_ed_minutes_range),
		v.transform(Number),
		v.minValue(1, m.t_ed_minutes_range),
		v.maxValue(240, m.t_ed_minutes_range)
	),
	visibility: v.picklist(visibilities as Visibility[], m.t_ed_visibility_unknown)
});

export const proseForm = v.object({
	intro: long(20_000, m.t_ed_intro),
	debrief: long(20_000, m.t_ed_debrief),
	teacherNotes: long(20_000, m.t_ed_teacher_notes)
});

/** A document id names its file (documents/<id>.txt): compileSource's rule. */
const documentId = v.pipe(
	v.string(m.t_ed_document_id_rule),
	v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, m.t_ed_document_id_rule)
);

export const documentDetailsForm = v.object({
	documentId,
	title: line(200, m.t_ed_document_title),
	outlet: line(200, m.t_ed_outlet),
	origin: line(400, m.t_ed_origin),
	language: line(60, m.t_ed_language)
});

/** The pasted text; an uploaded file, when there is one, is read instead. */
export const documentTextField = long(200_000, m.t_ed_document_text);

export const documentIdForm = v.object({ documentId });

const speakerId = v.pipe(v.string(m.t_ed_speaker_id_rule), v.regex(/^[a-z][a-z0-9-]{0,39}$/, m.t_ed_speaker_id_rule));

export const speakerForm = v.object({
	speakerId,
	name: line(120, m.t_ed_speaker_name),
	description: line(300, m.t_ed_speaker_description)
});

export const speakerIdForm = v.object({ speakerId });

export const moveForm = v.object({
	itemId: v.pipe(v.string(m.t_ed_no_item), v.nonEmpty(m.t_ed_no_item), v.maxLength(100, m.t_ed_no_item)),
	direction: v.picklist(['up', 'down'], m.t_ed_no_item)
});

export const itemIdForm = v.object({
	itemId: v.pipe(v.string(m.t_ed_no_item), v.nonEmpty(m.t_ed_no_item), v.maxLength(100, m.t_ed_no_item))
});

export const suggestionForm = v.object({
	suggestionId: v.pipe(v.string(m.t_draft_no_suggestion), v.uuid(m.t_draft_no_suggestion))
});
