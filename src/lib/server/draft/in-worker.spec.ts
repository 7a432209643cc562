import { afterAll, describe, expect, it } from 'vitest';
import { createDrafter } from './in-worker';
import { draftModule } from './draft';
import { ferryA, ferryB } from './fixtures';

const files = [
	{ id: 'ferry-a', raw: ferryA },
	{ id: 'ferry-b', raw: ferryB }
];

/** Turns of the calling thread's event loop while `work` is pending: none if the work ran on this thread. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
	let turns = 0;
	let pending = true;
	const spin = () => {
		if (!pending) return;
		turns++;
		setImmediate(spin);
	};
	setImmediate(spin);
	const result = await work();
	pending = false;
	return { result, turns };
}

// From source the worker starts a Vite of its own (dev-worker.js): seconds on a busy machine, hence the timeouts.
const SLOW = 120_000;

describe('drafting in a worker thread', () => {
	const drafter = createDrafter({ waiting: 0 });
	afterAll(() => drafter.close());

	it(
		'drafts off the calling thread: its event loop keeps turning, and the draft is the one drafted here',
		async () => {
			await drafter.draft(files); // the worker's start is not what is measured
			const { result, turns } = await turnsDuring(() => drafter.draft(files));
			expect(result).toEqual({ ok: true, draft: draftModule(files) });
			expect(turns).toBeGreaterThan(0);
		},
		SLOW
	);

	it(
		'runs one draft at a time and turns the next away when no one may wait',
		async () => {
			const [first, second] = await Promise.all([drafter.draft(files), drafter.draft(files)]);
			expect(first.ok).toBe(true);
			expect(second).toEqual({ ok: false, reason: 'busy', message: expect.stringContaining('try again') });
			expect(drafter.running).toBe(false);
		},
		SLOW
	);

	it('refuses documents over the size limit, and no documents, with an error result', async () => {
		const small = createDrafter({ characters: 100 });
		expect(await small.draft(files)).toEqual({
			ok: false,
			reason: 'too-large',
			message: expect.stringMatching(/at most 100 are drafted/)
		});
		expect(await small.draft([])).toMatchObject({ ok: false, reason: 'too-large' });
	});

	it(
		'answers "timed out" when the worker takes too long, and ends it',
		async () => {
			const hasty = createDrafter({ timeoutMs: 1 });
			expect(await hasty.draft(files)).toMatchObject({ ok: false, reason: 'timed-out' });
			expect(hasty.running).toBe(false);
		},
		SLOW
	);
});
