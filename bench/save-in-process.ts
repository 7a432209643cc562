// `node scripts/vite-run.js bench/save-in-process.ts`: the CPU time of a saved answer's own work, in one
// process, without HTTP or SvelteKit: the learner looked up as the hooks do, the form read, the answer graded
// and stored as a draft, on a SQLite file (WAL) with 2,000 learners. Two ways, in turn, ten rounds: the
// compiled statements run directly (db/statements.ts, runsDirectly: the app's way) and through Kysely (a
// database the direct runs do not know). Each request runs in an AsyncLocalStorage context, as SvelteKit
// runs every request: its promise hooks are part of what the direct runs save.
import { AsyncLocalStorage } from 'node:async_hooks';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import type { Cookies } from '@sveltejs/kit';
import { Kysely, SqliteDialect } from 'kysely';
import { kindOf } from '$lib/kinds/registry';
import { formData, seeded } from '$lib/kinds/samples';
import { findModule } from '$lib/server/content';
import { createAttempt } from '$lib/server/data/attempts';
import { createAssignment, createClass } from '$lib/server/data/classes';
import { joinAssignment } from '$lib/server/data/learners';
import { openStore, type DB } from '$lib/server/db/index';
import { keepingStatements } from '$lib/server/db/statements';
import { answer } from '$lib/server/flow';
import { readForm } from '$lib/server/forms';
import { learnerLocals } from '$lib/server/learner-locals';

const LEARNERS = 2000;
const SAVES_PER_ROUND = 2000;
const ROUNDS = 10;

export async function main(): Promise<number> {
	const path = join(tmpdir(), `quiz-save-in-process-${process.pid}.sqlite`);
	const store = await openStore({ sqlitePath: path });
	if (store.kind !== 'sqlite') throw new Error('SQLite only');
	try {
		const ways: Record<string, DB> = {
			directly: store.db,
			'through Kysely': new Kysely({ dialect: new SqliteDialect({ database: keepingStatements(store.client) }) })
		};
		const save = await saves(store.db);
		const requests = new AsyncLocalStorage<object>();
		const times: Record<string, number[]> = { directly: [], 'through Kysely': [] };
		for (let i = 0; i < 200; i++) for (const db of Object.values(ways)) await requests.run({}, () => save(db));
		for (let round = 0; round < ROUNDS; round++) {
			const order = round % 2 ? ['directly', 'through Kysely'] : ['through Kysely', 'directly'];
			for (const name of order) {
				const start = cpuUsage();
				for (let i = 0; i < SAVES_PER_ROUND; i++) await requests.run({}, () => save(ways[name]));
				const used = cpuUsage(start);
				times[name].push((used.user + used.system) / SAVES_PER_ROUND);
			}
		}
		for (const [name, values] of Object.entries(times)) {
			console.log(
				`${name.padEnd(15)} CPU per save: median ${median(values).toFixed(0)} µs (rounds: ${values.map((v) => v.toFixed(0)).join(', ')})`
			);
		}
		const ratios = times.directly.map((d, i) => d / times['through Kysely'][i]);
		console.log(
			`directly / through Kysely, per round: median ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)})`
		);
		return 0;
	} finally {
		await store.db.destroy();
		for (const end of ['', '-wal', '-shm']) rmSync(path + end, { force: true });
	}
}

/** An assignment with its learners, each with an attempt; and one save, the next learner and item each time. */
async function saves(db: DB) {
	const module = findModule('putin-press-conference-2021');
	if (!module) throw new Error('the shipped module is missing');
	const cls = await createClass(db, 'teacher', 'Class');
	const assignment = await createAssignment(db, 'teacher', cls.id, {
		moduleId: module.id,
		name: 'Bench',
		opensAt: null,
		closesAt: null,
		attemptsAllowed: 2,
		review: 'after-submit'
	});
	if (!assignment) throw new Error('no assignment');
	const tokens: string[] = [];
	for (let i = 0; i < LEARNERS; i++) {
		const joined = await joinAssignment(db, assignment.id, `Learner ${i}`, { cap: LEARNERS });
		if (!joined.ok) throw new Error(joined.reason);
		await createAttempt(db, module.id, { id: joined.learner.id, number: 1 });
		tokens.push(joined.token);
	}
	const bodies = module.items.map((item) => {
		const kind = kindOf(item);
		const form = formData(kind.toForm(kind.sample(item, 'right', seeded(item.id))));
		return new URLSearchParams([...form].map(([name, value]) => [name, String(value)])).toString();
	});
	let k = 0;
	return async (on: DB) => {
		const token = tokens[k % LEARNERS];
		const n = k % bodies.length;
		k++;
		const cookies = { get: (name: string) => (name === `learner-${assignment.id}` ? token : undefined) };
		const { session } = await learnerLocals(on, cookies as unknown as Cookies, assignment.code)();
		const request = new Request('http://localhost/?/answer', {
			method: 'POST',
			body: bodies[n],
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		const form = await readForm(request);
		if (!form.ok || !session) throw new Error('no form or no learner');
		const outcome = await answer(on, session.scope, module.items[n], form.data);
		if (!outcome.ok) throw new Error(outcome.message);
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
