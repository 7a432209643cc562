// `npm run bench -- --editor` (issue #11 §4): one teacher opening the editor of a module of two
// 3,000-word documents and 30 items, opening one item's editor (the item beside both reports), and
// saving that item, each request after the one before (1 connection: the latency a teacher sees).
// Goal: p50 < 50 ms. The module is seeded by bench/seed-editor.js; the teacher signs up through the forms.
import { cpus } from 'node:os';
import { teacherWithClass } from './client.js';
import { viteRun } from './vite.js';

/** Seconds measured per scenario, after a warm-up that lets V8 optimise the hot paths. */
const SECONDS = 10;
const WARMUP_SECONDS = 2;
const GOAL_MS = 50;

/**
 * @typedef {import('./load.js').Measurement} Measurement
 * @typedef {import('./load.js').Scenario} Scenario
 * @typedef {import('./load.js').Limits} Limits
 * @typedef {import('./seed-editor.js').EditorSeed} EditorSeed
 * @typedef {{ rows: Measurement[], seed: EditorSeed }} EditorRun
 */

/**
 * @param {string} base the server's origin
 * @param {{ url?: string, sqlitePath: string }} database as openStore() takes it
 * @param {(scenario: Scenario, limits: Limits) => Promise<Measurement>} measure
 * @returns {Promise<EditorRun>}
 */
export async function editorScenarios(base, database, measure) {
	const { teacher, email } = await teacherWithClass(base);
	const out = viteRun('bench/seed-editor.js', [JSON.stringify({ database, email })]);
	/** @type {EditorSeed} */
	const seed = JSON.parse(out.trim().split('\n').at(-1) ?? '');
	const editor = `/teach/modules/${seed.moduleId}/edit`;
	const item = `${editor}/items/${encodeURIComponent(seed.itemId)}`;
	/** @param {string} name @param {string} path @param {string} marker text only the complete page has */
	const page = (name, path, marker) => ({
		name,
		what: `GET ${path.replace(seed.moduleId, '<id>')}`,
		next: () => ({ method: 'GET', path, headers: { cookie: teacher.cookie, accept: 'text/html' } }),
		ok: (/** @type {string} */ body) => body.includes(marker)
	});
	// Every save moves the revision on, and the next save names the new one (one connection: in order).
	let revision = seed.revision;
	/** @type {Scenario} */
	const save = {
		name: '(g3) save one item',
		what: `POST ${item.replace(seed.moduleId, '<id>')}?/save`,
		next: () => ({
			method: 'POST',
			path: `${item}?/save`,
			headers: {
				origin: base,
				cookie: teacher.cookie,
				'content-type': 'application/x-www-form-urlencoded',
				'x-sveltekit-action': 'true'
			},
			body: `${seed.form}&revision=${revision++}`
		}),
		ok: (body) => body.startsWith('{"type":"redirect"')
	};
	const scenarios = [
		page('(g1) open the module editor', editor, seed.lastItemId),
		page('(g2) open an item’s editor', item, seed.lastWords),
		save
	];
	const rows = [];
	for (const scenario of scenarios) {
		await measure(scenario, { connections: 1, seconds: WARMUP_SECONDS });
		rows.push(await measure(scenario, { connections: 1, seconds: SECONDS }));
	}
	return { rows, seed };
}

/**
 * @param {EditorRun} run
 * @param {string} label the database
 * @param {number[]} load the machine's 1-minute load average before and after
 * @param {{ rss: number, peak: number }} memory the server's
 */
export function reportEditor({ rows, seed }, label, load, memory) {
	console.log(`\nnpm run bench -- --editor: ${label}`);
	console.log(
		`Node ${process.version}, ${cpus().length} CPUs, load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ` +
			`${SECONDS} s per scenario after a ${WARMUP_SECONDS} s warm-up, 1 connection (one teacher).`
	);
	console.log(
		`Module: ${seed.size.items} items, documents of ${seed.size.words.join(' and ')} words; the item saved: ${seed.itemId}.\n`
	);
	const line = (/** @type {string[]} */ cells) =>
		cells.map((c, i) => (i < 2 ? c.padEnd(i ? 52 : 30) : c.padStart(8))).join('  ');
	console.log(line(['scenario', 'request', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'failed']));
	for (const row of rows) {
		console.log(
			line([
				row.name,
				row.what,
				String(row.requests),
				row.rps.toFixed(0),
				row.p50.toFixed(2),
				row.p99.toFixed(2),
				String(row.failed)
			])
		);
	}
	const over = rows.filter((row) => !(row.p50 < GOAL_MS));
	console.log(
		over.length
			? `\nOver the goal (p50 < ${GOAL_MS} ms): ${over.map((row) => row.name).join(', ')}`
			: `\nEvery p50 under the goal of ${GOAL_MS} ms.`
	);
	console.log(`Server memory (/proc/<pid>/status): VmRSS ${(memory.rss / 1024 / 1024).toFixed(0)} MB`);
}
