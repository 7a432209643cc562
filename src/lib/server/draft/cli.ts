/*
 * `npm run quizzes:draft -- [--json] [--out DIR] FILE...` (scripts/draft-quizzes.ts
 * runs it): with --json, one JSON object on stdout and nothing else, in issue
 * #12's format; with --out, a draft module folder (out.ts); without either, a
 * summary for people. Problems go to stderr.
 */
import { readFileSync } from 'node:fs';
import type { Draft } from './draft';
import { draftInWorker, type DraftOutcome } from './in-worker';
import { idOf } from './document';
import { writeDraftFolder } from './out';

const USAGE = 'usage: npm run quizzes:draft -- [--json] [--out DIR] FILE...  (two or more reports of one event)';

export interface Console {
	log(text: string): void;
	error(text: string): void;
}

/**
 * The command: argv without the script's name; returns the exit code. It drafts through the server's own
 * API, in a worker thread with the same limits (`draft` is replaced only in tests, to spare them the worker's start).
 */
export async function draftCommand(
	argv: string[],
	io: Console = console,
	draft: (files: Array<{ id: string; raw: string }>) => Promise<DraftOutcome> = draftInWorker
): Promise<number> {
	const json = argv.includes('--json');
	const outAt = argv.indexOf('--out');
	const out = outAt >= 0 ? argv[outAt + 1] : undefined;
	const paths = argv.filter((a, n) => !a.startsWith('--') && !(outAt >= 0 && n === outAt + 1));
	const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--out');
	if (outAt >= 0 && (!out || out.startsWith('--'))) {
		io.error(`--out needs a folder\n${USAGE}`);
		return 2;
	}
	if (unknown.length || !paths.length) {
		io.error(unknown.length ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
		return 2;
	}
	const ids = paths.map(idOf);
	const twice = ids.find((id, n) => ids.indexOf(id) !== n);
	if (twice) {
		io.error(`two files would both be document "${twice}": give files different names`);
		return 2;
	}
	let files: Array<{ id: string; raw: string }>;
	try {
		files = paths.map((path) => ({ id: idOf(path), raw: readFileSync(path, 'utf8') }));
	} catch (error) {
		io.error((error as Error).message);
		return 2;
	}
	if (files.length < 2) io.error('only one report: nothing to compare across reports');
	const outcome = await draft(files);
	if (!outcome.ok) {
		io.error(`could not draft: ${outcome.message}`);
		return 1;
	}
	return report(outcome.draft, files, out, json, io);
}

function report(
	draft: Draft,
	files: Array<{ id: string; raw: string }>,
	out: string | undefined,
	json: boolean,
	io: Console
) {
	if (out) {
		try {
			const written = writeDraftFolder(out, files, draft);
			io.error(`wrote ${written.length} files to ${out}; under quizzes/, npm run quizzes:check checks them`);
		} catch (error) {
			io.error((error as Error).message);
			return 1;
		}
	}
	if (json) {
		io.log(JSON.stringify(draft, null, 2));
		return 0;
	}
	if (out) return 0;
	const counts = new Map<string, number>();
	for (const item of draft.items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
	io.log(draft.documents.map((d) => `${d.id}: “${d.title}”, ${d.words} words`).join('\n'));
	io.log(`speakers: ${draft.speakers.map((s) => `${s.name} (${s.id})`).join(', ') || 'none'}`);
	io.log([...counts].map(([kind, n]) => `${n} × ${kind}`).join(', ') || 'no items');
	io.log('--json prints every draft with its spans.');
	return 0;
}
