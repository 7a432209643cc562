import { m } from '$lib/paraglide/messages';

/*
 * The compile step's problems (compile.ts, compile-source.ts) are written for a module's author at the
 * command line (`npm run quizzes:check`): they name the file a module would have in quizzes/ and the
 * field's path in its key. A teacher in the editor has no files: each problem becomes a plain sentence in
 * the teacher's language, and a link to the part of the editor that fixes it. The compile step's own
 * wording is kept beside it (`detail`), for whoever helps the teacher; one this file does not know is
 * still shown, with a link to the editor.
 */

export interface TeacherProblem {
	/** Where to fix it, as the link says it: a field's label, "Question “q1”". */
	where: string;
	href: string;
	/** What is wrong and what to do, in the teacher's language. */
	text: string;
	/** The compile step's own wording. */
	detail: string;
}

const PROSE = {
	intro: { label: () => m.t_ed_intro(), empty: () => m.t_pf_intro_empty() },
	debrief: { label: () => m.t_ed_debrief(), empty: () => m.t_pf_debrief_empty() },
	teacherNotes: { label: () => m.t_ed_teacher_notes(), empty: () => m.t_pf_notes_empty() }
} as const;
const isProse = (name: string): name is keyof typeof PROSE => Object.hasOwn(PROSE, name);

/** The part after `quizzes/<id>…: `, and whether it was said of the key (key.ts) or of a document. */
function located(problem: string): { file: 'key' | 'document' | 'module' | 'other'; rest: string } {
	const key = /^quizzes\/[^/]+\/key\.ts: (.*)$/s.exec(problem);
	if (key) return { file: 'key', rest: key[1] };
	const document = /^quizzes\/[^/]+\/documents\/[^/]+\.txt: (.*)$/s.exec(problem);
	if (document) return { file: 'document', rest: document[1] };
	const module = /^quizzes\/[^/:]+: (.*)$/s.exec(problem);
	if (module) return { file: 'module', rest: module[1] };
	return { file: 'other', rest: problem };
}

/** A problem of one item (`item <id> (<kind>): …`) in plain words, linked to the item's editor. */
function itemProblem(editor: string, itemId: string, rest: string): Omit<TeacherProblem, 'detail'> {
	const known = !itemId.startsWith('#');
	const where = known ? m.t_pf_question({ id: itemId }) : m.t_ed_items_heading();
	const href = known ? `${editor}/items/${encodeURIComponent(itemId)}` : `${editor}#items`;
	const field = /^"(prompt|explanation)" is missing or empty$/.exec(rest)?.[1];
	if (field === 'prompt') return { where, href, text: m.t_pf_item_prompt() };
	if (field === 'explanation') return { where, href, text: m.t_pf_item_explanation() };
	const missing = /quote "(.*?)" is not in the document(?:; closest match: "(.*)")?/s.exec(rest);
	if (missing?.[2] !== undefined)
		return { where, href, text: m.t_pf_quote_closest({ quote: missing[1], closest: missing[2] }) };
	if (missing) return { where, href, text: m.t_pf_quote_missing({ quote: missing[1] }) };
	const ambiguous = /quote "(.*?)" occurs (\d+) times/s.exec(rest);
	if (ambiguous) return { where, href, text: m.t_pf_quote_ambiguous({ quote: ambiguous[1], count: ambiguous[2] }) };
	return { where, href, text: m.t_pf_item_other() };
}

function plain(problem: string, editor: string): Omit<TeacherProblem, 'detail'> {
	const { file, rest } = located(problem);
	const at = (anchor: string) => `${editor}#${anchor}`;
	if (file === 'module') {
		const prose = /^prose "(\w+)" (is missing or empty|has )/.exec(rest);
		if (prose && isProse(prose[1])) {
			const { label, empty } = PROSE[prose[1]];
			const text = prose[2] === 'has ' ? m.t_pf_prose_unsafe() : empty();
			return { where: label(), href: at(`prose-${prose[1]}`), text };
		}
	}
	if (file === 'document' || (file === 'key' && /^source "/.test(rest)))
		return { where: m.t_ed_documents_heading(), href: at('documents'), text: m.t_pf_document() };
	if (file === 'key') {
		const item = /^item (\S+) \([^)]*\): (.*)$/s.exec(rest);
		if (item) return itemProblem(editor, item[1], item[2]);
		if (/^"title" /.test(rest)) return { where: m.t_ed_title(), href: at('details'), text: m.t_pf_title() };
		if (/^"summary" /.test(rest)) return { where: m.t_ed_summary(), href: at('details'), text: m.t_pf_summary() };
		if (/^"sources" /.test(rest))
			return { where: m.t_ed_documents_heading(), href: at('documents'), text: m.t_pf_no_documents() };
		if (/^"items" is empty|^the module has no items/.test(rest))
			return { where: m.t_ed_items_heading(), href: at('items'), text: m.t_pf_no_items() };
		if (/^speakers\b|^"speakers"/.test(rest))
			return { where: m.t_ed_speakers_heading(), href: at('speakers'), text: m.t_pf_speakers() };
	}
	return { where: m.t_ed_heading_short(), href: editor, text: m.t_pf_other() };
}

/** Each of the compile step's problems for the teacher, in the order the compile step gave them. */
export function teacherProblems(moduleId: string, problems: readonly string[]): TeacherProblem[] {
	const editor = `/teach/modules/${moduleId}/edit`;
	return problems.map((detail) => ({ ...plain(detail, editor), detail }));
}
