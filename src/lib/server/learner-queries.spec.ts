import type { Cookies } from '@sveltejs/kit';
import { expect, it, vi } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { kindOf } from '$lib/kinds/registry';
import { formData, seeded } from '$lib/kinds/samples';
import type { DB } from './db/index';
import { findModule } from './content';
import { learnerLocals } from './learner-locals';
import { describeStores, seedAssignment, seedLearner } from './data/test-db';

/*
 * How many queries a learner's requests cost: the learner is resolved once per
 * request (hooks.server.ts puts the lookup in `locals`), however many loads and
 * actions ask for them. The routes are called as SvelteKit calls them, on a
 * database that counts every statement it runs.
 */

const counting = { db: undefined as DB | undefined, queries: 0 };
/**
 * Counts the statements run, by their results: a query compiled once (db/compiled.ts) is not
 * built again, so counting the queries Kysely builds would miss every run after the first.
 */
const countQueries: KyselyPlugin = {
	transformQuery: (args) => args.node,
	transformResult: async (args) => {
		counting.queries += 1;
		return args.result;
	}
};
vi.mock('$lib/server/db/app', () => ({
	db: async () => {
		if (!counting.db) throw new Error('no database yet');
		return counting.db;
	}
}));

const { load: layoutLoad } = await import('../../routes/a/[code]/+layout.server');
const { load: itemLoad, actions } = await import('../../routes/a/[code]/items/[n]/+page.server');

const module = findModule('putin-press-conference-2021')!;
const item = module.items[1];

/** The learner cookie of one device. */
const jar = (name: string, token: string) =>
	({ get: (n: string) => (n === name ? token : undefined) }) as unknown as Cookies;

function answerRequest(): Request {
	const kind = kindOf(item);
	const body = new URLSearchParams(
		[...formData(kind.toForm(kind.sample(item, 'right', seeded(item.id)))).entries()].map(([k, v]) => [k, String(v)])
	);
	return new Request('http://localhost/a/x/items/2?/answer', {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/x-www-form-urlencoded' }
	});
}

describeStores('queries per learner request', (store) => {
	async function learner() {
		const { db } = store();
		counting.db = db.withPlugin(countQueries);
		const assignment = await seedAssignment(db, { review: 'after-submit' });
		const { token } = await seedLearner(db, assignment.id, 'Ana');
		const cookies = jar(`learner-${assignment.id}`, token);
		const params = { code: assignment.code, n: '2' };
		// A first page view makes the attempt; what follows is the steady state the counts pin.
		await itemLoad(event(params, cookies) as never);
		return { params, cookies };
	}
	const event = (params: { code: string; n: string }, cookies: Cookies, request?: Request) => ({
		params,
		cookies,
		request,
		depends: () => undefined,
		locals: { teacher: null, learner: learnerLocals(counting.db!, cookies, params.code) }
	});

	it('saving an answer: the learner resolved once (2 queries: the assignment, the learner with their attempts), the answer stored (1)', async () => {
		const { params, cookies } = await learner();
		counting.queries = 0;
		await expect(actions.answer(event(params, cookies, answerRequest()) as never)).rejects.toMatchObject({
			status: 303
		});
		expect(counting.queries).toBe(3);
	});

	it("an item page's data (layout and page together): the learner resolved once, the responses read once", async () => {
		const { params, cookies } = await learner();
		counting.queries = 0;
		const request = event(params, cookies);
		await Promise.all([layoutLoad(request as never), itemLoad(request as never)]);
		expect(counting.queries).toBe(3);
	});
});
