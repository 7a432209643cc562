// Seeds `npm run bench -- --editor`'s module straight into the database: a teacher's own module with two
// documents of about 3,000 words and 30 items, as the editor would have stored it. Run through Vite, so
// that the kinds' registry and the compile step are the app's own:
//
//   node scripts/vite-run.js bench/seed-editor.js '<json: EditorPlan>'
//
// The documents are the small test module's two invented reports (tests/modules/library-closure) with
// generated paragraphs after each, up to 3,000 words: no real text. The items are the test module's, one
// of each kind, repeated under new ids up to 30. The module is compiled before it is stored, so the
// editor opens a module without problems, as a finished one would be. Prints one line of JSON
// (EditorSeed) on stdout.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import key from '../tests/modules/library-closure/key';
import { kinds } from '$lib/kinds/registry';
import { compileSource } from '$lib/modules/compile-source';
import { renderMarkdown } from '$lib/modules/markdown';
import { openStore } from '$lib/server/db/index';
import { createModule } from '$lib/server/data/authored-modules';

/**
 * @typedef {object} EditorPlan
 * @property {{ url?: string, sqlitePath: string }} database
 * @property {string} email the teacher whose module it is
 *
 * @typedef {object} EditorSeed
 * @property {string} moduleId
 * @property {string} itemId the item the save scenario saves, in the middle of the list
 * @property {string} form that item's editor form as it would post it, without the revision
 * @property {number} revision the module's revision as stored
 * @property {string} lastItemId shown only on a complete editor page
 * @property {string} lastWords the second document's last words: shown only on a complete item editor page
 * @property {{ words: number[], items: number }} size
 */

const FOLDER = 'tests/modules/library-closure';
const WORDS = 3000;
const ITEMS = 30;

const PLACES = ['the depot', 'the ferry office', 'the north road', 'the grain store', 'the tram shed', 'the quay'];
const THINGS = ['crates', 'ledgers', 'lamps', 'bicycles', 'barrels', 'chairs', 'kettles', 'maps'];
const ACTS = ['counted', 'logged', 'moved', 'checked', 'painted', 'stacked', 'sorted', 'mended'];

/**
 * Invented sentences that no quote of the test module's key occurs in, each made unique by its
 * numbers, in paragraphs of five, until the text has `words` more words.
 * @param {number} words @param {string} tag a word of this document's own
 */
function filler(words, tag) {
	const paragraphs = [];
	let count = 0;
	for (let n = 1; count < words; n++) {
		const sentences = [];
		for (let k = 0; k < 5; k++) {
			const i = n * 5 + k;
			const sentence = `On day ${i} the ${tag} crew ${ACTS[i % ACTS.length]} ${(i * 7) % 97} ${THINGS[i % THINGS.length]} at ${PLACES[i % PLACES.length]}, entry ${i}.`;
			sentences.push(sentence);
			count += sentence.split(/\s+/).length;
		}
		paragraphs.push(sentences.join(' '));
	}
	return paragraphs.join('\n\n');
}

/** @param {string} text */
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** @param {string[]} argv */
export async function main(argv) {
	/** @type {EditorPlan} */
	const plan = JSON.parse(argv[0] ?? '');
	const base = JSON.parse(JSON.stringify(key));
	/** @type {Record<string, string>} */
	const documents = {};
	for (const id of base.sources) {
		const raw = readFileSync(`${FOLDER}/documents/${id}.txt`, 'utf8');
		documents[id] = `${raw.trimEnd()}\n\n${filler(WORDS - wordCount(raw.split(/^---$/m).slice(2).join('---')), id)}\n`;
	}
	const originals = base.items;
	const items = Array.from({ length: ITEMS }, (_, n) => {
		const item = structuredClone(originals[n % originals.length]);
		if (n >= originals.length) item.id = `${item.id}-${Math.floor(n / originals.length) + 1}`;
		return item;
	});
	const prose = (/** @type {string} */ name) => readFileSync(`${FOLDER}/${name}.svx`, 'utf8');
	const copy = {
		key: { ...base, title: 'Bench: a library closes, at length', items },
		documents,
		prose: { intro: prose('intro'), debrief: prose('debrief'), teacherNotes: prose('teacher-notes') }
	};
	const compiled = compileSource({ id: 'bench-editor', ...copy }, renderMarkdown);
	if (!compiled.ok) throw new Error(`the bench module does not compile:\n${compiled.problems.join('\n')}`);

	const store = await openStore(plan.database);
	try {
		// better-auth's own table, which the app's schema does not type.
		const { rows } = await sql`select id from "user" where email = ${plan.email}`.execute(store.db);
		const owner = /** @type {{ id: string } | undefined} */ (rows[0]);
		if (!owner) throw new Error(`no teacher ${plan.email}`);
		const created = await createModule(store.db, owner.id, copy);
		if (!created.ok) throw new Error(created.problem);
		const saved = items[Math.floor(ITEMS / 2)];
		const form = new URLSearchParams(kinds[/** @type {keyof typeof kinds} */ (saved.kind)].authoring.toForm(saved));
		const second = documents[base.sources.at(-1)].trimEnd();
		/** @type {EditorSeed} */
		const seed = {
			moduleId: created.module.id,
			itemId: saved.id,
			form: form.toString(),
			revision: created.module.revision,
			lastItemId: items.at(-1).id,
			lastWords: second.slice(second.lastIndexOf('entry ')),
			size: { words: Object.values(documents).map(wordCount), items: items.length }
		};
		console.log(JSON.stringify(seed));
	} finally {
		await store.db.destroy();
	}
	return 0;
}
