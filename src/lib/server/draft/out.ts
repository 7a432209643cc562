import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { keyItems } from '$lib/kinds/drafters';
import { parseDocument } from '$lib/quiz/document';
import { contextFor } from './context';
import { readDocument } from './document';
import type { Draft } from './draft';

/*
 * `quizzes:draft --out DIR`: a module folder (README, "Writing a module") that
 * `npm run quizzes:check` accepts once it is under quizzes/: the documents with
 * front matter (their own when it is valid, else a minimal one saying the origin
 * is unknown), a key.ts whose items each kind writes from its drafts (drafts
 * that cannot make a valid item are left out), and the three prose files. Every
 * explanation starts "Drafted": nothing here is checked by a person yet.
 */

const yamlString = (s: string) => JSON.stringify(s);

function documentFile(id: string, raw: string): string {
	if (parseDocument(id, raw).ok) return raw;
	const { title, body } = readDocument(id, raw);
	return [
		'---',
		`title: ${yamlString(title || id)}`,
		'outlet: unknown',
		`origin: ${yamlString(`Drafted from the file ${id}; where the text came from is not recorded.`)}`,
		'language: unknown',
		'---',
		body
	].join('\n');
}

export function writeDraftFolder(dir: string, files: Array<{ id: string; raw: string }>, draft: Draft): string[] {
	if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} is not empty: give a new folder`);
	mkdirSync(join(dir, 'documents'), { recursive: true });
	const written: string[] = [];
	const write = (path: string, text: string) => {
		writeFileSync(join(dir, path), text);
		written.push(join(dir, path));
	};
	for (const { id, raw } of files) write(`documents/${id}.txt`, documentFile(id, raw));
	const bodies = new Map(files.map(({ id, raw }) => [id, readDocument(id, raw).body]));
	const speakers = Object.fromEntries(
		draft.speakers.map((s) => [
			s.id,
			{ name: s.name, description: `Drafted; named in the reports as ${s.mentions.map((m) => `“${m}”`).join(', ')}` }
		])
	);
	const title = `Draft: ${draft.documents[0]?.title ?? basename(dir)}`;
	const key = {
		title,
		summary: `Drafted from ${draft.documents.length} reports by npm run quizzes:draft; every item needs a teacher’s check.`,
		minutes: 30,
		sources: draft.documents.map((d) => d.id),
		speakers,
		items: keyItems(draft.items, contextFor(bodies, Object.keys(speakers)))
	};
	write(
		'key.ts',
		[
			"import { defineModule } from '$lib/modules/module';",
			'',
			'// Drafted by `npm run quizzes:draft -- --out`: check, edit or delete every item before a class uses it.',
			`export default defineModule(${JSON.stringify(key, null, '\t')});`,
			''
		].join('\n')
	);
	const note = 'Drafted by `npm run quizzes:draft`: write this before a class uses the module.';
	write('intro.svx', `## ${title.replace(/[<>{}]/g, '')}\n\n${note}\n`);
	write('debrief.svx', `${note}\n`);
	write('teacher-notes.svx', `${note}\n`);
	return written;
}
